import type { Finding } from '../issues';
import { itemsWithDefinitions, type Check } from './check-context';

/** RATE_OUT_OF_RANGE: a rate above 100 %. (Below zero is NEGATIVE.) */
export const rateOutOfRange: Check = (ctx) => {
  const out: Finding[] = [];
  for (const [item] of itemsWithDefinitions(ctx))
    if (item.rate && item.rate.value > 100) out.push({ code: 'RATE_OUT_OF_RANGE', item: item.code, cell: item.rate.cell, actual: item.rate.value });
  return out;
};
