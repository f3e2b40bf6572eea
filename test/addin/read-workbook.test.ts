import type { WorkbookGrid } from '../../src/engine/grid';
import { FakeExcel } from './fake-excel';
import { hostOn, putRows, syncsOf } from './support';

/** A sheet like a school's form: a header, then `rows` item rows (count, rate as 0.86 with "0%"). */
function formSheet(fake: FakeExcel, name: string, rows: number): void {
  putRows(fake, name, [['STT', 'Nội dung', 'Kết quả (số liệu)', 'Tỉ lệ']], 'B3');
  for (let i = 0; i < rows; i++) {
    putRows(fake, name, [[i + 1, `Mục ${i + 1}`, 10 + i, 0.5]], `B${4 + i}`);
    fake.state.cell(name, `E${4 + i}`).numberFormat = '0%';
  }
  fake.state.sheet(name)!.merges.push({ top: 2, left: 1, bottom: 2, right: 2 });
}

describe('readActiveWorkbook', () => {
  it('costs the same number of syncs for a 10-row and a 1,000-row sheet, and returns the grid', async () => {
    const small = new FakeExcel('1.13');
    formSheet(small, 'PL2', 10);
    const big = new FakeExcel('1.13');
    formSheet(big, 'PL2', 1000);
    putRows(big, 'Ghi chú', [['x']]);

    let smallGrid: WorkbookGrid | undefined;
    let bigGrid: WorkbookGrid | undefined;
    const smallSyncs = await syncsOf(small, async () => (smallGrid = await hostOn(small).readActiveWorkbook()));
    const bigSyncs = await syncsOf(big, async () => (bigGrid = await hostOn(big).readActiveWorkbook()));
    expect(smallSyncs).toBe(2);
    expect(bigSyncs).toBe(smallSyncs);

    const sheet = bigGrid!.sheets[0]!;
    expect(sheet.name).toBe('PL2');
    // Absolute positions: row 2 (0-based) is the header, column B is index 1.
    expect(sheet.values[0]).toEqual([]);
    expect(sheet.values[2]).toEqual([null, 'STT', 'Nội dung', 'Kết quả (số liệu)', 'Tỉ lệ']);
    expect(sheet.values[3]).toEqual([null, 1, 'Mục 1', 10, 0.5]);
    expect(sheet.values[1002]).toEqual([null, 1000, 'Mục 1000', 1009, 0.5]);
    expect(sheet.values).toHaveLength(1003);
    // Number formats of numeric non-General cells only.
    expect(sheet.numFmts['3,4']).toBe('0%');
    expect(sheet.numFmts['1002,4']).toBe('0%');
    expect(sheet.numFmts['3,3']).toBeUndefined();
    expect(Object.keys(sheet.numFmts)).toHaveLength(1000);
    expect(sheet.merges).toEqual([{ top: 2, left: 1, bottom: 2, right: 2 }]);
    expect(bigGrid!.sheets.map((s) => s.name)).toEqual(['PL2', 'Ghi chú']);
    expect(smallGrid!.sheets[0]!.values).toHaveLength(13);
  });

  it('reads workbook names that point at one cell, including quoted sheet names', async () => {
    const fake = new FakeExcel('1.13');
    putRows(fake, 'Biểu số liệu', [[45]], 'D12');
    fake.state.names.set('bieu_1_1_soluong', { name: 'Bieu_1_1_SoLuong', sheet: 'Biểu số liệu', cell: 'D12' });
    fake.state.names.set('bieu_vung', { name: 'Bieu_Vung', sheet: 'Biểu số liệu', cell: 'D12:D14' });
    const grid = await hostOn(fake).readActiveWorkbook();
    expect(grid.definedNames).toEqual([{ name: 'Bieu_1_1_SoLuong', sheet: 'Biểu số liệu', row: 11, col: 3 }]);
  });

  it('reads without merged areas on ExcelApi 1.7, in the same number of syncs, and handles empty sheets', async () => {
    const fake = new FakeExcel('1.7');
    formSheet(fake, 'PL2', 10);
    fake.state.addSheet('Trống');
    let grid: WorkbookGrid | undefined;
    expect(await syncsOf(fake, async () => (grid = await hostOn(fake).readActiveWorkbook()))).toBe(2);
    expect(grid!.sheets[0]!.merges).toEqual([]);
    expect(grid!.sheets[1]).toEqual({ name: 'Trống', values: [], numFmts: {}, merges: [] });
  });
});

describe('readActiveWorkbook on a workbook too large for one response', () => {
  it('reads it again in row chunks, each answer under the limit, to the same grid', async () => {
    const build = (limit: number) => {
      const fake = new FakeExcel('1.13', limit);
      formSheet(fake, 'PL2', 3000);
      putRows(fake, 'Dài', Array.from({ length: 2000 }, (_, i) => [`Dòng ghi chú thật dài số ${i} `.repeat(4), i]));
      return fake;
    };
    const roomy = build(Number.MAX_SAFE_INTEGER);
    const expected = await hostOn(roomy).readActiveWorkbook();
    const oneAnswer = Math.max(...roomy.stats.responseBytes);

    const tight = build(Math.floor(oneAnswer / 2));
    let grid: WorkbookGrid | undefined;
    const syncs = await syncsOf(tight, async () => (grid = await hostOn(tight).readActiveWorkbook()));
    expect(grid).toEqual(expected);
    // list, refused read, sizes, then chunks (a chunk still refused is split in two): a handful, not one per row.
    const refused = tight.stats.responseBytes.filter((b) => b > tight.limit).length;
    expect(refused).toBeGreaterThanOrEqual(1);
    expect(refused).toBeLessThanOrEqual(4);
    expect(syncs).toBeGreaterThan(3);
    expect(syncs).toBeLessThan(20);
  });
});

describe('selectCell', () => {
  it('activates the sheet and selects the cell', async () => {
    const fake = new FakeExcel('1.7');
    putRows(fake, 'Khác', [['a']]);
    putRows(fake, 'Biểu 1', [['b']]);
    await hostOn(fake).selectCell("'Biểu 1'!C8");
    expect(fake.state.active).toBe('Biểu 1');
    expect(fake.state.selection).toBe('Biểu 1!C8');
  });

  it('says in Vietnamese when the sheet is gone', async () => {
    const fake = new FakeExcel('1.7');
    await expect(hostOn(fake).selectCell('PL2!C8')).rejects.toThrow('Không tìm thấy trang tính "PL2"');
  });
});
