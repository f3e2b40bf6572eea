import type { Finding } from '../issues';
import { thousandsReading } from '../numbers/parse-number';
import { itemsWithDefinitions, type Check } from './check-context';

/**
 * NOT_INTEGER: a count (or a given population) that is not a whole number. A number cell holding 32.448
 * is almost always 32.448 typed in an Excel set to English: expected 32448.
 */
export const notInteger: Check = (ctx) => {
  const out: Finding[] = [];
  const flag = (item: string, value: number, cell: string, reason: string, numericCell: boolean): void => {
    if (Number.isInteger(value)) return;
    const f: Finding = { code: 'NOT_INTEGER', item, cell, actual: value, reason };
    const meant = numericCell ? thousandsReading(value) : undefined;
    if (meant !== undefined) f.expected = meant;
    out.push(f);
  };
  for (const [item] of itemsWithDefinitions(ctx)) {
    if (item.count) flag(item.code, item.count.value, item.count.cell, 'count', !!item.count.numericCell);
    if (item.total) flag(item.code, item.total.value, item.total.cell, 'total', !!item.total.numericCell);
  }
  for (const [id, p] of Object.entries(ctx.reading.populations)) flag(id, p.value, p.cell, 'population', !!p.numericCell);
  return out;
};
