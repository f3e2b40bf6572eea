import type { Finding } from '../issues';
import { expectedRate, rateMatches } from '../numbers/rate-tolerance';
import { givenTotal, itemsWithDefinitions, type Check } from './check-context';

/**
 * RATE_MISMATCH: the stated rate is not count ÷ population at the precision it is written with
 * (DOMAIN.md rounding rule). "168/612 (đạt 24,4%)": expected 27.5, actual 24.4.
 */
export const rateMatchesCount: Check = (ctx) => {
  const out: Finding[] = [];
  for (const [item, def] of itemsWithDefinitions(ctx)) {
    const total = givenTotal(ctx, item, def);
    const { count, rate } = item;
    if (!count || !rate || !total || total.value <= 0 || count.value < 0 || count.value > total.value || rate.value < 0 || rate.value > 100)
      continue;
    if (!rateMatches(count.value, total.value, rate.value, rate.decimals))
      out.push({
        code: 'RATE_MISMATCH',
        item: item.code,
        cell: rate.cell,
        expected: expectedRate(count.value, total.value, rate.decimals),
        actual: rate.value,
      });
  }
  return out;
};
