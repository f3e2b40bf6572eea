import type { ItemReading } from '../report';
import { roundRate } from '../text/format-number';
import type { ConsolidatedItem, Consolidation, ConsolidationIssue } from './types';

/** Decimals a consolidated rate is given with, in JSON and in the form's text: one, as the office's template prints it. */
export const RATE_DECIMALS = 1;

export interface ConsolidationJson {
  out: string | null;
  units: {
    included: string[];
    missing: string[];
    duplicates: string[];
    rejected: Array<{ path: string; reason: string }>;
  };
  items: Record<string, Omit<ItemReading, 'populationImplied' | 'cell'>>;
  issues: ConsolidationIssue[];
}

/** A consolidated item in the shape `bieu check --json` prints an item. */
export function itemReading(item: ConsolidatedItem): Omit<ItemReading, 'populationImplied' | 'cell'> {
  const r: Omit<ItemReading, 'populationImplied' | 'cell'> = {};
  if (item.notApplicable) {
    r.notApplicable = true;
    return r;
  }
  if (item.count !== undefined) r.count = item.count;
  if (item.rate !== undefined) r.rate = roundRate(item.rate, RATE_DECIMALS);
  if (item.population !== undefined) r.population = item.population;
  if (item.names !== undefined) r.names = item.names;
  return r;
}

/**
 * The `bieu consolidate --json` document. Units left out for errors are listed under "rejected" with the reason,
 * so the shape stays the one scripts rely on.
 */
export function consolidationJson(c: Consolidation, out: string | null): ConsolidationJson {
  const items: ConsolidationJson['items'] = {};
  for (const [code, item] of Object.entries(c.items)) items[code] = itemReading(item);
  const excluded = c.sources.filter((s) => s.status === 'excluded').map((s) => ({ path: s.path, reason: s.reason ?? '' }));
  return {
    out,
    units: {
      included: c.included.map((u) => u.name),
      missing: c.missing,
      duplicates: c.duplicates.map((d) => d.unit),
      rejected: [...c.rejected, ...excluded],
    },
    items,
    issues: c.issues,
  };
}
