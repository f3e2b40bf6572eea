import type { LayoutCell, SheetLayout, WorkbookLayout } from '../../layout';
import { SheetBuilder } from './sheet-builder';
import { BASE, HEADER, landscape, TITLE } from './styles';

/**
 * A sheet whose cells are made row by row as they are written, so a province's thousands of unit rows are never
 * all in memory at once. `merges` are known in advance.
 */
export interface LazySheetLayout extends Omit<SheetLayout, 'cells'> {
  /** The cells row by row: rows ascending, each row's cells in writing order; rows without cells may be skipped. */
  rows(): Iterable<LayoutCell[]>;
}

export type ConsolidatedSheetLayout = SheetLayout | LazySheetLayout;

/** A workbook some of whose sheets are lazy: what the streaming writer takes. */
export interface LazyWorkbookLayout {
  sheets: ConsolidatedSheetLayout[];
}

export const isLazySheet = (sheet: ConsolidatedSheetLayout): sheet is LazySheetLayout => 'rows' in sheet;

/** Cells grouped by row, rows ascending, each row's cells in their order. */
export function rowsOf(cells: readonly LayoutCell[]): LayoutCell[][] {
  const byRow = new Map<number, LayoutCell[]>();
  for (const c of cells) {
    const row = byRow.get(c.row);
    if (row) row.push(c);
    else byRow.set(c.row, [c]);
  }
  return [...byRow.keys()].sort((a, b) => a - b).map((r) => byRow.get(r)!);
}

/** The sheet with all its cells made: what the in-memory renderers (ExcelJS, Office.js) take. */
export function materializeSheet(sheet: ConsolidatedSheetLayout): SheetLayout {
  if (!isLazySheet(sheet)) return sheet;
  const { rows, ...rest } = sheet;
  const cells: LayoutCell[] = [];
  for (const row of rows()) for (const c of row) cells.push(c);
  return { ...rest, cells };
}

export const materializeWorkbook = (layout: LazyWorkbookLayout): WorkbookLayout => ({ sheets: layout.sheets.map(materializeSheet) });

export interface ListSheetSpec<T> {
  name: string;
  /** Bold title on the first row. */
  title: string;
  /** One italic line under the title (counts). */
  summary: string;
  headers: readonly string[];
  columnWidths: number[];
  entries: readonly T[];
  /** The cells of entry `index`, written at `row`. */
  row(entry: T, row: number, index: number): LayoutCell[];
}

/**
 * A list sheet of the consolidated workbook ("Kiểm tra", "Nguồn"): title, summary line, a frozen header row,
 * then one row per entry, made as it is written.
 */
export function listSheet<T>(spec: ListSheetSpec<T>): LazySheetLayout {
  const b = new SheetBuilder();
  const last = spec.headers.length - 1;
  b.merge(0, 0, 0, last, spec.title, { ...TITLE, hAlign: 'left' });
  b.merge(1, 0, 1, last, spec.summary, { italic: true });
  const headerRow = 3;
  spec.headers.forEach((h, col) => b.set(headerRow, col, h, HEADER));
  function* rows(): Generator<LayoutCell[]> {
    yield* rowsOf(b.cells);
    for (let i = 0; i < spec.entries.length; i++) yield spec.row(spec.entries[i]!, headerRow + 1 + i, i);
  }
  return {
    name: spec.name,
    rows,
    merges: b.merges,
    columnWidths: spec.columnWidths,
    freeze: { rows: headerRow + 1, cols: 0 },
    print: landscape([headerRow, headerRow]),
    protect: false,
    baseStyle: BASE,
  };
}
