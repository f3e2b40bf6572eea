import type { ItemDefinition } from '../form/schema';
import type { Aggregated } from './aggregate-sum';
import { mergeNames } from './name-set';
import { unanswered, walkAnswers } from './item-answers';
import type { ConsolidatedItem } from './types';
import type { UnitFacts } from './unit-facts';

/**
 * aggregation 'nameSet': names merge as a set (case, NFC/NFD and spacing folded); the count is the set's size.
 * When no unit names anything, the counts are summed. A unit that gives a count without names is noticed
 * (NAMES_MISSING), and the count is then at least its count.
 */
export function aggregateNameSet(item: ItemDefinition, units: readonly UnitFacts[]): Aggregated {
  const lists: string[][] = [];
  let countSum = 0;
  let namelessMax = 0;
  const nameless: string[] = [];
  const walk = walkAnswers(item, units, ({ facts, reading: r, contribution: c }) => {
    const names = r.names?.filter((n) => n.trim() !== '') ?? [];
    if (r.count === undefined && names.length === 0) return false;
    const unitCount = r.count ?? names.length;
    c.count = unitCount;
    countSum += unitCount;
    if (names.length > 0) {
      c.names = names;
      lists.push(names);
    } else if (unitCount > 0) {
      nameless.push(facts.unit.name);
      namelessMax = Math.max(namelessMax, unitCount);
    }
    return true;
  });
  const none = unanswered(item.code, walk);
  if (none) return none;
  const { contributions, notices } = walk;
  if (lists.length === 0) return { item: { code: item.code, count: countSum, contributions }, notices };
  const names = mergeNames(lists);
  const result: ConsolidatedItem = { code: item.code, count: Math.max(names.length, namelessMax), names, contributions };
  if (nameless.length > 0) notices.push({ code: 'NAMES_MISSING', item: item.code, related: nameless });
  return { item: result, notices };
}
