import { buildConsolidatedLayout, consolidate } from '../../src/engine/consolidate';
import { QD131 } from '../../src/engine/form/qd131';
import type { WorkbookLayout } from '../../src/engine/layout';
import { buildTemplateLayout } from '../../src/engine/template/build-template-layout';
import { implied, unitInput } from '../consolidate/fixtures';
import { FakeExcel, FakeError, WEB_LIMIT } from './fake-excel';
import { hostOn, putRows, syncsOf } from './support';

function district(units: number): WorkbookLayout {
  const inputs = Array.from({ length: units }, (_, i) =>
    unitInput(`Trường TH Số ${i + 1}`, 'TH', {
      '1.1': implied(40 + (i % 7), 100, 'PL2!C8'),
      '2.1': { count: 300 + i, rate: 90, population: Math.round((300 + i) / 0.9) },
      '3.1': { count: 2, names: ['Zoom', `Nền tảng ${i % 3}`] },
      '4.1': { notApplicable: true },
    }),
  );
  return buildConsolidatedLayout(consolidate(inputs, { form: QD131 }), QD131, { unit: 'Phòng GD&ĐT Huyện Mẫu' });
}

describe('writeWorkbookLayout', () => {
  it('writes the consolidated sheets for 5 and for 100 units in the same number of syncs', async () => {
    const five = new FakeExcel('1.13');
    const hundred = new FakeExcel('1.13');
    const layout5 = district(5);
    const layout100 = district(100);
    let names: string[] = [];
    const syncs5 = await syncsOf(five, async () => (names = await hostOn(five).writeWorkbookLayout(layout5, 'current')));
    const commands5 = five.stats.commands;
    const syncs100 = await syncsOf(hundred, () => hostOn(hundred).writeWorkbookLayout(layout100, 'current'));
    expect(syncs5).toBe(2);
    expect(syncs100).toBe(syncs5);
    expect(names).toEqual(['Tổng hợp', 'Chi tiết đơn vị', 'Kiểm tra', 'Nguồn']);
    // Whole-range writes: 20 times the units is far from 20 times the commands.
    const commands100 = hundred.stats.commands;
    const cells100 = layout100.sheets.reduce((n, s) => n + s.cells.length, 0);
    expect(commands100).toBeLessThan(cells100 / 2);
    expect(commands100).toBeLessThan(commands5 * 5);

    // What was written matches the layout: values, formulas, number formats, merges, widths, freeze.
    for (const sheet of layout100.sheets) {
      const written = hundred.state.sheet(sheet.name)!;
      for (const c of sheet.cells) {
        const cell = written.cells.get(`${c.row},${c.col}`)!;
        if (typeof c.value === 'object' && c.value !== null) expect(cell.formula).toBe(`=${c.value.formula}`);
        else expect(cell.value).toEqual(c.value ?? '');
        const numFmt = c.style?.numFmt ?? sheet.baseStyle.numFmt;
        if (numFmt) expect(cell.numberFormat).toBe(numFmt);
      }
      expect(written.merges).toEqual(expect.arrayContaining(sheet.merges));
      expect(written.merges).toHaveLength(sheet.merges.length);
      if (sheet.freeze) expect(written.freeze).toEqual(sheet.freeze);
      expect(written.columnWidths.size).toBeGreaterThan(0);
      expect(written.page.orientation).toBe(sheet.print.orientation === 'landscape' ? 'Landscape' : 'Portrait');
    }
    expect(hundred.state.active).toBe('Tổng hợp');
  });

  it('writes the official form with its names, validations, unlocked inputs and protection', async () => {
    const fake = new FakeExcel('1.13');
    const layout = buildTemplateLayout(QD131, { level: 'TH', unit: 'Trường TH Ngô Sĩ Liên' });
    await hostOn(fake).writeWorkbookLayout(layout, 'current');
    const sheet = layout.sheets[0]!;
    const written = fake.state.sheet(sheet.name)!;
    const named = sheet.cells.filter((c) => c.name);
    expect(named.length).toBeGreaterThan(10);
    for (const c of named) {
      const name = fake.state.names.get(c.name!.toLowerCase())!;
      expect(name.sheet).toBe(sheet.name);
      expect(fake.state.cell(sheet.name, name.cell)).toBe(written.cells.get(`${c.row},${c.col}`));
    }
    const validated = sheet.cells.filter((c) => c.validation);
    expect(validated.length).toBeGreaterThan(0);
    for (const c of validated) {
      const v = written.cells.get(`${c.row},${c.col}`)!.validation!;
      expect(v.errorAlert).toMatchObject({ showAlert: true, title: c.validation!.errorTitle, message: c.validation!.error });
    }
    for (const c of sheet.cells.filter((x) => x.style?.locked === false)) expect(written.cells.get(`${c.row},${c.col}`)!.locked).toBe(false);
    expect(written.protection.protected).toBe(sheet.protect);
    if (sheet.print.repeatRows) expect(written.page.printTitleRows).toBe(`$${sheet.print.repeatRows[0] + 1}:$${sheet.print.repeatRows[1] + 1}`);
  });

  it('gives a taken sheet name a suffix, points formulas at the new names and overwrites nothing', async () => {
    const fake = new FakeExcel('1.13');
    putRows(fake, 'Tổng hợp', [['số liệu cũ']]);
    putRows(fake, 'chi tiết đơn vị', [['của người dùng']]);
    fake.state.names.set('bieu_tong', { name: 'Bieu_Tong', sheet: 'Tổng hợp', cell: 'A1' });
    const layout: WorkbookLayout = {
      sheets: [
        {
          name: 'Tổng hợp',
          cells: [
            { row: 0, col: 0, value: { formula: "SUM('Chi tiết đơn vị'!B2:B3)" }, name: 'Bieu_Tong' },
            { row: 1, col: 0, value: '- Tổng số giáo viên: 2.023, đạt tỉ lệ: 100%' },
            { row: 2, col: 0, value: '1/2' },
          ],
          merges: [],
          columnWidths: [30],
          print: { orientation: 'portrait', paper: 'A4', fitToWidth: true },
          protect: false,
          baseStyle: {},
        },
        {
          name: 'Chi tiết đơn vị',
          cells: [
            { row: 1, col: 1, value: 5 },
            { row: 2, col: 1, value: 7 },
          ],
          merges: [],
          columnWidths: [],
          print: { orientation: 'landscape', paper: 'A4', fitToWidth: true },
          protect: false,
          baseStyle: {},
        },
      ],
    };
    const names = await hostOn(fake).writeWorkbookLayout(layout, 'current');
    expect(names).toEqual(['Tổng hợp (2)', 'Chi tiết đơn vị (2)']);
    expect(fake.state.cell('Tổng hợp', 'A1').value).toBe('số liệu cũ');
    expect(fake.state.cell('chi tiết đơn vị', 'A1').value).toBe('của người dùng');
    expect(fake.state.cell('Tổng hợp (2)', 'A1').formula).toBe("=SUM('Chi tiết đơn vị (2)'!B2:B3)");
    // Text Excel would take for a formula or a date is written as text.
    expect(fake.state.cell('Tổng hợp (2)', 'A2').value).toBe('- Tổng số giáo viên: 2.023, đạt tỉ lệ: 100%');
    expect(fake.state.cell('Tổng hợp (2)', 'A3').value).toBe('1/2');
    // The workbook name Bieu_Tong is the user's: the new one is scoped to the new sheet.
    expect(fake.state.names.get('bieu_tong')).toEqual({ name: 'Bieu_Tong', sheet: 'Tổng hợp', cell: 'A1' });
    expect(fake.state.sheet('Tổng hợp (2)')!.names.get('bieu_tong')).toEqual({ name: 'Bieu_Tong', cell: 'A1' });
  });

  it('chunks writes above the 5 MB request estimate, and only then', async () => {
    // ~6.5 MB (UTF-8) of Vietnamese text in one sheet: one request would be rejected by Excel on the web.
    const text = 'Trường Tiểu học Ngô Sĩ Liên – kết quả triển khai chuyển đổi số '.repeat(4);
    const big: WorkbookLayout = {
      sheets: [
        {
          name: 'Lớn',
          cells: Array.from({ length: 20_000 }, (_, i) => ({ row: i, col: 0, value: `${text}${i}` })),
          merges: [],
          columnWidths: [60],
          print: { orientation: 'portrait', paper: 'A4', fitToWidth: true },
          protect: false,
          baseStyle: {},
        },
      ],
    };
    const unchunked = new FakeExcel('1.13');
    await expect(hostOn(unchunked, { payloadBudget: Number.MAX_SAFE_INTEGER }).writeWorkbookLayout(big, 'current')).rejects.toBeInstanceOf(FakeError);

    const fake = new FakeExcel('1.13');
    const syncs = await syncsOf(fake, () => hostOn(fake).writeWorkbookLayout(big, 'current'));
    expect(syncs).toBeGreaterThan(2);
    expect(Math.max(...fake.stats.requestBytes)).toBeLessThan(WEB_LIMIT);
    const total = fake.stats.requestBytes.reduce((a, b) => a + b, 0);
    expect(syncs).toBeLessThanOrEqual(2 + Math.ceil(total / (3 * 1024 * 1024))); // chunks, not cells
    expect(fake.state.cell('Lớn', 'A20000').value).toBe(`${text}19999`);

    // The consolidated workbook of 100 units is far below the limit: one write request.
    const small = new FakeExcel('1.13');
    await hostOn(small).writeWorkbookLayout(district(100), 'current');
    expect(small.stats.syncs).toBe(2);
  });

  it("opens a new workbook through Excel.createWorkbook on ExcelApi 1.8, and writes into the open one before", async () => {
    const layout = district(5);
    const fake = new FakeExcel('1.8');
    const created: string[] = [];
    const host = hostOn(fake, {
      createWorkbook: async (b64) => void created.push(b64),
      renderXlsxBase64: async (l) => Buffer.from(l.sheets.map((s) => s.name).join('|')).toString('base64'),
    });
    expect(await host.writeWorkbookLayout(layout, 'new')).toEqual(['Tổng hợp', 'Chi tiết đơn vị', 'Kiểm tra', 'Nguồn']);
    expect(Buffer.from(created[0]!, 'base64').toString()).toBe('Tổng hợp|Chi tiết đơn vị|Kiểm tra|Nguồn');
    expect(fake.state.sheets).toEqual([]);

    const old = new FakeExcel('1.7');
    const oldHost = hostOn(old, { createWorkbook: async () => void created.push('never') });
    expect(await oldHost.writeWorkbookLayout(layout, 'new')).toEqual(['Tổng hợp', 'Chi tiết đơn vị', 'Kiểm tra', 'Nguồn']);
    expect(created).toHaveLength(1);
    expect(old.state.sheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Chi tiết đơn vị', 'Kiểm tra', 'Nguồn']);
    // No data validation before 1.8, no page layout before 1.9: the rest is written.
    expect([...old.state.sheets[0]!.cells.values()].some((c) => c.validation)).toBe(false);
  });
});

describe('insertSheetsFromFiles', () => {
  const file = (name: string, sheets: string[]) => ({ name, base64: Buffer.from(JSON.stringify({ sheets })).toString('base64') });

  it('copies the sheets of received workbooks in (ExcelApi 1.13) and returns the names Excel gave', async () => {
    const fake = new FakeExcel('1.13');
    putRows(fake, 'PL2', [[1]]);
    let names: string[] = [];
    const syncs = await syncsOf(fake, async () => (names = await hostOn(fake).insertSheetsFromFiles!([file('a.xlsx', ['PL2']), file('b.xlsx', ['PL2', 'Khác'])])));
    expect(names).toEqual(['PL2 (2)', 'PL2 (3)', 'Khác']);
    expect(syncs).toBe(2);
  });

  it('says in Vietnamese when the host cannot', async () => {
    const fake = new FakeExcel('1.12');
    await expect(hostOn(fake).insertSheetsFromFiles!([file('a.xlsx', ['PL2'])])).rejects.toThrow('Phiên bản Excel này chưa chép được trang tính');
  });
});
