import type { FormDefinition } from '../form/schema';
import { impliedPopulation } from '../numbers/rate-tolerance';
import type { ItemReading } from '../report';
import { formIndex } from './form-index';
import type { RawReading } from './raw-reading';

/**
 * The items as `bieu check --json` prints them: count, rate as written, population given
 * (on the item, else on the form) or implied by count ÷ rate, names, "Không", and the cell read.
 */
export function itemReadings(reading: RawReading, form: FormDefinition): Record<string, ItemReading> {
  const index = formIndex(form);
  const out: Record<string, ItemReading> = {};
  for (const raw of reading.items) {
    const def = index.items.get(raw.code);
    const r: ItemReading = {};
    if (raw.notApplicable) {
      r.notApplicable = true;
      r.cell = raw.cell;
      out[raw.code] = r;
      continue;
    }
    if (raw.count) r.count = raw.count.value;
    if (raw.rate) r.rate = raw.rate.value;
    const given = raw.total ?? (def?.population ? reading.populations[def.population] : undefined);
    if (given) r.population = given.value;
    else if (raw.count && raw.rate) {
      const implied = impliedPopulation(raw.count.value, raw.rate.value, raw.rate.decimals);
      if (implied !== undefined) {
        r.population = implied;
        r.populationImplied = true;
      }
    }
    if (raw.names?.length) {
      r.names = raw.names;
      if (r.count === undefined && def?.kind === 'countNames') r.count = raw.names.length;
    }
    r.cell = raw.count?.cell ?? raw.rate?.cell ?? raw.cell;
    out[raw.code] = r;
  }
  return out;
}
