/**
 * The engine's plain view of a workbook: values only, no library objects.
 * Every host (fast .xlsx reader, ExcelJS, Office.js) turns its workbook into this.
 */
export type CellValue = string | number | boolean | null;

/** An inclusive rectangle, 0-based. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** values[row][col], 0-based; missing rows/cells mean empty. */
  values: CellValue[][];
  /** Number formats of non-General numeric cells, keyed by cellKey(row, col), e.g. "7,2" -> "0%". */
  numFmts: Record<string, string>;
  merges: CellRange[];
}

/** A workbook-level defined name that points at one cell. */
export interface DefinedName {
  name: string;
  sheet: string;
  row: number;
  col: number;
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
  definedNames: DefinedName[];
}

export const cellKey = (row: number, col: number): string => `${row},${col}`;

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetters(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "AB12" -> { row: 11, col: 27 }; undefined when not an A1 reference. */
export function parseA1(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** "A1:C3" (or "C3") -> { top: 0, left: 0, bottom: 2, right: 2 }; undefined when not a cell range. */
export function parseRangeA1(ref: string): CellRange | undefined {
  const [first, second = first] = ref.split(':');
  const from = parseA1(first ?? '');
  const to = parseA1(second ?? '');
  if (!from || !to) return undefined;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
}

/** (7, 2) -> "C8" */
export const a1 = (row: number, col: number): string => `${columnLetters(col)}${row + 1}`;

/** ("PL2", 7, 2) -> "PL2!C8"; quotes sheet names that need it, as Excel does. */
export function cellAddress(sheet: string, row: number, col: number): string {
  const needsQuotes = /[^A-Za-z0-9_]/.test(sheet);
  const name = needsQuotes ? `'${sheet.replace(/'/g, "''")}'` : sheet;
  return `${name}!${a1(row, col)}`;
}

/** "'Biểu 1'!C8" -> { sheet: "Biểu 1", row: 7, col: 2 } */
export function parseCellAddress(address: string): { sheet: string; row: number; col: number } | undefined {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return undefined;
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const pos = parseA1(address.slice(bang + 1));
  return pos ? { sheet, ...pos } : undefined;
}

export function cellAt(sheet: SheetGrid, row: number, col: number): CellValue {
  return sheet.values[row]?.[col] ?? null;
}
