/**
 * Numbers as people write them (DOMAIN.md "Numbers as people write them").
 * Whether "1.500" is 1500 or 1.5 depends on what is read: a count is a whole number,
 * so one separator followed by exactly three digits groups thousands; a rate may be 1.5.
 */
export type NumberRole = 'count' | 'rate';

export interface ParsedNumber {
  value: number;
  /** Digits after the decimal mark as written (0 for whole numbers). */
  decimals: number;
}

const GROUPED_DOTS = /^\d{1,3}(?:\.\d{3})+$/;
const GROUPED_COMMAS = /^\d{1,3}(?:,\d{3})+$/;
const VI_DECIMAL = /^(\d{1,3}(?:\.\d{3})*),(\d+)$/;
const EN_DECIMAL = /^(\d{1,3}(?:,\d{3})*)\.(\d+)$/;
const PLAIN_DECIMAL = /^(\d+)[.,](\d+)$/;

/**
 * Parses one written number (digits with "." and "," only), Vietnamese or English style.
 * parseNumberToken("32.448", "count") -> 32448; parseNumberToken("99,8", "rate") -> 99.8;
 * parseNumberToken("3,218,695", "count") -> 3218695; parseNumberToken("02", "count") -> 2.
 * Undefined when the separators make no number ("1.2.3").
 */
export function parseNumberToken(token: string, role: NumberRole): ParsedNumber | undefined {
  if (/^\d+$/.test(token)) return { value: Number(token), decimals: 0 };
  const plain = PLAIN_DECIMAL.exec(token);
  if (plain) {
    const [, whole, frac] = plain as unknown as [string, string, string];
    if (role === 'count' && frac.length === 3 && whole.length <= 3 && whole[0] !== '0')
      return { value: Number(whole + frac), decimals: 0 };
    return { value: Number(`${whole}.${frac}`), decimals: frac.length };
  }
  if (GROUPED_DOTS.test(token)) return { value: Number(token.replace(/\./g, '')), decimals: 0 };
  if (GROUPED_COMMAS.test(token)) return { value: Number(token.replace(/,/g, '')), decimals: 0 };
  const vi = VI_DECIMAL.exec(token);
  if (vi) return { value: Number(`${vi[1]!.replace(/\./g, '')}.${vi[2]}`), decimals: vi[2]!.length };
  const en = EN_DECIMAL.exec(token);
  if (en) return { value: Number(`${en[1]!.replace(/,/g, '')}.${en[2]}`), decimals: en[2]!.length };
  return undefined;
}

/** Decimals shown by a number format: "0%" -> 0, "0.0%" -> 1, "#,##0.00" -> 2. */
export function formatDecimals(numFmt: string): number {
  const unquoted = numFmt.replace(/"[^"]*"/g, '').split(';')[0] ?? '';
  const m = /\.([0#?]+)/.exec(unquoted);
  return m ? m[1]!.length : 0;
}

/** True when a number format shows a percentage ("0%", "0.0%"), ignoring quoted text. */
export const isPercentFormat = (numFmt: string | undefined): boolean =>
  !!numFmt && numFmt.replace(/"[^"]*"/g, '').replace(/\\./g, '').includes('%');

/** Decimals of a stored number as Excel would show it in General (up to 10). */
export function valueDecimals(value: number): number {
  if (Number.isInteger(value)) return 0;
  const s = Number(value.toFixed(10)).toString();
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/**
 * A number stored in a cell, as the form means it. A percent-formatted cell holding 0.86 is the rate 86;
 * decimals are those the format shows, or those of the value itself.
 * readNumericCell(0.86, "0%", "rate") -> { value: 86, decimals: 0 }
 */
export function readNumericCell(value: number, numFmt: string | undefined, role: NumberRole): ParsedNumber {
  if (isPercentFormat(numFmt)) {
    const percent = Number((value * 100).toFixed(10));
    return { value: percent, decimals: Math.max(formatDecimals(numFmt!), role === 'rate' ? 0 : valueDecimals(percent)) };
  }
  return { value, decimals: valueDecimals(value) };
}

/**
 * The whole number a count stored as a decimal was probably meant to be: 32.448 typed in an
 * English-set Excel stores 32.448 for 32448. Undefined when the decimals do not look like a thousands group.
 */
export function thousandsReading(value: number): number | undefined {
  if (Number.isInteger(value)) return undefined;
  const times = value * 1000;
  const rounded = Math.round(times);
  return Math.abs(times - rounded) < 1e-6 ? rounded : undefined;
}
