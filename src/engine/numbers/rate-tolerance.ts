import { roundRate } from '../text/format-number';

/**
 * A rate written with k decimals stands for any exact rate within half a unit of its last digit:
 * |stated − exact| ≤ 0.5·10⁻ᵏ percentage points. So "99,8%" fits 44700/44790 = 99,799…%,
 * and "100%" needs the exact rate ≥ 99,5%.
 */
export const rateTolerance = (decimals: number): number => 0.5 * 10 ** -decimals;

/** Float noise allowance on top of the rounding tolerance. */
const EPSILON = 1e-9;

export const exactRate = (count: number, total: number): number => (count / total) * 100;

/** True when `stated` (k decimals) is count ÷ total at the precision it is written with. */
export function rateMatches(count: number, total: number, stated: number, decimals: number): boolean {
  if (total <= 0) return count === 0;
  return Math.abs(stated - exactRate(count, total)) <= rateTolerance(decimals) + EPSILON;
}

/** The rate as it should have been written: exact, rounded to the stated precision (at least 1 decimal). */
export const expectedRate = (count: number, total: number, decimals: number): number =>
  roundRate(exactRate(count, total), Math.max(decimals, 1));

export interface Interval {
  low: number;
  high: number;
}

/**
 * The populations a count and a rate written with k decimals allow (real numbers; Infinity when
 * the rate rounds to 0). impliedInterval(33, 60, 0) -> about [54.5, 55.5].
 */
export function impliedInterval(count: number, rate: number, decimals: number): Interval | undefined {
  if (!(count > 0) || !(rate > 0)) return undefined;
  const h = rateTolerance(decimals);
  const low = (count * 100) / (rate + h);
  const high = rate - h > 0 ? (count * 100) / (rate - h) : Infinity;
  return { low: Math.max(low, count), high };
}

/** True when some whole number lies in both intervals. */
export function intervalsShareInteger(a: Interval, b: Interval): boolean {
  const low = Math.max(a.low, b.low);
  const high = Math.min(a.high, b.high);
  return Math.ceil(low - EPSILON) <= Math.floor(high + EPSILON);
}

export const intervalHoldsInteger = (a: Interval, n: number): boolean => n >= a.low - EPSILON && n <= a.high + EPSILON;

/**
 * The population count ÷ rate implies: the nearest whole number when the stated rate fits it,
 * else the exact quotient (2 decimals). impliedPopulation(44700, 99.8, 1) -> 44790.
 */
export function impliedPopulation(count: number, rate: number, decimals: number): number | undefined {
  if (!(count > 0) || !(rate > 0)) return undefined;
  const exact = (count * 100) / rate;
  const whole = Math.round(exact);
  if (whole >= count && rateMatches(count, whole, rate, decimals)) return whole;
  return Math.round(exact * 100) / 100;
}
