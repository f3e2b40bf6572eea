import type { ItemDefinition } from '../form/schema';
import type { Aggregated } from './aggregate-sum';
import type { Notice } from './notices';
import type { Contribution } from './types';
import { contributionOf, leftOutContribution, leftOutNotice, type UnitFacts } from './unit-facts';

/**
 * aggregation 'weightedRate' (rate-only items): the mean of the units' rates weighted by `weightPopulation`,
 * the pooled rate of that population. 28 % over 300 pupils and 40 % over 100 give 31 %, not 34 %.
 * When a unit's weight cannot be told, the plain mean, with an UNWEIGHTED_MEAN notice.
 */
export function aggregateWeightedRate(item: ItemDefinition, units: readonly UnitFacts[]): Aggregated {
  const contributions: Contribution[] = [];
  const rated: Array<{ rate: number; weight: number | undefined }> = [];
  let notApplicable = 0;
  const unweighted: string[] = [];
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
    if (r.rate === undefined) continue;
    c.rate = r.rate;
    const weight = item.weightPopulation ? facts.populations.resolve(item.weightPopulation) : undefined;
    if (weight !== undefined) c.weight = weight;
    else unweighted.push(facts.unit.name);
    rated.push({ rate: r.rate, weight });
    contributions.push(c);
  }
  if (contributions.length === 0) return { notices };
  if (rated.length === 0)
    return notApplicable > 0 && notices.length === 0 ? { item: { code: item.code, notApplicable: true, contributions }, notices } : { item: { code: item.code, contributions }, notices };
  const totalWeight = rated.reduce((s, x) => s + (x.weight ?? 0), 0);
  if (unweighted.length === 0 && totalWeight > 0) {
    const rate = rated.reduce((s, x) => s + x.rate * x.weight!, 0) / totalWeight;
    return { item: { code: item.code, rate, weight: totalWeight, contributions }, notices };
  }
  const rate = rated.reduce((s, x) => s + x.rate, 0) / rated.length;
  const related = unweighted.length > 0 ? unweighted : contributions.filter((c) => c.rate !== undefined).map((c) => c.unit);
  return { item: { code: item.code, rate, contributions }, notices: [...notices, { code: 'UNWEIGHTED_MEAN', item: item.code, related }] };
}
