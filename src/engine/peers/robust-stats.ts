/**
 * Robust statistics for comparing a unit with its peers: one wrong figure barely moves them.
 * median([1, 3, 2, 100]) === 2.5; medianAbsoluteDeviation([1, 2, 3, 4, 100], 3) === 1
 */
export function median(values: readonly number[]): number {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  if (n === 0) return NaN;
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median of |value − center|. */
export function medianAbsoluteDeviation(values: readonly number[], center: number): number {
  return median(values.map((v) => Math.abs(v - center)));
}
