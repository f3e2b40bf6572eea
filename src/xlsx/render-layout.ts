import ExcelJS from 'exceljs';
import { isFormula, type CellStyle, type LayoutCell, type SheetLayout, type WorkbookLayout } from '../engine/layout';

/**
 * Renders the engine's writer-independent layout with ExcelJS.
 * No file system here: callers save with `workbook.xlsx.writeFile` (Node) or `writeBuffer` (browser).
 */
export async function renderWorkbook(layout: WorkbookLayout, workbook = new ExcelJS.Workbook()): Promise<ExcelJS.Workbook> {
  workbook.creator = 'Bieu';
  for (const sheet of layout.sheets) await renderSheet(workbook, sheet);
  return workbook;
}

const argb = (rgb: string): string => `FF${rgb.toUpperCase()}`;

/** A layout style as an ExcelJS style: the font and alignment always, the rest when set. */
export function excelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const font: Partial<ExcelJS.Font> = {};
  if (style.font) font.name = style.font;
  if (style.size) font.size = style.size;
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.color) font.color = { argb: argb(style.color) };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.hAlign) alignment.horizontal = style.hAlign;
  if (style.vAlign) alignment.vertical = style.vAlign;
  if (style.wrap) alignment.wrapText = true;
  const out: Partial<ExcelJS.Style> = { font, alignment };
  if (style.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.border) {
    const thin: Partial<ExcelJS.Border> = { style: 'thin' };
    out.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (style.numFmt) out.numFmt = style.numFmt;
  if (style.locked === false) out.protection = { locked: false };
  return out;
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  const x = excelStyle(style);
  cell.font = x.font as ExcelJS.Font;
  cell.alignment = x.alignment as ExcelJS.Alignment;
  if (x.fill) cell.fill = x.fill;
  if (x.border) cell.border = x.border as ExcelJS.Borders;
  if (x.numFmt) cell.numFmt = x.numFmt;
  if (x.protection) cell.protection = x.protection;
}

/**
 * Writes one layout cell (value, style, name, note, validation) into an ExcelJS cell, of a workbook or of a streaming
 * writer. `style`, when given, is the cell's ExcelJS style ready made (shared by cells of one look, never changed after).
 */
export function writeLayoutCell(cell: ExcelJS.Cell, sheet: Pick<SheetLayout, 'baseStyle'>, c: LayoutCell, style?: Partial<ExcelJS.Style>): void {
  const v = c.value;
  if (isFormula(v)) {
    cell.value = v.result === undefined ? ({ formula: v.formula } as ExcelJS.CellFormulaValue) : { formula: v.formula, result: v.result };
  } else {
    cell.value = v;
  }
  if (style) cell.style = style;
  else applyStyle(cell, { ...sheet.baseStyle, ...c.style });
  if (c.name) cell.name = c.name;
  if (c.note) cell.note = c.note;
  if (c.validation) {
    const r = c.validation;
    const dv: ExcelJS.DataValidation = {
      type: r.type,
      formulae: r.formulae,
      allowBlank: r.allowBlank,
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: r.errorTitle,
      error: r.error,
    };
    if (r.operator) dv.operator = r.operator;
    if (r.prompt) {
      dv.showInputMessage = true;
      dv.prompt = r.prompt;
      if (r.promptTitle) dv.promptTitle = r.promptTitle;
    }
    cell.dataValidation = dv;
  }
}

/** The sheet's frozen panes as ExcelJS views. */
export const sheetViews = (sheet: Pick<SheetLayout, 'freeze'>): Array<Partial<ExcelJS.WorksheetView>> =>
  sheet.freeze ? [{ state: 'frozen', xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows }] : [];

/** The sheet's print setup as ExcelJS page setup: A4, fitted to the width, the header rows repeated. */
export function sheetPageSetup(sheet: Pick<SheetLayout, 'print'>): Partial<ExcelJS.PageSetup> {
  const p = sheet.print;
  return {
    paperSize: 9, // A4
    orientation: p.orientation,
    fitToPage: p.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.6, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(p.repeatRows ? { printTitlesRow: `${p.repeatRows[0] + 1}:${p.repeatRows[1] + 1}` } : {}),
  };
}

/** Column widths and hidden columns. */
export function setColumns(ws: Pick<ExcelJS.Worksheet, 'getColumn'>, sheet: Pick<SheetLayout, 'columnWidths' | 'hiddenColumns'>): void {
  sheet.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const col of sheet.hiddenColumns ?? []) ws.getColumn(col + 1).hidden = true;
}

export async function renderSheet(workbook: ExcelJS.Workbook, sheet: SheetLayout): Promise<ExcelJS.Worksheet> {
  const ws = workbook.addWorksheet(sheet.name);
  setColumns(ws, sheet);
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) ws.getRow(Number(row) + 1).height = height;
  for (const c of sheet.cells) writeLayoutCell(ws.getCell(c.row + 1, c.col + 1), sheet, c);
  for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  if (sheet.freeze) ws.views = sheetViews(sheet);
  ws.pageSetup = sheetPageSetup(sheet);
  if (sheet.protect) {
    await ws.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      insertRows: false,
      deleteRows: false,
    });
  }
  return ws;
}
