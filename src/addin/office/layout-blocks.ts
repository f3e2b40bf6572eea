import type { CellRange } from '../../engine/grid';
import { isFormula, type CellStyle, type LayoutCell, type LayoutValue } from '../../engine/layout';

/**
 * Pure geometry for writing a SheetLayout with whole-range commands:
 * contiguous row bands for values, rectangles of equal style for formats.
 */

/** A rectangle of values written with one `range.formulas = [[…]]` and one `range.numberFormat = [[…]]`. */
export interface ValueBlock extends CellRange {
  formulas: Array<Array<string | number | boolean>>;
  numberFormat: string[][];
  /** Estimated request bytes of the two arrays. */
  bytes: number;
}

/**
 * What to put in `range.formulas` for a value. Text Excel would turn into something else
 * ("- Tổng số …" as a formula, "1/2" as a date, "001" as 1) gets the "'" text prefix, which Excel
 * keeps out of the value, exactly as when a user types it.
 */
export function toExcelInput(value: LayoutValue): string | number | boolean {
  if (value === null) return '';
  if (isFormula(value)) return `=${value.formula}`;
  if (typeof value !== 'string') return value;
  if (value === '') return '';
  if (/^[=+\-@']/.test(value) || /^(true|false)$/i.test(value.trim())) return `'${value}`;
  if (/\d/.test(value) && !/\p{L}{3,}/u.test(value)) return `'${value}`;
  return value;
}

/**
 * Groups cells into bands of consecutive rows, each band spanning its cells' columns,
 * then splits a band so that no block's estimated size passes `maxBlockBytes`.
 */
export function valueBlocks(
  cells: readonly LayoutCell[],
  inputOf: (cell: LayoutCell) => string | number | boolean,
  numFmtOf: (cell: LayoutCell) => string,
  rowBytes: (row: Array<string | number | boolean>, formats: string[]) => number,
  maxBlockBytes: number,
): ValueBlock[] {
  if (cells.length === 0) return [];
  const byRow = new Map<number, LayoutCell[]>();
  for (const c of cells) {
    const list = byRow.get(c.row);
    if (list) list.push(c);
    else byRow.set(c.row, [c]);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const bands: number[][] = [];
  for (const r of rows) {
    const band = bands[bands.length - 1];
    if (band && band[band.length - 1] === r - 1) band.push(r);
    else bands.push([r]);
  }
  const blocks: ValueBlock[] = [];
  for (const band of bands) {
    let left = Infinity;
    let right = -Infinity;
    for (const r of band) for (const c of byRow.get(r)!) {
      left = Math.min(left, c.col);
      right = Math.max(right, c.col);
    }
    let block: ValueBlock | undefined;
    let blockBytes = 0;
    for (const r of band) {
      const width = right - left + 1;
      const formulas: Array<string | number | boolean> = new Array(width).fill('');
      const formats: string[] = new Array<string>(width).fill('General');
      for (const c of byRow.get(r)!) {
        formulas[c.col - left] = inputOf(c);
        formats[c.col - left] = numFmtOf(c);
      }
      const bytes = rowBytes(formulas, formats);
      if (!block || blockBytes + bytes > maxBlockBytes) {
        block = { top: r, left, bottom: r, right, formulas: [], numberFormat: [], bytes: 0 };
        blocks.push(block);
        blockBytes = 0;
      }
      block.bytes += bytes;
      block.bottom = r;
      block.formulas.push(formulas);
      block.numberFormat.push(formats);
      blockBytes += bytes;
    }
  }
  return blocks;
}

/**
 * Covers a set of cells with few rectangles: runs of adjacent columns in a row,
 * stacked when consecutive rows have the same run.
 */
export function rectangles(cells: ReadonlyArray<{ row: number; col: number }>): CellRange[] {
  const byRow = new Map<number, number[]>();
  for (const { row, col } of cells) {
    const list = byRow.get(row);
    if (list) list.push(col);
    else byRow.set(row, [col]);
  }
  const done: CellRange[] = [];
  let open = new Map<string, CellRange>();
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    const runs: Array<[number, number]> = [];
    for (const c of cols) {
      const last = runs[runs.length - 1];
      if (last && last[1] === c - 1) last[1] = c;
      else runs.push([c, c]);
    }
    const next = new Map<string, CellRange>();
    for (const [left, right] of runs) {
      const key = `${left},${right}`;
      const rect = open.get(key);
      if (rect && rect.bottom === row - 1) {
        rect.bottom = row;
        open.delete(key);
        next.set(key, rect);
      } else next.set(key, { top: row, left, bottom: row, right });
    }
    for (const rect of open.values()) done.push(rect);
    open = next;
  }
  for (const rect of open.values()) done.push(rect);
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Groups cells by a key (e.g. their style) and covers each group with rectangles. */
export function rectanglesByKey<T>(
  cells: readonly LayoutCell[],
  keyOf: (cell: LayoutCell) => { key: string; value: T } | undefined,
): Array<{ value: T; ranges: CellRange[] }> {
  const groups = new Map<string, { value: T; cells: LayoutCell[] }>();
  for (const c of cells) {
    const k = keyOf(c);
    if (!k) continue;
    const g = groups.get(k.key);
    if (g) g.cells.push(c);
    else groups.set(k.key, { value: k.value, cells: [c] });
  }
  return [...groups.values()].map((g) => ({ value: g.value, ranges: rectangles(g.cells) }));
}

/** The style a cell is drawn with, without its number format (written with the values). */
export function formatStyle(base: CellStyle, own: CellStyle | undefined): CellStyle {
  const { numFmt: _ignored, ...rest } = { ...base, ...own };
  return rest;
}

/** A stable key for a style: same properties, same key. */
export const styleKey = (style: CellStyle): string =>
  JSON.stringify(Object.keys(style).sort().map((k) => [k, style[k as keyof CellStyle]]));
