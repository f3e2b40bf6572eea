import { a1, columnLetters, parseCellAddress, parseRangeA1, type CellRange } from '../../engine/grid';

/** (0,0,2,1) -> "A1:B3"; a single cell -> "A1". */
export function rangeA1(r: CellRange): string {
  const from = a1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? from : `${from}:${a1(r.bottom, r.right)}`;
}

/** Columns 2..4 -> "C:E". */
export const columnsA1 = (from: number, to: number): string => `${columnLetters(from)}:${columnLetters(to)}`;

/** Rows 0..2 -> "1:3". */
export const rowsA1 = (from: number, to: number): string => `${from + 1}:${to + 1}`;

/** Splits "Sheet1!A1:B2, 'Biểu, 1'!C3" on commas outside quotes. */
export function splitAddressList(list: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of list) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** "'Biểu 1'!$A$3:$C$9" -> { sheet, range }; the sheet part is optional. */
export function parseRangeAddress(address: string): { sheet: string | undefined; range: CellRange } | undefined {
  const bang = address.lastIndexOf('!');
  let sheet: string | undefined;
  if (bang >= 0) {
    sheet = address.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  const range = parseRangeA1(address.slice(bang + 1).replace(/\$/g, '').trim());
  return range ? { sheet, range } : undefined;
}

/** "=Biểu!$C$8" -> one cell; undefined for ranges of several cells, constants and formulas. */
export function parseSingleCellReference(value: string): { sheet: string; row: number; col: number } | undefined {
  const text = value.trim().replace(/^=/, '').replace(/\$/g, '');
  if (text.includes(':')) {
    const parsed = parseRangeAddress(text);
    if (!parsed?.sheet || parsed.range.top !== parsed.range.bottom || parsed.range.left !== parsed.range.right) return undefined;
    return { sheet: parsed.sheet, row: parsed.range.top, col: parsed.range.left };
  }
  return parseCellAddress(text);
}
