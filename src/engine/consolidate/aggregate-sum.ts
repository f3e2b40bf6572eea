import type { ItemDefinition } from '../form/schema';
import type { ItemReading } from '../report';
import type { Notice } from './notices';
import type { ConsolidatedItem } from './types';
import { unanswered, walkAnswers } from './item-answers';
import type { UnitFacts } from './unit-facts';

export interface Aggregated {
  item?: ConsolidatedItem;
  notices: Notice[];
}

/** A unit's population for an item: given on the item, given on the form, implied by count ÷ rate, or told from its other rows. */
function populationFor(item: ItemDefinition, facts: UnitFacts, r: ItemReading): number | undefined {
  if (!item.population) return undefined;
  if (r.population !== undefined && !r.populationImplied) return r.population;
  const given = facts.report.populations[item.population];
  if (given !== undefined) return given;
  if (r.population !== undefined) return Math.round(r.population);
  return facts.populations.resolveStated(item.population);
}

/**
 * aggregation 'sum': counts and populations are summed, the rate recomputed from the sums, never averaged.
 * Schools 45/50 (90 %) and 5/50 (10 %) give 50/100 = 50 %; schools 90/100 and 1/10 give 91/110 = 82,7 %, not 50 %.
 * "Không" counts as zero unless every unit that answered said it. A value the check could not read
 * (UNREADABLE_VALUE_CODES) is left out, with a VALUE_LEFT_OUT notice.
 */
export function aggregateSum(item: ItemDefinition, units: readonly UnitFacts[]): Aggregated {
  let count = 0;
  let countWithPopulation = 0;
  let population = 0;
  const lacking: string[] = [];
  const walk = walkAnswers(item, units, ({ facts, reading: r, contribution: c }) => {
    let unitCount = r.count;
    const unitPopulation = populationFor(item, facts, r);
    // A rate alone ("đạt tỉ lệ: 100%") of a known population still says how many.
    if (unitCount === undefined && r.rate !== undefined && unitPopulation !== undefined) unitCount = Math.round((r.rate * unitPopulation) / 100);
    if (unitCount === undefined) return false;
    c.count = unitCount;
    if (r.rate !== undefined) c.rate = r.rate;
    count += unitCount;
    if (unitPopulation !== undefined) {
      c.population = unitPopulation;
      population += unitPopulation;
      countWithPopulation += unitCount;
    } else if (item.population && unitCount > 0) lacking.push(facts.unit.name);
    return true;
  });
  const none = unanswered(item.code, walk);
  if (none) return none;
  const { contributions, notices } = walk;
  const result: ConsolidatedItem = { code: item.code, count, contributions };
  if (item.population) {
    if (population > 0 || lacking.length === 0) result.population = population;
    if (population > 0) result.rate = (100 * countWithPopulation) / population;
    if (lacking.length > 0) notices.push({ code: 'PARTIAL_POPULATION', item: item.code, related: lacking });
  }
  return { item: result, notices };
}
