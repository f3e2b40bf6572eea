import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkWorkbook } from '../../src/engine/check-workbook';
import { consolidate } from '../../src/engine/consolidate';
import { QD131 } from '../../src/engine/form/qd131';
import { formItems, type UnitLevel } from '../../src/engine/form/schema';
import { a1, type WorkbookGrid } from '../../src/engine/grid';
import { readNamedForm } from '../../src/engine/read/read-named-form';
import type { FileReport } from '../../src/engine/report';
import { readWorkbookBytes } from '../../src/xlsx/read-workbook';
import { writeTemplateFile } from '../../src/xlsx/write-template';
import { recalculateWithLibreOffice } from '../support/libreoffice';
import { BAC_GIANG_PHONG } from './bac-giang';
import { fillTemplate } from './fill-template';

const SHEET = "'Biểu số liệu'";
let dir: string;
const blanks: Partial<Record<UnitLevel, string>> = {};

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'bieu-template-round-trip-'));
  await mkdir(path.join(dir, 'blank'));
  for (const level of ['phong', 'TH', 'MN'] as const) {
    blanks[level] = path.join(dir, 'blank', `${level}.xlsx`);
    await writeTemplateFile(QD131, { level, unit: level === 'phong' ? 'Phòng GD&ĐT Bắc Giang' : '' }, blanks[level]!);
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const gridOf = async (file: string): Promise<WorkbookGrid> => readWorkbookBytes(await readFile(file));
const check = async (file: string): Promise<FileReport> => checkWorkbook(await gridOf(file), { path: file });
async function filled(name: string, level: UnitLevel, values: Record<string, number | string>): Promise<string> {
  const file = path.join(dir, `${name}.xlsx`);
  await fillTemplate(blanks[level]!, file, values);
  return file;
}
const codes = (report: FileReport) => report.issues.map((i) => [i.item, i.code, i.cell]);
/** "'Biểu số liệu'!D29": where a defined name points in the written template. */
async function named(level: UnitLevel, name: string): Promise<string> {
  const n = (await gridOf(blanks[level]!)).definedNames.find((d) => d.name === name)!;
  return `${SHEET}!${a1(n.row, n.col)}`;
}

/** What Bắc Giang's Phòng form reads back to, whoever computed the formulas. */
async function expectBacGiang(report: FileReport): Promise<void> {
  expect(report.template).toBe('qd131');
  expect(report.unit).toBe('Phòng GD&ĐT Bắc Giang');
  expect(report.level).toBe('phong');
  expect(report.items['1.1']).toEqual({ count: 2023, rate: 100, population: 2023, cell: await named('phong', 'Bieu_1_1_SoLuong') });
  expect(report.items['2.1']).toMatchObject({ count: 32448, rate: 100, population: 32448 });
  expect(report.items['3.1']).toMatchObject({ count: 5, names: ['Microsoft Office 365', 'Google Meet', 'Zoom', 'Zavi', 'K12'] });
  expect(report.items['5.1']).toMatchObject({ rate: 28 });
  expect(report.items['8.2']).toMatchObject({ count: 44740, rate: 100, population: 44740 });
  expect(report.items['8.4']).toMatchObject({ count: 33, rate: 60, population: 55 });
  expect(report.items['9.3']).toMatchObject({ count: 44700, rate: 99.8, population: 44790 });
  for (const item of formItems(QD131).filter((it) => !it.levels.includes('phong')))
    expect([item.code, report.items[item.code]?.notApplicable]).toEqual([item.code, true]);
  expect(report.populations).toMatchObject({ tre_mn: 12292, hoc_sinh: 32448, nguoi_hoc: 44740, giao_vien: 2023, nha_giao: 2023 });
  expect(codes(report)).toEqual([]);
}

describe('the template read back by its names', () => {
  it('reads a form filled by a program (formulas not yet calculated) to the figures typed', async () => {
    await expectBacGiang(await check(await filled('bac-giang', 'phong', BAC_GIANG_PHONG)));
  });

  it('reads the same form recalculated by LibreOffice to the same figures, by names and, names lost, by content', async () => {
    const file = await filled('bac-giang-lo', 'phong', BAC_GIANG_PHONG);
    const grid = await gridOf(await recalculateWithLibreOffice(file, path.join(dir, 'lo')));
    const byNames = checkWorkbook(grid, { path: file });
    await expectBacGiang(byNames);
    // The printed "Kết quả (số liệu)" texts alone carry the same figures.
    const byContent = checkWorkbook({ ...grid, definedNames: [] }, { path: file });
    const withoutCells = (r: FileReport) => Object.fromEntries(Object.entries(r.items).map(([code, { cell: _cell, ...rest }]) => [code, rest]));
    expect(withoutCells(byContent)).toEqual(withoutCells(byNames));
    expect(byContent.populations).toEqual(byNames.populations);
    expect(byContent.issues).toEqual([]);
  });

  it("finds Bắc Giang's 44.790 learners against 12.292 + 18.852 + 13.596 = 44.740 (SUM_MISMATCH)", async () => {
    const report = await check(await filled('sum-mismatch', 'phong', { ...BAC_GIANG_PHONG, Bieu_Chung_nguoi_hoc: 44790 }));
    expect(report.issues).toEqual([
      expect.objectContaining({ code: 'SUM_MISMATCH', severity: 'error', item: 'nguoi_hoc', cell: await named('phong', 'Bieu_Chung_nguoi_hoc'), expected: 44740, actual: 44790 }),
    ]);
    expect(report.issues[0]!.message).toContain('44.740');
    expect(report.items['8.2']).toMatchObject({ count: 44740, population: 44790, rate: 99.9 });
  });

  it('flags a count over its population at the count, and a count typed as 32.448', async () => {
    const report = await check(await filled('bad-counts', 'phong', { ...BAC_GIANG_PHONG, Bieu_1_3_SoLuong: 2100, Bieu_2_1_SoLuong: 32.448 }));
    expect(codes(report)).toEqual([
      ['1.3', 'COUNT_EXCEEDS_TOTAL', await named('phong', 'Bieu_1_3_SoLuong')],
      ['2.1', 'NOT_INTEGER', await named('phong', 'Bieu_2_1_SoLuong')],
    ]);
    expect(report.issues[1]).toMatchObject({ expected: 32448, actual: 32.448 });
  });

  it('says which blanks a required item still needs, at its input cell', async () => {
    const report = await check(blanks.TH!);
    expect(report.unit).toBe('TH'); // no name typed: the file's name
    const required = formItems(QD131).filter((it) => it.levels.includes('TH') && !it.optional).map((it) => it.code);
    expect(report.issues.map((i) => i.code)).toEqual(required.map(() => 'MISSING_VALUE'));
    expect(report.issues.map((i) => i.item)).toEqual(required);
    expect(report.issues[0]!.cell).toMatch(/^'Biểu số liệu'!D\d+$/);
  });

  it('marks the items that do not apply to a kindergarten as not applicable', async () => {
    const report = await check(await filled('mn', 'MN', { Bieu_Chung_tre_mn: 320, Bieu_Chung_giao_vien: 25, Bieu_1_1_SoLuong: 25 }));
    expect(report.level).toBe('MN');
    expect(report.items['2.1']).toEqual({ notApplicable: true, cell: expect.stringMatching(/!D\d+$/) });
    expect(report.items['1.1']).toMatchObject({ count: 25, rate: 100, population: 25 });
    expect(report.populations).toMatchObject({ tre_mn: 320, nguoi_hoc: 320 });
  });

  it('reads "Không" typed in an input as not applicable, and text it cannot read as UNPARSEABLE', async () => {
    const report = await check(
      await filled('khong', 'phong', { ...BAC_GIANG_PHONG, Bieu_3_3_SoLuong: 'Không', Bieu_9_2_SoLuong: 'chưa có số liệu', Bieu_9_1_SoLuong: '44' }),
    );
    expect(report.items['3.3']).toEqual({ notApplicable: true, cell: await named('phong', 'Bieu_3_3_SoLuong') });
    expect(report.items['9.1']).toMatchObject({ count: 44, rate: 100, population: 44 });
    expect(codes(report)).toEqual([['9.2', 'UNPARSEABLE', await named('phong', 'Bieu_9_2_SoLuong')]]);
  });

  it('finds its cells by name wherever rows were inserted', async () => {
    const grid = await gridOf(await filled('moved', 'phong', BAC_GIANG_PHONG));
    const shift = 5;
    const moved: WorkbookGrid = {
      sheets: grid.sheets.map((s) => ({ ...s, values: [...Array.from({ length: shift }, () => []), ...s.values] })),
      definedNames: grid.definedNames.map((n) => ({ ...n, row: n.row + shift })),
    };
    const before = readNamedForm(grid, QD131)!;
    const after = readNamedForm(moved, QD131)!;
    expect(after.items.map((i) => [i.code, i.count?.value, i.rate?.value])).toEqual(before.items.map((i) => [i.code, i.count?.value, i.rate?.value]));
    const n = grid.definedNames.find((d) => d.name === 'Bieu_1_1_SoLuong')!;
    expect(after.items[0]!.count!.cell).toBe(`${SHEET}!${a1(n.row + shift, n.col)}`);
  });

  it('leaves workbooks without its names, or of another form, to the content reader', async () => {
    const grid = await gridOf(blanks.TH!);
    expect(readNamedForm({ ...grid, definedNames: [] }, QD131)).toBeNull();
    expect(readNamedForm(grid, { ...QD131, id: 'qd999' })).toBeNull();
  });
});

describe('consolidating filled templates', () => {
  it('sums two schools and recomputes their rates', async () => {
    const a = await filled('th-a', 'TH', { Bieu_Chung_hoc_sinh_th: 600, Bieu_Chung_giao_vien: 30, Bieu_1_1_SoLuong: 30, Bieu_2_1_SoLuong: 450, Bieu_5_1_TiLe: 20 });
    const b = await filled('th-b', 'TH', { Bieu_Chung_hoc_sinh_th: 200, Bieu_Chung_giao_vien: 10, Bieu_1_1_SoLuong: 5, Bieu_2_1_SoLuong: 50, Bieu_5_1_TiLe: 40 });
    const inputs = await Promise.all(
      [a, b].map(async (file) => ({ report: await check(file), meta: { path: file, size: (await stat(file)).size, mtimeMs: 0, sha256: '' } })),
    );
    const result = consolidate(inputs, { form: QD131 });
    expect(result.items['1.1']).toMatchObject({ count: 35, population: 40, rate: 87.5 });
    expect(result.items['2.1']).toMatchObject({ count: 500, population: 800, rate: 62.5 });
    // weighted by primary pupils: (20·600 + 40·200) / 800 = 25, not the mean 30
    expect(result.items['5.1']).toMatchObject({ rate: 25 });
    expect(result.populations).toMatchObject({ hoc_sinh_th: 800, giao_vien: 40 });
  });
});
