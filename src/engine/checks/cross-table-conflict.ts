import type { Finding } from '../issues';
import type { RawItem, RawNumber } from '../read/raw-reading';
import type { Check } from './check-context';

/** The fields compared between two readings of one item, in the order a conflict is reported. */
const FIELDS = ['count', 'rate', 'total'] as const;

const NOT_APPLICABLE = 'Không';

const differ = (a: RawNumber, b: RawNumber): boolean => Math.abs(a.value - b.value) > 1e-9;

/** How a second reading of an item disagrees with the first, as a finding; undefined when they agree. */
function conflict(first: RawItem, second: RawItem): Finding | undefined {
  for (const field of FIELDS) {
    const a = first[field];
    const b = second[field];
    if (a && b && differ(a, b))
      return { code: 'CROSS_TABLE_CONFLICT', item: second.code, cell: b.cell, actual: b.value, expected: a.value, related: [a.cell], reason: field };
  }
  // "Không" in one place, a number in the other
  const numberOf = (i: RawItem): RawNumber | undefined => i.count ?? i.rate ?? i.total;
  const a = numberOf(first);
  const b = numberOf(second);
  if (first.notApplicable && !second.notApplicable && b)
    return { code: 'CROSS_TABLE_CONFLICT', item: second.code, cell: b.cell, actual: b.value, expected: NOT_APPLICABLE, related: [first.cell], reason: 'not-applicable' };
  if (second.notApplicable && !first.notApplicable && a)
    return { code: 'CROSS_TABLE_CONFLICT', item: second.code, cell: second.cell, actual: NOT_APPLICABLE, expected: a.value, related: [a.cell], reason: 'not-applicable' };
  return undefined;
}

/**
 * CROSS_TABLE_CONFLICT (warning): the same item read in two places of one workbook with two values — a copy
 * of the table in another sheet or further down (seed 002: 40 % in the body, 50 % in the appendix), or its
 * label repeated within the form. Reported at the second reading, the first in `related`. A value in one
 * place and a blank in the other is no conflict.
 */
export const crossTableConflict: Check = (ctx) => {
  const copies = ctx.reading.copies;
  if (!copies?.length) return [];
  const first = new Map(ctx.reading.items.map((i) => [i.code, i]));
  const out: Finding[] = [];
  for (const copy of copies)
    for (const item of copy) {
      const primary = first.get(item.code);
      const found = primary && conflict(primary, item);
      if (found) out.push(found);
    }
  return out;
};
