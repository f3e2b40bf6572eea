import type { ItemDefinition } from '../form/schema';
import type { Aggregated } from './aggregate-sum';
import { unanswered, walkAnswers } from './item-answers';
import type { UnitFacts } from './unit-facts';

/**
 * aggregation 'weightedRate' (rate-only items): the mean of the units' rates weighted by `weightPopulation`,
 * the pooled rate of that population. 28 % over 300 pupils and 40 % over 100 give 31 %, not 34 %.
 * When a unit's weight cannot be told, the plain mean, with an UNWEIGHTED_MEAN notice.
 */
export function aggregateWeightedRate(item: ItemDefinition, units: readonly UnitFacts[]): Aggregated {
  const rated: Array<{ rate: number; weight: number | undefined }> = [];
  const unweighted: string[] = [];
  const walk = walkAnswers(item, units, ({ facts, reading: r, contribution: c }) => {
    if (r.rate === undefined) return false;
    c.rate = r.rate;
    const weight = item.weightPopulation ? facts.populations.resolve(item.weightPopulation) : undefined;
    if (weight !== undefined) c.weight = weight;
    else unweighted.push(facts.unit.name);
    rated.push({ rate: r.rate, weight });
    return true;
  });
  const none = unanswered(item.code, walk);
  if (none) return none;
  const { contributions, notices } = walk;
  const totalWeight = rated.reduce((s, x) => s + (x.weight ?? 0), 0);
  if (unweighted.length === 0 && totalWeight > 0) {
    const rate = rated.reduce((s, x) => s + x.rate * x.weight!, 0) / totalWeight;
    return { item: { code: item.code, rate, weight: totalWeight, contributions }, notices };
  }
  const rate = rated.reduce((s, x) => s + x.rate, 0) / rated.length;
  const related = unweighted.length > 0 ? unweighted : contributions.filter((c) => c.rate !== undefined).map((c) => c.unit);
  return { item: { code: item.code, rate, contributions }, notices: [...notices, { code: 'UNWEIGHTED_MEAN', item: item.code, related }] };
}
