import { formatViNumber } from '../engine/text/format-number';

/** How a school writes numbers: Vietnamese "1.178" and "99,8", or English "1,178" and "99.8". */
export type NumberStyle = 'vi' | 'en';

export function formatCount(n: number, style: NumberStyle): string {
  const vi = formatViNumber(n, 0);
  return style === 'vi' ? vi : vi.replace(/\./g, ',');
}

export function formatRate(rate: number, style: NumberStyle): string {
  const vi = formatViNumber(rate, 1);
  return style === 'vi' ? vi : vi.replace(/\./g, '').replace(',', '.');
}
