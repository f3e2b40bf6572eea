import type { LayoutCell, SheetLayout, WorkbookLayout } from '../../layout';

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
