import { a1 } from '../../engine/grid';
import { isFormula, type CellStyle, type LayoutCell, type SheetLayout } from '../../engine/layout';
import { columnsA1, rangeA1, rowsA1 } from './a1-ranges';
import { applyStyle, applyValidation, hasRelativeReference } from './apply-format';
import { formatStyle, rectanglesByKey, styleKey, toExcelInput, valueBlocks } from './layout-blocks';
import { COMMAND_BYTES, estimateBytes, type PayloadBudget } from './payload-budget';
import type { ApiSupport } from './requirements';
import { renameSheetReferences, type SheetRenames } from './sheet-references';

export interface SheetWriter {
  context: Excel.RequestContext;
  budget: PayloadBudget;
  support: ApiSupport;
  /** Workbook-level defined names in use, lower-cased. */
  takenNames: Set<string>;
  /** Layout sheet name -> the name it was written under. */
  renames: SheetRenames;
}

/** Excel column width in characters (default font) -> points, as Excel converts it. */
export const charsToPoints = (chars: number): number => Math.round((Math.trunc(chars * 7 + 5) * 72) / 96 * 100) / 100;

/** [from, to, value] runs of consecutive equal values. */
function runs<T>(entries: ReadonlyArray<[number, T]>): Array<[number, number, T]> {
  const out: Array<[number, number, T]> = [];
  for (const [i, v] of [...entries].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && last[1] === i - 1 && last[2] === v) last[1] = i;
    else out.push([i, i, v]);
  }
  return out;
}

/**
 * Queues every part of a SheetLayout on a new, empty worksheet, with whole-range commands:
 * values and number formats by blocks of contiguous rows, formats by rectangles of equal style.
 * Syncs only through `budget` (when the request would pass Excel on the web's size limit).
 */
export async function writeSheetLayout(w: SheetWriter, ws: Excel.Worksheet, sheet: SheetLayout): Promise<void> {
  const { budget, support } = w;
  const formulaOf = (f: string): string => renameSheetReferences(f, w.renames);
  const inputOf = (c: LayoutCell): string | number | boolean =>
    isFormula(c.value) ? `=${formulaOf(c.value.formula)}` : toExcelInput(c.value);
  const styleOf = (c: LayoutCell): CellStyle => ({ ...sheet.baseStyle, ...c.style });

  // Column widths, hidden columns, row heights.
  const widths = sheet.columnWidths.map((width, i): [number, number] => [i, width]).filter(([, width]) => width > 0);
  for (const [from, to, width] of runs(widths)) {
    await budget.reserve(COMMAND_BYTES);
    ws.getRange(columnsA1(from, to)).format.columnWidth = charsToPoints(width);
  }
  for (const [from, to] of runs((sheet.hiddenColumns ?? []).map((c): [number, boolean] => [c, true]))) {
    await budget.reserve(COMMAND_BYTES);
    ws.getRange(columnsA1(from, to)).columnHidden = true;
  }
  const heights = Object.entries(sheet.rowHeights ?? {}).map(([r, h]): [number, number] => [Number(r), h]);
  for (const [from, to, height] of runs(heights)) {
    await budget.reserve(COMMAND_BYTES);
    ws.getRange(rowsA1(from, to)).format.rowHeight = height;
  }

  // Values, formulas and number formats: one pair of 2-D writes per block.
  const blocks = valueBlocks(
    sheet.cells,
    inputOf,
    (c) => styleOf(c).numFmt ?? 'General',
    (row, formats) => estimateBytes(row) + estimateBytes(formats),
    budget.limit / 2,
  );
  for (const block of blocks) {
    await budget.reserve(block.bytes + 2 * COMMAND_BYTES);
    const range = ws.getRange(rangeA1(block));
    range.numberFormat = block.numberFormat;
    range.formulas = block.formulas;
  }

  // Formats: one set of commands per rectangle of cells drawn alike.
  for (const { value: style, ranges } of rectanglesByKey(sheet.cells, (c) => {
    const s = formatStyle(sheet.baseStyle, c.style);
    return Object.keys(s).length ? { key: styleKey(s), value: s } : undefined;
  })) {
    for (const rect of ranges) {
      await budget.reserve(16 * COMMAND_BYTES);
      applyStyle(ws.getRange(rangeA1(rect)), style, rect);
    }
  }

  for (const m of sheet.merges) {
    await budget.reserve(COMMAND_BYTES);
    ws.getRange(rangeA1(m)).merge(false);
  }

  // Data validation (ExcelApi 1.8); without it the cells are written, unvalidated.
  if (support.dataValidation) {
    const validated = sheet.cells.filter((c) => c.validation);
    for (const { value: rule, ranges } of rectanglesByKey(validated, (c) => {
      const r = c.validation!;
      const rule = { ...r, formulae: r.formulae.map(formulaOf) };
      // Relative references mean something different in each cell: those go cell by cell.
      return { key: hasRelativeReference(rule) ? `${c.row},${c.col}` : JSON.stringify(rule), value: rule };
    })) {
      for (const rect of ranges) {
        await budget.reserve(6 * COMMAND_BYTES + estimateBytes(rule));
        applyValidation(ws.getRange(rangeA1(rect)), rule);
      }
    }
  }

  // Notes: cell notes (ExcelApi 1.18), else threaded comments (1.10), else none.
  for (const c of sheet.cells) {
    if (!c.note) continue;
    if (!support.notes && !support.comments) break;
    await budget.reserve(COMMAND_BYTES + estimateBytes(c.note));
    const range = ws.getRange(a1(c.row, c.col));
    if (support.notes) ws.notes.add(range, c.note);
    else w.context.workbook.comments.add(range, c.note);
  }

  // Defined names: workbook-level when free, else scoped to this sheet (nothing existing is replaced).
  for (const c of sheet.cells) {
    if (!c.name) continue;
    await budget.reserve(COMMAND_BYTES + estimateBytes(c.name));
    const range = ws.getRange(a1(c.row, c.col));
    const lower = c.name.toLowerCase();
    if (w.takenNames.has(lower)) ws.names.add(c.name, range);
    else {
      w.context.workbook.names.add(c.name, range);
      w.takenNames.add(lower);
    }
  }

  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.cols > 0)) {
    await budget.reserve(COMMAND_BYTES);
    const { rows, cols } = sheet.freeze;
    if (rows > 0 && cols > 0) ws.freezePanes.freezeAt(ws.getRange(rangeA1({ top: 0, left: 0, bottom: rows - 1, right: cols - 1 })));
    else if (rows > 0) ws.freezePanes.freezeRows(rows);
    else ws.freezePanes.freezeColumns(cols);
  }

  // Print setup (ExcelApi 1.9).
  if (support.pageLayout) {
    await budget.reserve(4 * COMMAND_BYTES);
    const page = ws.pageLayout;
    page.orientation = (sheet.print.orientation === 'landscape' ? 'Landscape' : 'Portrait') as Excel.PageOrientation;
    page.paperSize = 'A4' as Excel.PaperType;
    if (sheet.print.fitToWidth) page.zoom = { horizontalFitToPages: 1 };
    if (sheet.print.repeatRows) page.setPrintTitleRows(`$${sheet.print.repeatRows[0] + 1}:$${sheet.print.repeatRows[1] + 1}`);
  }

  if (sheet.protect) {
    await budget.reserve(COMMAND_BYTES);
    ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
  }
}
