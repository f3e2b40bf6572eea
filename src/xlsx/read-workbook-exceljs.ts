import ExcelJS from 'exceljs';
import { cellKey, parseRangeA1, type CellRange, type CellValue, type DefinedName, type SheetGrid, type WorkbookGrid } from '../engine/grid';
import { parseSingleCellRef } from './read-workbook';

/** ExcelJS cell value -> the grid's plain value (rich text concatenated, formula results, errors as text). */
function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) return null;
    if (typeof result === 'object' && !(result instanceof Date)) return 'error' in result ? result.error : null;
    return plainValue(result as ExcelJS.CellValue);
  }
  if ('text' in value) return plainValue((value as ExcelJS.CellHyperlinkValue).text);
  return null;
}

function sheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  const numFmts: Record<string, string> = {};
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // Merged cells other than the top-left echo its value in ExcelJS; the file holds it once.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const value = plainValue(cell.value);
      if (value === null) return;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      (values[r] ??= [])[c] = value;
      if (typeof value === 'number' && cell.numFmt && cell.numFmt !== 'General') numFmts[cellKey(r, c)] = cell.numFmt;
    });
  });
  const merges: CellRange[] = [];
  for (const ref of ws.model.merges ?? []) {
    const range = parseRangeA1(ref);
    if (range) merges.push(range);
  }
  return { name: ws.name, values, numFmts, merges };
}

/**
 * The plain grid of a workbook loaded by ExcelJS (the browser page's reader, and a cross-check of the fast reader).
 * workbookToGrid(await new ExcelJS.Workbook().xlsx.load(bytes)).sheets[0].name === "PL2"
 */
export function workbookToGrid(wb: ExcelJS.Workbook): WorkbookGrid {
  const definedNames: DefinedName[] = [];
  for (const { name, ranges } of wb.definedNames.model as Array<{ name: string; ranges: string[] }>) {
    if (ranges.length !== 1 || name.startsWith('_xlnm.')) continue;
    const target = parseSingleCellRef(ranges[0]!);
    if (target) definedNames.push({ name, ...target });
  }
  return { sheets: wb.worksheets.map(sheetToGrid), definedNames };
}
