import type { Finding } from '../issues';
import type { RawReading } from '../read/raw-reading';
import type { FormDefinition } from '../form/schema';
import { formatViNumber } from '../text/format-number';
import type { Check } from './check-context';

interface Known {
  value: number;
  /** The given numbers it adds up, for the message: "12.292 + 18.852 + 13.596". */
  terms: number[];
}

/** A population's size: given, or the sum of its given parts (parts not given count as none). */
function known(form: FormDefinition, reading: RawReading, id: string, depth = 0): Known | undefined {
  const given = reading.populations[id];
  if (given) return { value: given.value, terms: [given.value] };
  const def = form.populations.find((p) => p.id === id);
  if (!def?.sumOf || depth > 5) return undefined;
  return sumOfParts(form, reading, def.sumOf, depth + 1);
}

function sumOfParts(form: FormDefinition, reading: RawReading, parts: readonly string[], depth: number): Known | undefined {
  let any = false;
  const out: Known = { value: 0, terms: [] };
  for (const part of parts) {
    const k = known(form, reading, part, depth);
    if (!k) continue;
    any = true;
    out.value += k.value;
    out.terms.push(...k.terms);
  }
  return any ? out : undefined;
}

/**
 * SUM_MISMATCH: a given population that is the sum of others (người học = trẻ mầm non + học sinh + sinh viên)
 * differs from the sum of the parts given. Bắc Giang: 44.790 vs 12.292 + 18.852 + 13.596 = 44.740.
 */
export const partsSumToTotal: Check = (ctx) => {
  const out: Finding[] = [];
  for (const p of ctx.form.populations) {
    const total = ctx.reading.populations[p.id];
    if (!total || !p.sumOf) continue;
    const parts = sumOfParts(ctx.form, ctx.reading, p.sumOf, 0);
    if (!parts || Math.abs(parts.value - total.value) < 1e-9) continue;
    out.push({
      code: 'SUM_MISMATCH',
      item: p.id,
      cell: total.cell,
      expected: parts.value,
      actual: total.value,
      related: parts.terms.map((t) => formatViNumber(t)),
    });
  }
  return out;
};
