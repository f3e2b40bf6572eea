import type { ItemDefinition } from '../form/schema';
import type { Aggregated } from './aggregate-sum';
import { mergeNames } from './name-set';
import type { Notice } from './notices';
import type { ConsolidatedItem, Contribution } from './types';
import { contributionOf, leftOutContribution, leftOutNotice, type UnitFacts } from './unit-facts';

/**
 * aggregation 'nameSet': names merge as a set (case, NFC/NFD and spacing folded); the count is the set's size.
 * When no unit names anything, the counts are summed. A unit that gives a count without names is noticed
 * (NAMES_MISSING), and the count is then at least its count.
 */
export function aggregateNameSet(item: ItemDefinition, units: readonly UnitFacts[]): Aggregated {
  const contributions: Contribution[] = [];
  const lists: string[][] = [];
  let notApplicable = 0;
  let answered = 0;
  let countSum = 0;
  let namelessMax = 0;
  const nameless: string[] = [];
  const notices: Notice[] = [];
  for (const facts of units) {
    const skipped = leftOutContribution(facts, item.code);
    if (skipped) {
      contributions.push(skipped);
      notices.push(leftOutNotice(facts, item.code));
      continue;
    }
    const r = facts.report.items[item.code];
    if (!r) continue;
    const c = contributionOf(facts, r);
    if (r.notApplicable) {
      c.notApplicable = true;
      contributions.push(c);
      notApplicable++;
      continue;
    }
    const names = r.names?.filter((n) => n.trim() !== '') ?? [];
    if (r.count === undefined && names.length === 0) continue;
    answered++;
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
    contributions.push(c);
  }
  if (contributions.length === 0) return { notices };
  if (answered === 0 && notApplicable > 0 && notices.length === 0) return { item: { code: item.code, notApplicable: true, contributions }, notices };
  if (answered === 0) return { item: { code: item.code, contributions }, notices };
  if (lists.length === 0) return { item: { code: item.code, count: countSum, contributions }, notices };
  const names = mergeNames(lists);
  const result: ConsolidatedItem = { code: item.code, count: Math.max(names.length, namelessMax), names, contributions };
  if (nameless.length > 0) notices.push({ code: 'NAMES_MISSING', item: item.code, related: nameless });
  return { item: result, notices };
}
