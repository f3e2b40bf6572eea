import ExcelJS from 'exceljs';
import path from 'node:path';
import { consolidate } from '../../src/engine/consolidate';
import { buildConsolidatedLayout } from '../../src/engine/consolidate/layout/build-consolidated-layout';
import { DETAIL_SHEET } from '../../src/engine/consolidate/layout/detail-sheet';
import { SUMMARY_SHEET } from '../../src/engine/consolidate/layout/summary-sheet';
import { QD131 } from '../../src/engine/form/qd131';
import { isFormula, type WorkbookLayout } from '../../src/engine/layout';
import { generateSchools } from '../../src/samples/generate-district';
import { writeConsolidatedWorkbook } from '../../src/xlsx/write-consolidated';
import { recalculateWithLibreOffice } from '../support/libreoffice';
import { districtWithMisreadCount, handDistrict } from './fixtures';
import { checkFiles, tempDir, writeFiles } from './real-files';

const form = QD131;

/** The layout with every formula's cached result dropped: only a spreadsheet engine can fill them in. */
const withoutResults = (layout: WorkbookLayout): WorkbookLayout => ({
  sheets: layout.sheets.map((s) => ({ ...s, cells: s.cells.map((c) => (isFormula(c.value) ? { ...c, value: { formula: c.value.formula } } : c)) })),
});

const shown = (cell: ExcelJS.Cell): unknown => {
  const v = cell.value;
  return v && typeof v === 'object' && 'formula' in v ? (v as ExcelJS.CellFormulaValue).result : v;
};

/** Reads the "Chi tiết đơn vị" totals row and "Tổng hợp" rates of a recalculated workbook, by item code. */
async function recalculatedFigures(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const detail = wb.getWorksheet(DETAIL_SHEET)!;
  const total = detail.getColumn(2).values.findIndex((v) => v === 'Tổng cộng');
  const out: Record<string, Record<string, unknown>> = {};
  let item = '';
  for (let col = 5; col <= detail.columnCount; col++) {
    const group = detail.getCell(4, col).value;
    if (typeof group === 'string' && /^\d+\.\d+\./.test(group)) item = group.slice(0, group.indexOf('. '));
    const field = String(detail.getCell(5, col).value);
    (out[item] ??= {})[field] = shown(detail.getCell(total, col));
  }
  const summary = wb.getWorksheet(SUMMARY_SHEET)!;
  for (const name of wb.definedNames.model.map((n) => n.name).filter((n) => /^Bieu_\d+_\d+_TiLe$/.test(n))) {
    const ref = wb.definedNames.getRanges(name).ranges[0]!;
    const cell = summary.getCell(ref.slice(ref.indexOf('!') + 1).replace(/\$/g, ''));
    const code = name.replace(/^Bieu_(\d+)_(\d+)_TiLe$/, '$1.$2');
    (out[code] ??= {}).summaryRate = shown(cell);
  }
  return out;
}

describe('the consolidated workbook recalculated by LibreOffice', () => {
  test.each([
    ['a hand-computed district', async () => handDistrict()],
    ['a district with a misread count left out', async () => districtWithMisreadCount()],
    ['generated schools', async () => checkFiles(writeFiles(tempDir('lo-schools'), await generateSchools(12, 'lo')))],
  ])('%s: totals and rates equal the engine\'s figures', async (_name, inputs) => {
    const c = consolidate(await inputs(), { form });
    const dir = tempDir('lo');
    const file = path.join(dir, 'tong-hop.xlsx');
    await writeConsolidatedWorkbook(withoutResults(buildConsolidatedLayout(c, form)), file);
    const recalculated = await recalculateWithLibreOffice(file, path.join(dir, 'recalculated'));
    const got = await recalculatedFigures(recalculated);
    let compared = 0;
    for (const [code, item] of Object.entries(c.items)) {
      if (item.notApplicable) continue;
      const g = got[code]!;
      if (item.count !== undefined && g['Số lượng'] !== undefined) {
        expect([code, g['Số lượng']]).toEqual([code, item.count]);
        compared++;
      }
      if (item.population !== undefined) expect([code, g['Tổng số']]).toEqual([code, item.population]);
      if (item.rate !== undefined) {
        expect([code, g['Tỉ lệ'] as number]).toEqual([code, expect.closeTo(item.rate / 100, 12)]);
        expect([code, g.summaryRate as number]).toEqual([code, expect.closeTo(item.rate, 10)]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(5);
  });
});
