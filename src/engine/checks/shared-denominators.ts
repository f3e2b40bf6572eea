import type { Finding } from '../issues';
import { impliedInterval, impliedPopulation, intervalsShareInteger, type Interval } from '../numbers/rate-tolerance';
import type { RawItem } from '../read/raw-reading';
import { itemsWithDefinitions, type Check, type CheckContext } from './check-context';

/** What one item says about the size of its population. */
interface Evidence {
  item: RawItem;
  /** The population it gives or implies, as a number to show. */
  value: number;
  interval: Interval;
  cell: string;
  given: boolean;
}

function evidenceOf(item: RawItem): Evidence | undefined {
  if (item.total && item.total.value > 0)
    return { item, value: item.total.value, interval: { low: item.total.value, high: item.total.value }, cell: item.total.cell, given: true };
  if (!item.count || !item.rate || item.rate.value > 100) return undefined;
  const interval = impliedInterval(item.count.value, item.rate.value, item.rate.decimals);
  const value = impliedPopulation(item.count.value, item.rate.value, item.rate.decimals);
  if (!interval || value === undefined) return undefined;
  return { item, value, interval, cell: item.rate.cell, given: false };
}

/** Evidence of every item sharing each population, in form order. */
function evidenceByPopulation(ctx: CheckContext): Map<string, Evidence[]> {
  const out = new Map<string, Evidence[]>();
  for (const [item, def] of itemsWithDefinitions(ctx)) {
    if (!def.population) continue;
    const e = evidenceOf(item);
    if (!e) continue;
    const list = out.get(def.population) ?? [];
    list.push(e);
    out.set(def.population, list);
  }
  return out;
}

/** The population's size as one interval: given on the form, else what its items agree on. */
function estimate(ctx: CheckContext, id: string, evidence: Evidence[] | undefined): { interval: Interval; value: number; item?: string; cell?: string } | undefined {
  const recorded = ctx.reading.populations[id];
  if (recorded) return { interval: { low: recorded.value, high: recorded.value }, value: recorded.value, item: id, cell: recorded.cell };
  if (!evidence?.length) return undefined;
  const first = evidence[0]!;
  let interval = first.interval;
  for (const e of evidence.slice(1))
    if (intervalsShareInteger(interval, e.interval))
      interval = { low: Math.max(interval.low, e.interval.low), high: Math.min(interval.high, e.interval.high) };
  return { interval, value: first.value, item: first.item.code, cell: first.cell };
}

/**
 * DENOMINATOR_CONFLICT: items sharing a population (1.1/1.3 giáo viên, 2.1/2.3 học sinh, 8.1/8.4 cơ sở giáo dục)
 * imply sizes no whole number fits, given the rounding of their stated rates; a population written on an item
 * ("45/52") against one given on the form; and a population smaller than one it contains (nhà giáo ≥ giáo viên).
 */
export const sharedDenominators: Check = (ctx) => {
  const out: Finding[] = [];
  const byPopulation = evidenceByPopulation(ctx);
  for (const [id, evidence] of byPopulation) {
    const recorded = ctx.reading.populations[id];
    if (recorded) {
      // implied ones are RATE_MISMATCH's to report; only totals written on items are compared here
      for (const e of evidence)
        if (e.given && e.value !== recorded.value)
          out.push({ code: 'DENOMINATOR_CONFLICT', item: e.item.code, cell: e.cell, actual: e.value, expected: recorded.value, related: [recorded.cell] });
      continue;
    }
    const ref = evidence[0]!;
    for (const e of evidence.slice(1))
      if (!intervalsShareInteger(ref.interval, e.interval))
        out.push({ code: 'DENOMINATOR_CONFLICT', item: e.item.code, cell: e.cell, actual: e.value, expected: ref.value, related: [ref.item.code] });
  }
  for (const p of ctx.form.populations) {
    const parts = [...new Set([...p.contains, ...(p.sumOf ?? [])])];
    if (!parts.length) continue;
    const whole = estimate(ctx, p.id, byPopulation.get(p.id));
    if (!whole) continue;
    for (const part of parts) {
      const inner = estimate(ctx, part, byPopulation.get(part));
      if (!inner) continue;
      // some whole number of the container must be ≥ some whole number of the part
      if (Math.floor(whole.interval.high + 1e-9) >= Math.ceil(inner.interval.low - 1e-9)) continue;
      const f: Finding = { code: 'DENOMINATOR_CONFLICT', reason: 'contains', actual: whole.value, expected: inner.value };
      if (whole.item) f.item = whole.item;
      if (whole.cell) f.cell = whole.cell;
      if (inner.item) f.related = [inner.item];
      out.push(f);
    }
  }
  return out;
};
