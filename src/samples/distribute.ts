import type { Rng } from './prng';

/**
 * Splits `total` into `n` whole parts that vary around the mean (±spread) and sum exactly to `total`.
 * Parts already fixed (index -> value) are kept; the rest share what remains (largest remainder).
 * distribute(100, 3, rng) -> e.g. [31, 36, 33]
 */
export function distribute(total: number, n: number, rng: Rng, spread = 0.35, fixed: ReadonlyMap<number, number> = new Map()): number[] {
  const free: number[] = [];
  let remaining = total;
  for (let i = 0; i < n; i++) {
    const f = fixed.get(i);
    if (f === undefined) free.push(i);
    else remaining -= f;
  }
  const weights = free.map(() => 1 - spread + 2 * spread * rng.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (remaining * w) / sum);
  const parts = exact.map(Math.floor);
  let left = remaining - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left <= 0) break;
    parts[i]! += 1;
    left -= 1;
  }
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = fixed.get(i) ?? 0;
  free.forEach((index, k) => {
    out[index] = parts[k]!;
  });
  return out;
}
