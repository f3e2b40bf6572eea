/**
 * Vietnamese number style: "." groups thousands, "," is the decimal mark.
 * formatViNumber(32448) === "32.448"; formatViNumber(99.8) === "99,8"
 */
export function formatViNumber(value: number, maxDecimals = 2): string {
  const sign = value < 0 ? '-' : '';
  const fixed = Math.abs(value).toFixed(maxDecimals);
  let [whole, frac = ''] = fixed.split('.');
  frac = frac.replace(/0+$/, '');
  whole = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return sign + whole + (frac ? `,${frac}` : '');
}

/** formatViPercent(99.799) === "99,8%" */
export const formatViPercent = (value: number, maxDecimals = 1): string => `${formatViNumber(value, maxDecimals)}%`;

/** Rounds a rate to k decimals, as the form prints it. */
export function roundRate(value: number, decimals = 1): number {
  const f = 10 ** decimals;
  return Math.round(value * f + Number.EPSILON * f) / f;
}
