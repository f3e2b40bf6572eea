import type { Finding } from '../issues';
import { givenTotal, itemsWithDefinitions, type Check } from './check-context';

/** COUNT_EXCEEDS_TOTAL: a count larger than its given population. */
export const countExceedsTotal: Check = (ctx) => {
  const out: Finding[] = [];
  for (const [item, def] of itemsWithDefinitions(ctx)) {
    const total = givenTotal(ctx, item, def);
    if (item.count && total && total.value >= 0 && item.count.value > total.value)
      out.push({ code: 'COUNT_EXCEEDS_TOTAL', item: item.code, cell: item.count.cell, actual: item.count.value, expected: total.value });
  }
  return out;
};
