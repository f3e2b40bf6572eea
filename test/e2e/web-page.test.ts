import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { checkWorkbook } from '../../src/engine/check-workbook';
import { readWorkbookBytes } from '../../src/xlsx/read-workbook';
import { SCREENSHOTS, ensureDir, laoCaiWorkbook, launchChromium, nodeCheck, nodeConsolidate, sampleDistrict, startServer, tempDir } from './support';

let browser: Browser;
let server: { url: string; stop(): void };
let page: Page;
/** Every URL the page asked for: nothing may leave localhost. */
const requested: string[] = [];

beforeAll(async () => {
  ensureDir(SCREENSHOTS);
  server = await startServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.stop();
});

beforeEach(async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, acceptDownloads: true, locale: 'vi-VN' });
  page = await context.newPage();
  page.on('request', (r) => requested.push(r.url()));
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(server.url);
  await page.getByRole('tab', { name: 'Biểu mẫu' }).waitFor();
});

afterEach(async () => {
  await page.context().close();
});

const tab = (name: string) => page.getByRole('tab', { name });
const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, name), fullPage: false });

/** [code, cell] of the issues listed, in list order. */
const listedIssues = (): Promise<Array<[string, string]>> =>
  page.$$eval('[data-issue]', (els) => els.map((e) => [e.getAttribute('data-issue') ?? '', e.getAttribute('data-cell') ?? ''] as [string, string]));

/** [cell, severity] of the cells painted in the grid. */
const paintedCells = (): Promise<Array<[string, string]>> =>
  page.$$eval('td[data-flag]', (els) => els.map((e) => [e.getAttribute('data-cell') ?? '', e.getAttribute('data-flag') ?? ''] as [string, string]));

const localCell = (address: string): string => address.slice(address.lastIndexOf('!') + 1);

async function openForCheck(name: string, buffer: Buffer): Promise<void> {
  await tab('Kiểm tra').click();
  await page.getByTestId('check-file').setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  await page.getByTestId('check-summary').waitFor();
}

describe('the standalone page', () => {
  it('opens in Vietnamese, with nothing from the network', async () => {
    expect(await page.title()).toBe('Bieu – Kiểm tra và tổng hợp Biểu số liệu');
    for (const name of ['Biểu mẫu', 'Kiểm tra', 'Tổng hợp']) expect(await tab(name).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Bieu – Biểu số liệu');
    await page.getByRole('button', { name: 'Tải biểu mẫu' }).waitFor();
    const origin = new URL(server.url).origin;
    expect(requested.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
  });

  it('downloads the blank form, with its named input cells', async () => {
    await page.getByTestId('template-level').selectOption('THCS');
    await page.getByTestId('template-unit').fill('Trường THCS Lê Lợi');
    await shot('1-bieu-mau.png');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải biểu mẫu' }).click()]);
    expect(download.suggestedFilename()).toBe('bieu-so-lieu.xlsx');
    const path = join(tempDir('bieu-e2e-form-'), 'bieu-so-lieu.xlsx');
    await download.saveAs(path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.worksheets.map((w) => w.name)).toContain('Biểu số liệu');
    const names = (wb.definedNames as unknown as { model: Array<{ name: string }> }).model.map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['Bieu_1_1_SoLuong']));
    expect(names.length).toBeGreaterThan(20);
    const texts: string[] = [];
    wb.getWorksheet('Biểu số liệu')!.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts.some((t) => t.toUpperCase().includes('TRƯỜNG THCS LÊ LỢI'))).toBe(true);
    // The downloaded form reads back as this form.
    const report = checkWorkbook(readWorkbookBytes(new Uint8Array(readFileSync(path))), { path });
    expect(report.template).toBe('qd131');
    expect(await page.getByText('Đã tải về tệp bieu-so-lieu.xlsx.').count()).toBe(1);
  });

  it('shows an opened workbook as a grid with its flags, and a click on a flag goes to its cell', async () => {
    const buffer = await laoCaiWorkbook();
    await openForCheck('lao-cai.xlsx', buffer);
    const listed = await listedIssues();
    expect(listed).toContainEqual(['RATE_MISMATCH', 'PL2!C12']);
    // The page finds exactly what the engine finds in Node.
    const expected = checkWorkbook(readWorkbookBytes(new Uint8Array(buffer)), { path: 'lao-cai.xlsx' }).issues;
    expect(listed.slice().sort()).toEqual(expected.map((i) => [i.code, i.cell ?? ''] as [string, string]).sort());
    const painted = await paintedCells();
    expect(painted).toContainEqual(['C12', 'error']);
    expect(painted.map(([c]) => c).sort()).toEqual([...new Set(expected.filter((i) => i.cell).map((i) => localCell(i.cell!)))].sort());
    expect(await page.getByTestId('check-unit').textContent()).toBe('Đơn vị: Trường TH Ngô Sĩ Liên');

    await page.locator('[data-issue="RATE_MISMATCH"][data-cell="PL2!C12"]').click();
    const selected = page.locator('td[aria-selected="true"]');
    await expect1(selected, 'C12');
    expect(await selected.isVisible()).toBe(true);
    await shot('3-kiem-tra-chon-o.png');

    await page.getByRole('button', { name: 'Xóa đánh dấu' }).click();
    await page.getByText('Đã xóa đánh dấu.').waitFor();
    expect(await paintedCells()).toEqual([]);
  });

  it('flags a sample school workbook as the engine does in Node', async () => {
    const files = await sampleDistrict();
    // The first file the engine finds errors in.
    const path = files.find((p) => nodeCheck(p).flags.length >= 2)!;
    const expected = nodeCheck(path);
    await openForCheck(basename(path), readFileSync(path));
    expect((await listedIssues()).slice().sort()).toEqual(expected.issues.map(([code, cell]) => [code, cell ?? ''] as [string, string]).sort());
    const painted = (await paintedCells()).map(([c]) => c).sort();
    expect(painted).toEqual([...new Set(expected.flags.map(([, cell]) => localCell(cell)))].sort());
    await page.locator('[data-issue]').first().click();
    await shot('2-kiem-tra.png');
  });

  it('works from the keyboard: Tab reaches the issue list, Enter selects the cell', async () => {
    await openForCheck('lao-cai.xlsx', await laoCaiWorkbook());
    await page.getByRole('button', { name: 'Xóa đánh dấu' }).focus();
    let focused: { issue: string | null; cell: string | null } = { issue: null, cell: null };
    for (let i = 0; i < 40 && !focused.issue; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => ({ issue: document.activeElement?.getAttribute('data-issue') ?? null, cell: document.activeElement?.getAttribute('data-cell') ?? null }));
    }
    expect(focused.issue).not.toBeNull();
    await page.keyboard.press('Enter');
    await expect1(page.locator('td[aria-selected="true"]'), localCell(focused.cell!));
    // ↓ then Space moves to and selects the next issue.
    await page.keyboard.press('ArrowDown');
    const next = await page.evaluate(() => document.activeElement?.getAttribute('data-cell') ?? null);
    await page.keyboard.press(' ');
    if (next) await expect1(page.locator('td[aria-selected="true"]'), localCell(next));
  });

  it('consolidates the sample district and downloads the workbook, with the engine’s figures', async () => {
    const files = await sampleDistrict();
    const expected = nodeConsolidate(files);
    await tab('Tổng hợp').click();
    await page.getByTestId('consolidate-files').setInputFiles(files);
    const button = page.getByRole('button', { name: 'Tổng hợp', exact: true });
    await page.getByText(/^Đã tổng hợp \d+ đơn vị/).waitFor({ timeout: 120000 });
    const rows = await page.$$eval('[data-file]', (els) => els.map((e) => [e.getAttribute('data-file'), e.getAttribute('data-status')]));
    expect(rows).toHaveLength(files.length);
    const statusOf = { included: 'valid', duplicate: 'duplicate', rejected: 'rejected', excluded: 'excluded' } as const;
    const expectedRows = expected.sources.map((s) => {
      const unit = [...expected.included, ...expected.excluded].find((u) => u.path === s.path);
      const status = s.status === 'included' && unit && unit.errors > 0 ? 'errors' : statusOf[s.status];
      return [s.path, status];
    });
    expect(rows).toEqual(expectedRows);
    expect(await page.getByText(`Đã tổng hợp ${expected.included.length} đơn vị`).count()).toBe(1);
    await shot('4-tong-hop.png');

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120000 }), button.click()]);
    expect(download.suggestedFilename()).toBe('tong-hop.xlsx');
    const path = join(tempDir('bieu-e2e-out-'), 'tong-hop.xlsx');
    await download.saveAs(path);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Chi tiết đơn vị', 'Kiểm tra', 'Nguồn']);
    const summary: string[] = [];
    wb.getWorksheet('Tổng hợp')!.eachRow((row) => row.eachCell((c) => summary.push(typeof c.value === 'object' && c.value && 'result' in c.value ? String(c.value.result) : String(c.value))));
    const teachers = expected.items['1.1']!.count!;
    expect(summary.some((t) => t.includes(`giáo viên có máy tính: ${teachers.toLocaleString('vi-VN')}`))).toBe(true);
    expect(wb.getWorksheet('Nguồn')!.actualRowCount).toBeGreaterThanOrEqual(files.length);

    // Read back by the engine, the downloaded workbook gives the figures the engine computes in Node.
    const back = checkWorkbook(readWorkbookBytes(new Uint8Array(readFileSync(path))), { path });
    for (const code of ['1.1', '1.3', '2.1', '2.3']) {
      const want = expected.items[code]!;
      expect([code, back.items[code]?.count, back.items[code]?.population]).toEqual([code, want.count, want.population]);
    }
    console.log(`e2e: sample district, ${files.length} files, ${expected.included.length} units; 1.1 = ${teachers} teachers with computers`);
  });
});

/** Waits until the locator is one cell whose data-cell is `cell`. */
async function expect1(locator: ReturnType<Page['locator']>, cell: string): Promise<void> {
  await locator.first().waitFor();
  expect(await locator.count()).toBe(1);
  expect(await locator.getAttribute('data-cell')).toBe(cell);
}

