import { FLAG_MEMORY_KEY } from '../../src/addin/office/flag-memory';
import { FakeExcel, NO_FILL } from './fake-excel';
import { fillOf, hostOn, issue, putRows, setFill, syncsOf } from './support';

const LIGHT_RED = { pattern: 'Solid', color: '#FFC7CE', patternColor: '#000000' };
const LIGHT_YELLOW = { pattern: 'Solid', color: '#FFEB9C', patternColor: '#000000' };
const BLUE = { pattern: 'Solid', color: '#00B0F0', patternColor: '#000000' };
const HATCHED = { pattern: 'Gray25', color: '#FFFF00', patternColor: '#FF0000' };

function workbook(version: string, rows = 400): FakeExcel {
  const fake = new FakeExcel(version);
  putRows(fake, 'PL2', Array.from({ length: rows }, (_, i) => [i + 1, `Mục ${i + 1}`, i]));
  return fake;
}

const issuesFor = (n: number) => Array.from({ length: n }, (_, i) => issue(`PL2!C${i + 1}`, i % 2 ? 'warning' : 'error'));

describe('paintFlags / clearFlags', () => {
  it('paints 3 and 300 flags in the same number of syncs', async () => {
    const few = workbook('1.13');
    const many = workbook('1.13');
    const fewSyncs = await syncsOf(few, () => hostOn(few).paintFlags(issuesFor(3)));
    const manySyncs = await syncsOf(many, () => hostOn(many).paintFlags(issuesFor(300)));
    expect(fewSyncs).toBe(3);
    expect(manySyncs).toBe(fewSyncs);
    expect(fillOf(many, 'PL2', 'C1')).toEqual(LIGHT_RED);
    expect(fillOf(many, 'PL2', 'C2')).toEqual(LIGHT_YELLOW);
    expect(fillOf(many, 'PL2', 'C300')).toEqual(LIGHT_YELLOW);
    expect(fillOf(many, 'PL2', 'C301')).toEqual(NO_FILL);
    expect(many.state.comments).toHaveLength(300);
    // Clearing 3 and 300 flags: the same, too.
    const fewClear = await syncsOf(few, () => hostOn(few).clearFlags());
    const manyClear = await syncsOf(many, () => hostOn(many).clearFlags());
    expect(manyClear).toBe(fewClear);
    expect(manyClear).toBe(3);
  });

  it('restores each previous fill exactly: no fill, a solid colour, a pattern', async () => {
    const fake = workbook('1.13');
    setFill(fake, 'PL2', 'C2', BLUE);
    setFill(fake, 'PL2', 'C3', HATCHED);
    const host = hostOn(fake);
    await host.paintFlags([issue('PL2!C1'), issue('PL2!C2', 'warning'), issue('PL2!C3')]);
    const shown = (ref: string) => {
      const { pattern, color } = fillOf(fake, 'PL2', ref);
      return { pattern, color };
    };
    expect([shown('C1'), shown('C2'), shown('C3')]).toEqual([
      { pattern: 'Solid', color: '#FFC7CE' },
      { pattern: 'Solid', color: '#FFEB9C' },
      { pattern: 'Solid', color: '#FFC7CE' },
    ]);
    await host.clearFlags();
    expect(fillOf(fake, 'PL2', 'C1')).toEqual(NO_FILL);
    expect(fillOf(fake, 'PL2', 'C2')).toEqual(BLUE);
    expect(fillOf(fake, 'PL2', 'C3')).toEqual(HATCHED);
    expect(fake.state.comments).toEqual([]);
    expect(fake.state.settings.has(FLAG_MEMORY_KEY)).toBe(false);
  });

  it('puts the message in a comment, one per cell, most severe colour wins', async () => {
    const fake = workbook('1.13');
    await hostOn(fake).paintFlags([
      issue('PL2!C5', 'warning', 'Mục 2.1: giá trị bất thường.'),
      issue('PL2!C5', 'error', 'Mục 2.1: tỉ lệ ghi 64,4% nhưng số lượng chia tổng số cho 74,4%.'),
      { code: 'TEMPLATE_MISMATCH', severity: 'error', message: 'không có ô' },
    ]);
    expect(fillOf(fake, 'PL2', 'C5')).toEqual(LIGHT_RED);
    expect(fake.state.comments.map(({ sheet, cell, content }) => [sheet, cell, content])).toEqual([
      ['PL2', 'C5', 'Bieu: Mục 2.1: giá trị bất thường.\nMục 2.1: tỉ lệ ghi 64,4% nhưng số lượng chia tổng số cho 74,4%.'],
    ]);
  });

  it('adds comments only where ExcelApi 1.10 is supported', async () => {
    const old = workbook('1.9');
    await hostOn(old).paintFlags(issuesFor(4));
    expect(old.state.comments).toEqual([]);
    expect(fillOf(old, 'PL2', 'C1')).toEqual(LIGHT_RED);
    expect(hostOn(old).capabilities()).toEqual({ comments: false, insertSheets: false });
    expect(hostOn(workbook('1.10')).capabilities()).toEqual({ comments: true, insertSheets: false });
    expect(hostOn(workbook('1.13')).capabilities()).toEqual({ comments: true, insertSheets: true });
  });

  it('works on ExcelApi 1.7 (no fill pattern): colours restored, no fill restored as no fill', async () => {
    const fake = workbook('1.7');
    setFill(fake, 'PL2', 'C2', BLUE);
    const host = hostOn(fake);
    expect(await syncsOf(fake, () => host.paintFlags(issuesFor(3)))).toBe(3);
    expect(fillOf(fake, 'PL2', 'C2')).toEqual(LIGHT_YELLOW);
    await host.clearFlags();
    expect(fillOf(fake, 'PL2', 'C1')).toEqual(NO_FILL);
    expect(fillOf(fake, 'PL2', 'C2')).toEqual(BLUE);
    expect(fillOf(fake, 'PL2', 'C3')).toEqual(NO_FILL);
  });

  it('remembers painted cells in the workbook, so a reloaded task pane can clear them', async () => {
    const fake = workbook('1.13');
    setFill(fake, 'PL2', 'C1', BLUE);
    await hostOn(fake).paintFlags([issue('PL2!C1')]);
    const stored = JSON.parse(fake.state.settings.get(FLAG_MEMORY_KEY) as string);
    expect(stored.flags).toEqual([{ sheet: 'PL2', cell: 'C1', before: { pattern: 'Solid', color: '#00B0F0', patternColor: '#000000' }, painted: 'FFC7CE', comment: true }]);
    await hostOn(fake).clearFlags(); // a new host: the task pane was reloaded
    expect(fillOf(fake, 'PL2', 'C1')).toEqual(BLUE);
  });

  it('checking again clears the previous flags first, and a cell flagged twice keeps its original fill', async () => {
    const fake = workbook('1.13');
    setFill(fake, 'PL2', 'C2', BLUE);
    const host = hostOn(fake);
    await host.paintFlags([issue('PL2!C1'), issue('PL2!C2')]);
    await host.paintFlags([issue('PL2!C2', 'warning'), issue('PL2!C3')]);
    expect(fillOf(fake, 'PL2', 'C1')).toEqual(NO_FILL); // fixed: flag gone
    expect(fillOf(fake, 'PL2', 'C2')).toEqual(LIGHT_YELLOW);
    expect(fillOf(fake, 'PL2', 'C3')).toEqual(LIGHT_RED);
    expect(fake.state.comments.map((c) => c.cell).sort()).toEqual(['C2', 'C3']);
    await host.clearFlags();
    expect(fillOf(fake, 'PL2', 'C2')).toEqual(BLUE);
    expect(fillOf(fake, 'PL2', 'C3')).toEqual(NO_FILL);
  });

  it("leaves a fill the user changed after painting, and never touches the user's own comments", async () => {
    const fake = workbook('1.13');
    fake.state.comments.push({ id: 'mine', sheet: 'PL2', cell: 'C2', content: 'Ghi chú của tôi' });
    const host = hostOn(fake);
    await host.paintFlags([issue('PL2!C1'), issue('PL2!C2')]);
    expect(fake.state.comments.map((c) => [c.cell, c.content])).toEqual([
      ['C2', 'Ghi chú của tôi'],
      ['C1', 'Bieu: Lỗi ở PL2!C1'],
    ]);
    setFill(fake, 'PL2', 'C1', BLUE); // the user recoloured the cell
    await host.clearFlags();
    expect(fillOf(fake, 'PL2', 'C1')).toEqual(BLUE);
    expect(fillOf(fake, 'PL2', 'C2')).toEqual(NO_FILL);
    expect(fake.state.comments.map((c) => c.content)).toEqual(['Ghi chú của tôi']);
  });

  it('paints a sheet protected without a password and protects it again with the same options', async () => {
    const fake = workbook('1.13');
    const sheet = fake.state.sheet('PL2')!;
    sheet.protection = { protected: true, options: { allowFormatColumns: true, allowFormatRows: true } };
    await hostOn(fake).paintFlags([issue('PL2!C1')]);
    expect(fillOf(fake, 'PL2', 'C1')).toEqual(LIGHT_RED);
    expect(sheet.protection).toEqual({ protected: true, options: { allowFormatColumns: true, allowFormatRows: true } });
    await hostOn(fake).clearFlags();
    expect(fillOf(fake, 'PL2', 'C1')).toEqual(NO_FILL);
    expect(sheet.protection.protected).toBe(true);
  });

  it('leaves sheets protected with a password unpainted (the list still shows them), and paints the others', async () => {
    const fake = workbook('1.13');
    putRows(fake, 'Khóa', [[1, 2, 3]]);
    fake.state.sheet('Khóa')!.protection = { protected: true, options: {}, password: 'bí mật' };
    const host = hostOn(fake);
    await host.paintFlags([issue('Khóa!C1'), issue('PL2!C1')]);
    expect(fillOf(fake, 'Khóa', 'C1')).toEqual(NO_FILL);
    expect(fillOf(fake, 'PL2', 'C1')).toEqual(LIGHT_RED);
    expect(host.lastFlagResult()).toEqual({ painted: 1, restored: 0, lockedSheets: ['Khóa'] });
    expect(fake.state.sheet('Khóa')!.protection.protected).toBe(true);
  });

  it('ignores flags on sheets that no longer exist, and clearing with nothing painted is one sync', async () => {
    const fake = workbook('1.13');
    const host = hostOn(fake);
    await host.paintFlags([issue('Đã xóa!C1'), issue('PL2!C1')]);
    expect(fillOf(fake, 'PL2', 'C1')).toEqual(LIGHT_RED);
    await host.clearFlags();
    expect(await syncsOf(fake, () => host.clearFlags())).toBe(1);
  });
});
