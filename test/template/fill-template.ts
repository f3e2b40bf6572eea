import ExcelJS from 'exceljs';
import { parseCellAddress } from '../../src/engine/grid';

/** A cell of a workbook found by its defined name. */
export function namedCell(workbook: ExcelJS.Workbook, name: string): ExcelJS.Cell {
  const ranges = workbook.definedNames.getRanges(name).ranges;
  if (ranges.length !== 1) throw new Error(`defined name ${name}: ${ranges.length} ranges`);
  const at = parseCellAddress(ranges[0]!);
  if (!at) throw new Error(`defined name ${name}: bad address ${ranges[0]}`);
  const ws = workbook.getWorksheet(at.sheet);
  if (!ws) throw new Error(`defined name ${name}: no sheet ${at.sheet}`);
  return ws.getCell(at.row + 1, at.col + 1);
}

/** The value a cell shows: a formula's cached result, or the value itself. */
export function shownValue(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (v && typeof v === 'object' && 'formula' in v) return (v as ExcelJS.CellFormulaValue).result ?? null;
  if (v && typeof v === 'object' && 'sharedFormula' in v) return (v as ExcelJS.CellSharedFormulaValue).result ?? null;
  return v;
}

/**
 * Fills a written template as a person would, by the cells' defined names
 * (e.g. { Bieu_Chung_giao_vien: 2023, Bieu_1_1_SoLuong: 2023 }), and saves it to `outPath`.
 * Formula cells keep their stale cached results: only a spreadsheet program recalculates them.
 */
export async function fillTemplate(templatePath: string, outPath: string, values: Record<string, number | string>): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(templatePath);
  for (const [name, value] of Object.entries(values)) namedCell(workbook, name).value = value;
  await workbook.xlsx.writeFile(outPath);
}
