import type { CellRange, CellValue, SheetGrid, WorkbookGrid } from '../../../src/engine/grid';
import { cellKey } from '../../../src/engine/grid';

export interface SheetOptions {
  /** Where rows[0][0] goes (0-based). */
  at?: { row: number; col: number };
  /** Number formats keyed by [row, col] of the rows given (before offset). */
  numFmts?: Array<[number, number, string]>;
  /** Merges in rows-given coordinates. */
  merges?: CellRange[];
  /** Apply .normalize('NFD') to every string. */
  nfd?: boolean;
}

/** Builds a sheet from rows of values; '' and undefined are empty cells. */
export function sheet(name: string, rows: CellValue[][], options: SheetOptions = {}): SheetGrid {
  const top = options.at?.row ?? 0;
  const left = options.at?.col ?? 0;
  const values: CellValue[][] = [];
  rows.forEach((row, r) => {
    const out: CellValue[] = new Array(left).fill(null);
    for (const v of row) out.push(v === '' || v === undefined ? null : typeof v === 'string' && options.nfd ? v.normalize('NFD') : v);
    values[top + r] = out;
  });
  for (let r = 0; r < top; r++) values[r] ??= [];
  const numFmts: Record<string, string> = {};
  for (const [r, c, fmt] of options.numFmts ?? []) numFmts[cellKey(top + r, left + c)] = fmt;
  const merges = (options.merges ?? []).map((m) => ({ top: m.top + top, bottom: m.bottom + top, left: m.left + left, right: m.right + left }));
  return { name: options.nfd ? name.normalize('NFD') : name, values, numFmts, merges };
}

export const workbook = (...sheets: SheetGrid[]): WorkbookGrid => ({ sheets, definedNames: [] });

/** [item, code, cell] tuples of a report's issues. */
export const tuples = (issues: ReadonlyArray<{ item?: string; code: string; cell?: string }>): Array<[string | undefined, string, string | undefined]> =>
  issues.map((i) => [i.item, i.code, i.cell]);
