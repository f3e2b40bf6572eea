import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cellAt, type WorkbookGrid } from '../../src/engine/grid';
import { generateDistrict, generateSchools, type District, type GeneratedFile } from '../../src/samples/generate-district';
import { readWorkbookBytes, UnreadableFileError } from '../../src/xlsx/read-workbook';
import { workbookToGrid } from '../../src/xlsx/read-workbook-exceljs';
import { copySampleDistrict } from '../../src/samples/write-sample-district';

const viaExcelJS = async (bytes: Uint8Array): Promise<WorkbookGrid> =>
  workbookToGrid(await new ExcelJS.Workbook().xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer));

const comparable = (g: WorkbookGrid) => ({
  sheets: g.sheets.map((s) => ({
    name: s.name,
    values: s.values,
    numFmts: s.numFmts,
    merges: s.merges.map((m) => `${m.top},${m.left},${m.bottom},${m.right}`).sort(),
  })),
  definedNames: g.definedNames,
});

const allText = (g: WorkbookGrid): string[] =>
  g.sheets.flatMap((s) => s.values.flatMap((row) => (row ?? []).filter((v): v is string => typeof v === 'string')));

let district: District;
const schools = (): GeneratedFile[] => district.files.filter((f) => f.school !== null);

beforeAll(async () => {
  district = await generateDistrict();
});

describe('the sample district (Bắc Giang, seed 000)', () => {
  it('has 55 schools of Bắc Giang, 22 MN, 16 TH, 17 THCS, with its teachers and learners', () => {
    const firsts = district.files.filter((f) => f.role === 'school');
    const count = (level: string) => firsts.filter((f) => f.school!.level === level);
    expect([count('MN').length, count('TH').length, count('THCS').length]).toEqual([22, 16, 17]);
    expect(firsts.reduce((a, f) => a + f.school!.teachers, 0)).toBe(2023);
    expect(['MN', 'TH', 'THCS'].map((l) => count(l).reduce((a, f) => a + f.school!.learners, 0))).toEqual([12292, 18852, 13596]);
    // 9.3 satisfied learners/parents, as in the report: 44.700.
    expect(firsts.reduce((a, f) => a + f.school!.items['9.3']!.count!, 0)).toBe(44700);
  });

  it('names units uniquely, like "Trường TH Ngô Sĩ Liên"', () => {
    const units = district.files.filter((f) => f.role === 'school').map((f) => f.school!.unit);
    expect(new Set(units).size).toBe(55);
    expect(units).toEqual(expect.arrayContaining(['Trường MN Hoa Sen', 'Trường TH Ngô Sĩ Liên', 'Trường THCS Lê Quý Đôn']));
  });

  it('uses every layout and both number styles', () => {
    expect(new Set(schools().map((f) => f.layout))).toEqual(new Set(['cell-newlines', 'row-per-blank', 'number-cells', 'cell-dashes']));
    expect(new Set(schools().map((f) => f.numberStyle))).toEqual(new Set(['vi', 'en']));
  });

  it('plants the mistakes it promises', () => {
    const planted = district.files.flatMap((f) => f.planted.map((p) => [p.item ?? null, p.code]));
    expect(planted).toEqual(
      expect.arrayContaining([
        ['3.3', 'RATE_MISMATCH'],
        ['8.2', 'NOT_INTEGER'],
        ['9.2', 'AMBIGUOUS_NUMBER'],
        ['1.3', 'MISSING_VALUE'],
        [null, 'UNREADABLE_FILE'],
        [null, 'TEMPLATE_MISMATCH'],
      ]),
    );
    const resent = district.files.find((f) => f.role === 'resubmission')!;
    const first = district.files.find((f) => f.fileName === resent.supersedes)!;
    expect(resent.school!.unit).toBe(first.school!.unit);
    expect(resent.modified.getTime()).toBeGreaterThan(first.modified.getTime());
    expect(district.runIssues).toEqual([{ code: 'DUPLICATE_UNIT', unit: first.school!.unit }]);
  });

  it('is deterministic for a seed', async () => {
    const again = await generateDistrict();
    expect(again.files.map((f) => [f.fileName, f.school?.items, f.planted])).toEqual(district.files.map((f) => [f.fileName, f.school?.items, f.planted]));
  });
});

describe('fast reader on every generated layout', () => {
  it('reads each file exactly as ExcelJS does', async () => {
    for (const f of district.files.filter((x) => x.role !== 'corrupt')) {
      expect([f.fileName, comparable(readWorkbookBytes(f.bytes))]).toEqual([f.fileName, comparable(await viaExcelJS(f.bytes))]);
    }
  });

  it('reads the number-cells layout: counts as numbers, rates as fractions formatted as percent', () => {
    const f = schools().find((x) => x.layout === 'number-cells' && x.planted.length === 0 && x.school!.level !== 'MN')!;
    const grid = readWorkbookBytes(f.bytes);
    const sheet = grid.sheets[grid.sheets.length - 1]!;
    const row = sheet.values.findIndex((r) => r?.[2] === '- Tổng số học sinh có máy tính');
    expect(cellAt(sheet, row, 3)).toBe(f.school!.items['2.1']!.count);
    const rate = cellAt(sheet, row, 4);
    // Every other number-cells school writes 1 formatted "0%", the others 100 under "Tỉ lệ (%)".
    if (sheet.numFmts[`${row},4`]) expect([rate, sheet.numFmts[`${row},4`]]).toEqual([1, '0%']);
    else expect(rate).toBe(100);
  });

  it('keeps NFD text as NFD', () => {
    const f = schools().find((x) => x.nfd)!;
    const texts = allText(readWorkbookBytes(f.bytes));
    expect(texts).toContain('TRƯỜNG '.normalize('NFD') + f.school!.unit.slice('Trường '.length).toUpperCase().normalize('NFD'));
    expect(texts.some((t) => t !== t.normalize('NFC'))).toBe(true);
  });

  it('reads the row-per-blank layout with STT and Nội dung merged down', () => {
    const f = schools().find((x) => x.layout === 'row-per-blank')!;
    const sheet = readWorkbookBytes(f.bytes).sheets.at(-1)!;
    const row = sheet.values.findIndex((r) => typeof r?.[2] === 'string' && r[2].startsWith('- Tổng số giáo viên có máy tính'));
    expect(sheet.merges).toEqual(expect.arrayContaining([{ top: row, left: 0, bottom: row + 1, right: 0 }, { top: row, left: 1, bottom: row + 1, right: 1 }]));
  });

  it('finds the corrupt file unreadable', () => {
    const f = district.files.find((x) => x.role === 'corrupt')!;
    expect(() => readWorkbookBytes(f.bytes)).toThrow(UnreadableFileError);
  });

  it('reads generated benchmark schools too', async () => {
    const files = await generateSchools(5, 'test');
    expect(files.map((f) => readWorkbookBytes(f.bytes).sheets.length > 0)).toEqual([true, true, true, true, true]);
    expect(new Set(files.map((f) => f.school!.unit)).size).toBe(5);
  });
});

describe('fast reader on workbooks saved by LibreOffice', () => {
  const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(__dirname, 'fixtures', name)));

  it.each(['lo-number-cells.xlsx', 'lo-cell-newlines.xlsx'])('%s reads as ExcelJS reads it', async (name) => {
    const bytes = fixture(name);
    const fast = readWorkbookBytes(bytes);
    const slow = await viaExcelJS(bytes);
    expect(comparable(fast).sheets.map((s) => [s.name, s.values, s.merges])).toEqual(comparable(slow).sheets.map((s) => [s.name, s.values, s.merges]));
  });

  it('keeps the values and percent formats of the number cells', () => {
    const grid = readWorkbookBytes(fixture('lo-number-cells.xlsx'));
    // This school saves from a Mac: its text, sheet names included, is NFD.
    expect(grid.sheets.map((s) => s.name)).toEqual(['Báo cáo'.normalize('NFD'), 'Sheet1']);
    const sheet = grid.sheets[1]!;
    const row = sheet.values.findIndex((r) => r?.[2] === '- Số lượng người học được quản lý bằng hồ sơ số với định danh thống nhất'.normalize('NFD'));
    expect([cellAt(sheet, row, 3), cellAt(sheet, row, 4), sheet.numFmts[`${row},4`]]).toEqual([1.037, 1, '0%']);
    const platforms = sheet.values.findIndex((r) => r?.[2] === '- Số lượng học sinh/ sinh viên tham gia sử dụng nền tảng'.normalize('NFD'));
    expect([cellAt(sheet, platforms, 4), sheet.numFmts[`${platforms},4`]]).toEqual([0.925, '0.0%']);
  });

  it('keeps line breaks inside a cell', () => {
    const sheet = readWorkbookBytes(fixture('lo-cell-newlines.xlsx')).sheets[0]!;
    const cell = sheet.values.flat().find((v) => typeof v === 'string' && v.startsWith('- Tổng số giáo viên có máy tính'));
    expect(cell).toMatch(/^- Tổng số giáo viên có máy tính: \d+, đạt tỉ lệ: 100%\n- Tổng số giáo viên có đường truyền Internet: \d+, đạt tỉ lệ: 100%$/);
  });
});

describe('copySampleDistrict', () => {
  it('copies the bundled district with the modification times truth.json records', () => {
    const to = mkdtempSync(join(tmpdir(), 'bieu-copy-'));
    const paths = copySampleDistrict(join(__dirname, '../../assets/samples/bac-giang'), to);
    expect(paths).toHaveLength(58);
    const first = statSync(join(to, 'th-tran-phu.xlsx')).mtimeMs;
    const again = statSync(join(to, 'th-tran-phu-gui-lai.xlsx')).mtimeMs;
    expect(again - first).toBe(2 * 86_400_000);
  });
});
