import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { consolidate } from '../../src/engine/consolidate';
import { buildConsolidatedLayout, consolidatedLayout } from '../../src/engine/consolidate/layout/build-consolidated-layout';
import { QD131 } from '../../src/engine/form/qd131';
import { generateSchools } from '../../src/samples/generate-district';
import { writeConsolidatedWorkbook } from '../../src/xlsx/write-consolidated';
import { districtWithMisreadCount } from './fixtures';
import { checkFiles, tempDir, writeFiles } from './real-files';

const form = QD131;

/** Everything a reader sees of a workbook: sheets, cells (value, formula, result, style, note), merges, columns, rows, views, print setup, names. */
async function content(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets = wb.worksheets.map((ws) => {
    const cells: unknown[] = [];
    const heights: Record<number, number> = {};
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (row.height !== undefined) heights[r] = row.height;
      row.eachCell({ includeEmpty: true }, (cell) => {
        cells.push([cell.address, cell.type, cell.value, JSON.stringify(cell.style), cell.note ?? null, cell.isMerged ? cell.master.address : null]);
      });
    });
    const columns = (ws.columns ?? []).map((c) => [c.width, c.hidden]);
    return {
      name: ws.name,
      cells,
      heights,
      columns,
      merges: Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).sort(),
      views: ws.views,
      pageSetup: ws.pageSetup,
    };
  });
  return { sheets, names: wb.definedNames.model, creator: wb.creator };
}

const workbookXml = (file: string): string => strFromU8(unzipSync(readFileSync(file))['xl/workbook.xml']!);

describe('the streaming writer, with lazy sheets, writes the same workbook as the in-memory one', () => {
  test.each([
    ['a district with a misread count and notes', async () => districtWithMisreadCount()],
    ['generated schools, with duplicates and errors', async () => checkFiles(writeFiles(tempDir('stream-schools'), await generateSchools(30, 'stream')))],
  ])('%s', async (_name, inputs) => {
    const c = consolidate(await inputs(), { form });
    const dir = tempDir('stream');
    const inMemory = path.join(dir, 'in-memory.xlsx');
    const streamed = path.join(dir, 'streamed.xlsx');
    // every cell made, rendered in memory (the browser's way) / long sheets made row by row as they are streamed
    await writeConsolidatedWorkbook(buildConsolidatedLayout(c, form, { unit: 'Phòng GD&ĐT Thử' }), inMemory, { stream: false });
    await writeConsolidatedWorkbook(consolidatedLayout(c, form, { unit: 'Phòng GD&ĐT Thử' }), streamed, { stream: true });
    const [a, b] = [await content(inMemory), await content(streamed)];
    expect(b.sheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Chi tiết đơn vị', 'Kiểm tra', 'Nguồn']);
    for (let i = 0; i < a.sheets.length; i++) expect([a.sheets[i]!.name, b.sheets[i]]).toEqual([a.sheets[i]!.name, a.sheets[i]]);
    expect(b.names).toEqual(a.names);
    expect(b.names.length).toBeGreaterThan(20);
    expect(b.creator).toBe('Bieu');
    // Excel recalculates the live formulas on opening, either way
    expect(workbookXml(streamed)).toContain('<calcPr calcId="171027" fullCalcOnLoad="1"/>');
    expect(workbookXml(inMemory)).toContain('<calcPr calcId="171027" fullCalcOnLoad="1"/>');
    // the header rows repeat on every printed page
    expect(workbookXml(streamed)).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;Chi tiết đơn vị&apos;!$4:$5</definedName>`);
  });
});

describe('the streamed workbook is written whole or not at all', () => {
  test('a failure half way leaves no file, and an existing target untouched', async () => {
    const layout = buildConsolidatedLayout(consolidate(districtWithMisreadCount(), { form }), form);
    const detail = layout.sheets[1]!;
    // two merges over one cell: ExcelJS refuses the second, after the first sheet is already written
    const broken = { sheets: [layout.sheets[0]!, { ...detail, merges: [...detail.merges, { top: 6, left: 0, bottom: 7, right: 1 }, { top: 7, left: 1, bottom: 8, right: 1 }] }] };
    const dir = tempDir('stream-fail');
    const target = path.join(dir, 'tong-hop.xlsx');
    await expect(writeConsolidatedWorkbook(broken, path.join(dir, 'moi.xlsx'))).rejects.toThrow(/merge/i);
    writeFileSync(target, 'cũ');
    await expect(writeConsolidatedWorkbook(broken, target)).rejects.toThrow(/merge/i);
    expect(readdirSync(dir)).toEqual(['tong-hop.xlsx']);
    expect(readFileSync(target, 'utf8')).toBe('cũ');
    await expect(writeConsolidatedWorkbook(layout, path.join(dir, 'khong-co', 'x.xlsx'))).rejects.toThrow(/ENOENT/);
    expect(existsSync(path.join(dir, 'khong-co'))).toBe(false);
  });
});
