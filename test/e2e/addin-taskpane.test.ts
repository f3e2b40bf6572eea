/**
 * The Excel add-in's task pane, end to end: the production build (build/taskpane.html) in Debian's
 * Chromium, with Office.js replaced by a stub over the fake Excel object model of the host tests
 * (test/e2e/office-stub). Everything between the click and the workbook is real: React, the engine,
 * the consolidation worker, src/addin/excel-host.ts and src/addin/office/**.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { QD131 } from '../../src/engine/form/qd131';
import { checkWorkbook } from '../../src/engine/check-workbook';
import { buildConsolidatedLayout } from '../../src/engine/consolidate';
import { a1, cellKey, parseA1, parseCellAddress, type CellValue, type WorkbookGrid } from '../../src/engine/grid';
import { isFormula, type SheetLayout } from '../../src/engine/layout';
import { buildTemplateLayout, TEMPLATE_SHEET_NAME } from '../../src/engine/template/build-template-layout';
import { buildOfficeStub } from './office-stub/build-stub';
import type { FakeHandle, SeedSheet, StubFill, StubSeed, SyncSnapshot, WorkbookSnapshot } from './office-stub/stub-types';
import { ROOT, SCREENSHOTS, ensureDir, launchChromium, nodeConsolidate, sampleDistrict, startServer } from './support';

const TASKPANE = join(ROOT, 'build/taskpane.html');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

let browser: Browser;
let server: { url: string; stop(): void };
let officeJs: string;
let page: Page;
/** Requests that left localhost other than office.js: there must be none. */
let strayRequests: string[] = [];
let pageErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(TASKPANE)) {
    throw new Error(`${TASKPANE} is missing: build the add-in first (npx webpack --mode production, or run bash scripts/test-e2e.sh).`);
  }
  const stale = newestUnder(join(ROOT, 'src'));
  if (stale.mtimeMs > statSync(TASKPANE).mtimeMs) console.warn(`build/taskpane.html is older than ${stale.path}: bash scripts/test-e2e.sh rebuilds it.`);
  ensureDir(SCREENSHOTS);
  [officeJs, server, browser] = await Promise.all([buildOfficeStub(), startServer(), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  server?.stop();
});

afterEach(async () => {
  await page?.context().close();
  expect(pageErrors).toEqual([]);
  expect(strayRequests).toEqual([]);
});

/** Opens the task pane (a task pane's width) over a fake workbook seeded with `seed`. */
async function openTaskPane(seed: StubSeed): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: 'vi-VN' });
  page = await context.newPage();
  strayRequests = [];
  pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const origin = new URL(server.url).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) {
      return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: officeJs });
    }
    if (url.startsWith(origin) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    strayRequests.push(url);
    return route.abort();
  });
  await page.addInitScript((s) => {
    (window as unknown as { __BIEU_SEED__: unknown }).__BIEU_SEED__ = s;
  }, seed);
  await page.goto(new URL('taskpane.html', server.url).href);
  await page.getByRole('tab', { name: 'Biểu mẫu' }).waitFor();
}

const fakeCall = <T>(fn: (fake: FakeHandle) => T): Promise<T> =>
  page.evaluate(`(${fn.toString()})(window.__BIEU_FAKE__)`) as Promise<T>;
const snapshot = (): Promise<WorkbookSnapshot> => fakeCall((f) => f.snapshot());
const stats = (): Promise<SyncSnapshot> => fakeCall((f) => f.stats());
const resetStats = (): Promise<SyncSnapshot> => fakeCall((f) => f.resetStats());

const tab = (name: string) => page.getByRole('tab', { name, exact: true });
const button = (name: string) => page.getByRole('button', { name, exact: true });
const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `addin-${name}.png`), fullPage: true });

const sheetOf = (snap: WorkbookSnapshot, name: string) => {
  const s = snap.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet "${name}" in ${snap.sheets.map((x) => x.name).join(', ')}`);
  return s;
};

/** The fake workbook as the engine's plain grid (formulas have no computed value in the fake). */
function gridOf(snap: WorkbookSnapshot, sheets: readonly string[]): WorkbookGrid {
  return {
    sheets: sheets.map((name) => {
      const s = sheetOf(snap, name);
      const values: CellValue[][] = [];
      const numFmts: Record<string, string> = {};
      for (const [ref, c] of Object.entries(s.cells)) {
        if (c.formula !== undefined || c.value === '') continue;
        const { row, col } = parseA1(ref)!;
        (values[row] ??= [])[col] = c.value;
        if (typeof c.value === 'number' && c.numberFormat !== 'General') numFmts[cellKey(row, col)] = c.numberFormat;
      }
      for (let r = 0; r < values.length; r++) values[r] = Array.from(values[r] ?? [], (v) => v ?? null);
      return { name, values, numFmts, merges: s.merges };
    }),
    definedNames: snap.names.filter((n) => sheets.includes(n.sheet)).map((n) => ({ name: n.name, sheet: n.sheet, ...parseA1(n.cell)! })),
  };
}

/** Every value and formula of the layout sits at its address in the written sheet. */
function expectWritten(snap: WorkbookSnapshot, sheetName: string, layout: SheetLayout): void {
  const cells = sheetOf(snap, sheetName).cells;
  const want: Array<[string, unknown]> = [];
  const got: Array<[string, unknown]> = [];
  for (const c of layout.cells) {
    if (c.value === null || c.value === '') continue;
    const ref = a1(c.row, c.col);
    const w = cells[ref];
    if (isFormula(c.value)) {
      want.push([ref, `=${c.value.formula}`]);
      got.push([ref, w?.formula]);
    } else {
      want.push([ref, c.value]);
      got.push([ref, w?.value]);
    }
  }
  expect(got).toEqual(want);
}

/** [code, cell] of the issues listed in the task pane, in list order. */
const listedIssues = (): Promise<Array<[string, string]>> =>
  page.$$eval('[data-issue]', (els) => els.map((e) => [e.getAttribute('data-issue') ?? '', e.getAttribute('data-cell') ?? ''] as [string, string]));

describe('the Excel add-in task pane over a fake Excel', () => {
  it('opens in Vietnamese once Office is ready', async () => {
    await openTaskPane({ apiVersion: '1.13', sheets: [{ name: 'Sheet1', values: [] }] });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Bieu – Biểu số liệu');
    expect(await page.getByRole('tab').count()).toBe(3);
    for (const name of ['Biểu mẫu', 'Kiểm tra', 'Tổng hợp']) expect(await page.getByRole('tab', { name, exact: true }).count()).toBe(1);
    expect(await tab('Biểu mẫu').getAttribute('aria-selected')).toBe('true');
    // The add-in's wording, not the web page's: it inserts into the open workbook.
    await button('Chèn biểu mẫu').waitFor();
    expect(await page.getByText('Chọn cấp đơn vị và tên đơn vị, rồi chèn biểu mẫu chính thức (QĐ 131) để điền.').count()).toBe(1);
    await tab('Kiểm tra').click();
    await button('Kiểm tra bảng tính').waitFor();
    expect(await page.getByTestId('check-file').count()).toBe(0); // no file picker: Excel checks the open workbook
    await tab('Tổng hợp').click();
    expect(await page.getByRole('radio').count()).toBe(2);
    expect(await page.getByRole('radio', { name: 'Bảng tính mới' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Bảng tính đang mở' }).isChecked()).toBe(false);
    await tab('Biểu mẫu').click();
    await shot('0-mo');
    // Nothing touched the workbook yet.
    expect(await stats()).toEqual({ syncs: 0, commands: 0, largestRequest: 0 });
  });

  it('Biểu mẫu: inserts the official form as a new sheet, suffixed when the name is taken', async () => {
    const existing: SeedSheet = { name: TEMPLATE_SHEET_NAME, values: [['Bảng của tôi, không được ghi đè']] };
    await openTaskPane({ apiVersion: '1.13', sheets: [existing] });
    await page.getByTestId('template-level').selectOption({ label: 'Tiểu học' });
    await page.getByTestId('template-unit').fill('Trường Tiểu học Ngô Sĩ Liên');
    await button('Chèn biểu mẫu').click();
    const inserted = `${TEMPLATE_SHEET_NAME} (2)`;
    await page.getByText(`Đã chèn biểu mẫu vào trang tính ${inserted}.`).waitFor();
    await shot('1-bieu-mau');

    const snap = await snapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual([TEMPLATE_SHEET_NAME, inserted]);
    expect(sheetOf(snap, TEMPLATE_SHEET_NAME).cells['A1']?.value).toBe('Bảng của tôi, không được ghi đè');
    expect(Object.keys(sheetOf(snap, TEMPLATE_SHEET_NAME).cells)).toEqual(['A1']);
    expect(snap.active).toBe(inserted);
    // The same form as `bieu template qd131 --level TH`: every text and formula at its place…
    const layout = buildTemplateLayout(QD131, { level: 'TH', unit: 'Trường Tiểu học Ngô Sĩ Liên' });
    expectWritten(snap, inserted, layout.sheets[0]!);
    const texts = Object.values(sheetOf(snap, inserted).cells).map((c) => String(c.value));
    expect(texts.some((t) => /^BIỂU SỐ LIỆU/.test(t))).toBe(true);
    expect(texts).toContain('TRƯỜNG TIỂU HỌC NGÔ SĨ LIÊN');
    // …and its input cells named, on the new sheet.
    const named = layout.sheets[0]!.cells.filter((c) => c.name).map((c) => ({ name: c.name!, sheet: inserted, cell: a1(c.row, c.col) }));
    expect(named.length).toBeGreaterThan(20);
    expect(snap.names).toEqual(expect.arrayContaining(named));
    expect(snap.names.find((n) => n.name === 'Bieu_1_1_SoLuong')).toEqual(named.find((n) => n.name === 'Bieu_1_1_SoLuong'));
    // The inserted sheet reads back as this form, by its names.
    const report = checkWorkbook(gridOf(snap, [inserted]), { path: 'taskpane' });
    expect([report.template, report.unit]).toEqual(['qd131', 'Trường Tiểu học Ngô Sĩ Liên']);
  });

  describe.each([
    ['1.10', true],
    ['1.7', false],
  ])('Kiểm tra on ExcelApi %s', (apiVersion, comments) => {
    it(`lists the planted RATE_MISMATCH, paints its cell${comments ? ' with a comment' : ', no comment'}, selects it, and restores the fill`, async () => {
      const custom: StubFill = { pattern: 'Solid', color: '#00B0F0', patternColor: '#000000' };
      const form = laoCaiSheet();
      await openTaskPane({ apiVersion, sheets: [{ name: 'Ghi chú', values: [['Bảng tính của phòng']] }, { ...form, fills: { C12: custom } }] });
      const before = await snapshot();
      expect(sheetOf(before, 'PL2').cells['C12']!.fill).toEqual(custom);

      // What the engine finds in the same rows, in Node.
      const expected = checkWorkbook(gridOf(before, ['Ghi chú', 'PL2']), { path: 'Bảng tính đang mở' }).issues;
      expect(expected.map((i) => [i.item, i.code, i.cell])).toContainEqual(['8.1', 'RATE_MISMATCH', 'PL2!C12']);

      await tab('Kiểm tra').click();
      await resetStats();
      await button('Kiểm tra bảng tính').click();
      await page.getByTestId('check-summary').waitFor();
      const listed = await listedIssues();
      expect(listed).toContainEqual(['RATE_MISMATCH', 'PL2!C12']);
      expect(listed.slice().sort()).toEqual(expected.map((i) => [i.code, i.cell ?? ''] as [string, string]).sort());
      expect(await page.getByTestId('check-unit').textContent()).toBe('Đơn vị: Trường TH Ngô Sĩ Liên');
      const errors = expected.filter((i) => i.severity === 'error').length;
      expect(await page.getByTestId('check-summary').textContent()).toBe(`${errors} lỗi, ${expected.length - errors} cảnh báo`);
      // Reading the workbook (2 syncs) and painting its flags (3): never one per cell.
      expect((await stats()).syncs).toBe(5);

      const painted = await snapshot();
      const flagged = [...new Set(expected.filter((i) => i.cell).map((i) => i.cell!))];
      for (const address of flagged) {
        const { sheet, row, col } = parseCellAddress(address)!;
        const severity = expected.some((i) => i.cell === address && i.severity === 'error') ? 'error' : 'warning';
        expect([address, sheetOf(painted, sheet).cells[a1(row, col)]?.fill]).toEqual([
          address,
          { pattern: 'Solid', color: severity === 'error' ? '#FFC7CE' : '#FFEB9C', patternColor: '#000000' },
        ]);
      }
      if (comments) {
        const message = expected.find((i) => i.code === 'RATE_MISMATCH')!.message;
        expect(painted.comments.map((c) => [c.sheet, c.cell])).toEqual(flagged.map((a) => ['PL2', a.slice(a.indexOf('!') + 1)]));
        expect(painted.comments.find((c) => c.cell === 'C12')!.content).toContain(message);
        expect(painted.comments.every((c) => c.content.startsWith('Bieu: '))).toBe(true);
      } else {
        expect(painted.comments).toEqual([]);
      }

      // A click on the issue goes to its cell in Excel.
      const item = page.locator('[data-issue="RATE_MISMATCH"][data-cell="PL2!C12"]');
      await page.getByRole('tab', { name: 'Kiểm tra' }).focus();
      await item.click();
      await page.waitForFunction(() => (window as unknown as { __BIEU_FAKE__: FakeHandle }).__BIEU_FAKE__.snapshot().selection === 'PL2!C12');
      const selected = await snapshot();
      expect([selected.active, selected.selection]).toEqual(['PL2', 'PL2!C12']);
      expect(await item.getAttribute('aria-pressed')).toBe('true');
      await shot(`2-kiem-tra-${apiVersion}`);

      // "Xóa đánh dấu": every fill back as it was, comments and memory gone.
      await button('Xóa đánh dấu').click();
      await page.getByText('Đã xóa đánh dấu.').waitFor();
      const cleared = await snapshot();
      expect(sheetOf(cleared, 'PL2').cells['C12']!.fill).toEqual(custom);
      expect(sheetOf(cleared, 'PL2').cells).toEqual(sheetOf(before, 'PL2').cells);
      expect(cleared.comments).toEqual([]);
      expect(cleared.settings).toEqual([]);
      if (!comments) await shot('3-xoa-danh-dau');
    });
  });

  it('Kiểm tra again after a fix: the list and the flags follow the workbook', async () => {
    await openTaskPane({ apiVersion: '1.13', sheets: [laoCaiSheet()] });
    await tab('Kiểm tra').click();
    await button('Kiểm tra bảng tính').click();
    await page.getByTestId('check-summary').waitFor();
    expect(await listedIssues()).toContainEqual(['RATE_MISMATCH', 'PL2!C12']);
    expect(sheetOf(await snapshot(), 'PL2').cells['C12']!.fill.color).toBe('#FFC7CE');

    // The user corrects the rate in Excel: 168/612 is 27,5 %.
    await fakeCall((f) => f.setValue('PL2', 'C12', '- Tổng số cơ sở giáo dục đã triển khai: 168/612 trường (đạt 27,5%)'));
    await button('Kiểm tra lại').click();
    await page.waitForFunction(() => !document.querySelector('[data-issue="RATE_MISMATCH"]'));
    const after = await snapshot();
    expect(after.sheets[0]!.cells['C12']!.fill).toEqual({ pattern: 'None', color: '#FFFFFF', patternColor: '#000000' });
    expect(after.comments.some((c) => c.cell === 'C12')).toBe(false);
  });

  describe('Tổng hợp', () => {
    let schools: string[];
    beforeAll(async () => {
      schools = (await sampleDistrict()).filter((p) => /^(mn|th|thcs)-/.test(basename(p)));
    });
    /** n school files spread over the district (MN, TH and THCS). */
    const pick = (n: number): string[] => Array.from({ length: n }, (_, i) => schools[Math.floor((i * schools.length) / n)]!);

    async function consolidateInto(target: 'Bảng tính đang mở' | 'Bảng tính mới', files: string[], screenshot?: string) {
      await openTaskPane({ apiVersion: '1.13', sheets: [{ name: 'Sheet1', values: [['Sổ theo dõi']] }] });
      await tab('Tổng hợp').click();
      await page.getByTestId('consolidate-files').setInputFiles(files);
      await page.getByText(/^Đã tổng hợp \d+ đơn vị/).waitFor({ timeout: 120000 });
      expect(await page.locator('[data-file]').count()).toBe(files.length);
      await page.getByRole('radio', { name: target }).check();
      if (screenshot) await shot(`${screenshot}-doc`);
      // Reading and checking the files never touches Excel; only the write does.
      expect((await stats()).syncs).toBe(0);
      await button('Tổng hợp').click();
      await page.getByText(/^Đã ghi các trang:/).waitFor({ timeout: 120000 });
      if (screenshot) await shot(screenshot);
      return { syncs: await stats(), snap: await snapshot(), written: await page.getByText(/^Đã ghi các trang:/).textContent() };
    }

    it('writes Tổng hợp, Chi tiết đơn vị, Kiểm tra and Nguồn into the open workbook, in the same number of syncs for 5 and 20 files', async () => {
      const five = await consolidateInto('Bảng tính đang mở', pick(5));
      const twenty = await consolidateInto('Bảng tính đang mở', pick(20), '4-tong-hop');
      const sheets = ['Tổng hợp', 'Chi tiết đơn vị', 'Kiểm tra', 'Nguồn'];
      for (const run of [five, twenty]) {
        expect(run.snap.sheets.map((s) => s.name)).toEqual(['Sheet1', ...sheets]);
        expect(run.written).toBe(`Đã ghi các trang: ${sheets.join(', ')}.`);
        expect(run.snap.active).toBe('Tổng hợp');
        expect(run.snap.createdWorkbooks).toBe(0);
        expect(sheetOf(run.snap, 'Sheet1').cells['A1']!.value).toBe('Sổ theo dõi');
      }
      expect(five.syncs.syncs).toBe(twenty.syncs.syncs);
      expect(twenty.syncs.syncs).toBe(2); // learn the names in use; write everything
      expect(twenty.syncs.largestRequest).toBeLessThan(5 * 1024 * 1024);

      // The figures are the engine's, as the command line writes them.
      const files = pick(20);
      const expected = nodeConsolidate(files);
      const layout = buildConsolidatedLayout(expected, QD131);
      expectWritten(twenty.snap, 'Tổng hợp', layout.sheets.find((s) => s.name === 'Tổng hợp')!);
      const teachers = expected.items['1.1']!.count!;
      const summaryTexts = Object.values(sheetOf(twenty.snap, 'Tổng hợp').cells).map((c) => String(c.value));
      expect(summaryTexts.some((t) => t.includes(`giáo viên có máy tính: ${teachers.toLocaleString('vi-VN')}`))).toBe(true);
      const detailTexts = Object.values(sheetOf(twenty.snap, 'Chi tiết đơn vị').cells).map((c) => String(c.value));
      for (const u of expected.included) expect([u.name, detailTexts.includes(u.name)]).toEqual([u.name, true]);
      const checkTexts = Object.values(sheetOf(twenty.snap, 'Kiểm tra').cells).map((c) => String(c.value));
      const unitIssues = expected.included.flatMap((u) => u.report.issues.map((i) => [u.name, i.code] as const));
      expect(unitIssues.length).toBeGreaterThan(0); // th-tran-phu's planted RATE_MISMATCH is among the 20
      for (const [unit, code] of unitIssues) expect([unit, code, checkTexts.includes(unit) && checkTexts.includes(code)]).toEqual([unit, code, true]);
      const sourceTexts = Object.values(sheetOf(twenty.snap, 'Nguồn').cells).map((c) => String(c.value));
      for (const f of files) expect([basename(f), sourceTexts.includes(basename(f))]).toEqual([basename(f), true]);
      console.log(`e2e add-in: consolidated 5 and 20 files, ${twenty.syncs.syncs} syncs each, largest request ${twenty.syncs.largestRequest} bytes`);
    });

    it('hands a new workbook to Excel.createWorkbook on ExcelApi ≥ 1.8, leaving the open one alone', async () => {
      const files = pick(5);
      const run = await consolidateInto('Bảng tính mới', files);
      expect(run.snap.sheets.map((s) => s.name)).toEqual(['Sheet1']);
      expect(run.snap.createdWorkbooks).toBe(1);
      expect(run.syncs.syncs).toBe(0);
      const base64 = await fakeCall((f) => f.createdWorkbook(0));
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(base64!, 'base64') as unknown as ArrayBuffer);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Chi tiết đơn vị', 'Kiểm tra', 'Nguồn']);
      const back = checkWorkbook(readGridFromExcelJs(wb), { path: 'tong-hop.xlsx' });
      const expected = nodeConsolidate(files);
      for (const code of ['1.1', '2.1']) {
        expect([code, back.items[code]?.count, back.items[code]?.population]).toEqual([code, expected.items[code]!.count, expected.items[code]!.population]);
      }
    });
  });
});

/** The most recently modified file under `dir`. */
function newestUnder(dir: string): { path: string; mtimeMs: number } {
  let newest = { path: dir, mtimeMs: 0 };
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    const n = e.isDirectory() ? newestUnder(p) : { path: p, mtimeMs: statSync(p).mtimeMs };
    if (n.mtimeMs > newest.mtimeMs) newest = n;
  }
  return newest;
}

/** Lào Cai's free-text form: "168/612 trường (đạt 24,4%)" is 27,5 %, a RATE_MISMATCH in PL2!C12. */
function laoCaiSheet(): SeedSheet {
  const results: Record<string, string> = {
    '1': '- Tổng số giáo viên có máy tính: 45, đạt tỉ lệ: 100%\n- Tổng số giáo viên có đường truyền Internet: 45, đạt tỉ lệ: 100%',
    '8': '- Tổng số cơ sở giáo dục đã triển khai: 168/612 trường (đạt 24,4%)',
  };
  const values: CellValue[][] = [
    ['SỞ GD&ĐT LÀO CAI'],
    ['TRƯỜNG TH NGÔ SĨ LIÊN'],
    ['BIỂU SỐ LIỆU THỐNG KÊ KẾT QUẢ SAU 02 NĂM THỰC HIỆN'],
    ['STT', 'Nội dung triển khai', 'Kết quả (số liệu)'],
    ...QD131.sections.map((s) => [`${s.stt}.`, s.label, results[s.stt] ?? 'Không']),
  ];
  return { name: 'PL2', values };
}

/** An ExcelJS workbook as the engine's grid (cached formula results as values). */
function readGridFromExcelJs(wb: ExcelJS.Workbook): WorkbookGrid {
  return {
    sheets: wb.worksheets.map((ws) => {
      const values: CellValue[][] = [];
      const numFmts: Record<string, string> = {};
      ws.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          const v = cell.value as unknown;
          const plain = v && typeof v === 'object' && 'result' in v ? (v as { result: unknown }).result : v && typeof v === 'object' && 'richText' in v ? cell.text : v;
          if (typeof plain === 'string' || typeof plain === 'number' || typeof plain === 'boolean') {
            (values[r - 1] ??= [])[c - 1] = plain;
            if (typeof plain === 'number' && cell.numFmt) numFmts[cellKey(r - 1, c - 1)] = cell.numFmt;
          }
        }),
      );
      for (let r = 0; r < values.length; r++) values[r] = Array.from(values[r] ?? [], (x) => x ?? null);
      return { name: ws.name, values, numFmts, merges: [] };
    }),
    definedNames: [],
  };
}
