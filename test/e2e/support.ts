import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type Browser } from 'playwright-core';
import { QD131 } from '../../src/engine/form/qd131';
import { checkWorkbook } from '../../src/engine/check-workbook';
import { consolidate } from '../../src/engine/consolidate';
import type { ConsolidationInput } from '../../src/engine/consolidate/types';
import { readWorkbookBytes } from '../../src/xlsx/read-workbook';
import { generateDistrict, generateSchools } from '../../src/samples/generate-district';
import { copySampleDistrict, writeGeneratedFile } from '../../src/samples/write-sample-district';

export const ROOT = resolve(__dirname, '../..');
/** Tests never rewrite tracked files unless asked: BIEU_UPDATE_DOCS=1 refreshes the README's screenshots and figures. */
export const UPDATE_DOCS = process.env.BIEU_UPDATE_DOCS === '1';
export const SCREENSHOTS = UPDATE_DOCS ? join(ROOT, 'docs/screenshots') : join(ROOT, 'test-output/screenshots');

/** Debian's Chromium, with what this closed network needs (no background connections). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** `node scripts/serve-web.js` on a free port. */
export function startServer(): Promise<{ url: string; stop(): void }> {
  return new Promise((resolveServer, reject) => {
    const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'scripts/serve-web.js')], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/localhost:(\d+)\//.exec(out);
      if (m) resolveServer({ url: `http://localhost:${m[1]}/`, stop: () => child.kill('SIGTERM') });
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`serve-web exited (${code}): ${out}`)));
  });
}

export const tempDir = (prefix: string): string => mkdtempSync(join(tmpdir(), prefix));

const xlsxIn = (dir: string): string[] =>
  readdirSync(dir)
    .filter((n) => /\.xlsx$/i.test(n))
    .sort()
    .map((n) => join(dir, n));

/** The sample district (assets/samples/bac-giang when generated there, else generated now): its file paths. */
export async function sampleDistrict(): Promise<string[]> {
  const bundled = join(ROOT, 'assets/samples/bac-giang');
  // Copied with the modification times truth.json records (a git checkout's are arbitrary).
  if (existsSync(bundled) && xlsxIn(bundled).length >= 55) return copySampleDistrict(bundled, tempDir('bieu-e2e-district-')).sort();
  const dir = tempDir('bieu-e2e-district-');
  const district = await generateDistrict();
  return district.files.map((f) => writeGeneratedFile(dir, f));
}

/** n clean school workbooks, as the benchmark makes them. */
export async function generatedSchools(n: number): Promise<string[]> {
  const dir = tempDir(`bieu-e2e-${n}-`);
  const files = await generateSchools(n, 'e2e');
  return files.map((f) => writeGeneratedFile(dir, f));
}

/** What the engine finds in a file, in Node: [code, cell] pairs in report order. */
export function nodeCheck(path: string): { unit: string | null; flags: Array<[string, string]>; issues: Array<[string, string | undefined]> } {
  const name = path.slice(path.lastIndexOf('/') + 1);
  let grid;
  try {
    grid = readWorkbookBytes(new Uint8Array(readFileSync(path)));
  } catch {
    return { unit: null, flags: [], issues: [['UNREADABLE_FILE', undefined]] };
  }
  const report = checkWorkbook(grid, { path: name });
  return {
    unit: report.unit,
    flags: report.issues.filter((i) => i.cell).map((i) => [i.code, i.cell!]),
    issues: report.issues.map((i) => [i.code, i.cell]),
  };
}

/** The engine's consolidation of files, in Node, as the command line would do it. */
export function nodeConsolidate(paths: readonly string[]) {
  const inputs: ConsolidationInput[] = paths.map((path) => {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const st = statSync(path);
    const meta = { path: name, size: st.size, mtimeMs: st.mtimeMs, sha256: '' };
    try {
      return { report: checkWorkbook(readWorkbookBytes(new Uint8Array(readFileSync(path))), { path: name }), meta };
    } catch {
      return { report: { path: name, unit: null, template: null, level: null, items: {}, populations: {}, issues: [] }, meta: { ...meta, status: 'unreadable' as const } };
    }
  });
  return consolidate(inputs, { form: QD131 });
}

/** A free-text form as Lào Cai filled it: "168/612 trường (đạt 24,4%)" is 27,5 %, a RATE_MISMATCH in PL2!C12. */
export async function laoCaiWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('PL2');
  const results: Record<string, string> = {
    '1': '- Tổng số giáo viên có máy tính: 45, đạt tỉ lệ: 100%\n- Tổng số giáo viên có đường truyền Internet: 45, đạt tỉ lệ: 100%',
    '8': '- Tổng số cơ sở giáo dục đã triển khai: 168/612 trường (đạt 24,4%)',
  };
  ws.addRow(['SỞ GD&ĐT LÀO CAI']);
  ws.addRow(['TRƯỜNG TH NGÔ SĨ LIÊN']);
  ws.addRow(['BIỂU SỐ LIỆU THỐNG KÊ KẾT QUẢ SAU 02 NĂM THỰC HIỆN']);
  ws.addRow(['STT', 'Nội dung triển khai', 'Kết quả (số liệu)']);
  for (const s of QD131.sections) ws.addRow([`${s.stt}.`, s.label, results[s.stt] ?? 'Không']);
  ws.getColumn(2).width = 50;
  ws.getColumn(3).width = 60;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function ensureDir(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}
