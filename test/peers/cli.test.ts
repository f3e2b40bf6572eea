import { mkdirSync, mkdtempSync, readdirSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runCheckCommand } from '../../src/cli/check-command';
import { runConsolidateCommand } from '../../src/cli/consolidate-command';
import { copySampleDistrict } from '../../src/samples/write-sample-district';

const SAMPLE = path.resolve(__dirname, '../../assets/samples/bac-giang');

async function run(command: (args: string[]) => Promise<number>, args: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    return { code: await command(args), stdout };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** Replaces `from` by `to` in the one cell whose text contains `label` (a school typing another figure). */
async function editCell(file: string, label: string, from: string, to: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  let address = '';
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (!address && typeof cell.value === 'string' && cell.value.includes(label) && cell.value.includes(from)) {
          cell.value = cell.value.replace(from, to);
          address = `${/[^A-Za-z0-9_]/.test(ws.name) ? `'${ws.name}'` : ws.name}!${cell.address}`;
        }
      }),
    ),
  );
  if (!address) throw new Error(`no cell with ${label} and ${from} in ${file}`);
  await wb.xlsx.writeFile(file);
  return address;
}

describe('bieu check and bieu consolidate over a district where a school typed the district total', () => {
  let dir: string;
  let cell: string;
  const target = 'th-dinh-tri.xlsx';

  beforeAll(async () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'bieu-peers-'));
    copySampleDistrict(SAMPLE, copy);
    // The primary schools without planted errors (14 of them): enough peers, and no error of their own.
    dir = path.join(copy, 'th');
    mkdirSync(dir);
    const clean = readdirSync(copy).filter((f) => /^th-.*\.xlsx$/.test(f) && !/ngo-si-lien|tran-phu/.test(f));
    for (const f of clean) renameSync(path.join(copy, f), path.join(dir, f));
    cell = await editCell(path.join(dir, target), 'học sinh có máy tính', '1.347', '32.448');
  }, 60_000);

  test('bieu check --json: the one top-level issue is IMPLAUSIBLE at 2.1 of that file; warnings leave the exit status 0', async () => {
    const { code, stdout } = await run(runCheckCommand, [dir, '--json', '--jobs', '1']);
    const out = JSON.parse(stdout) as { files: Array<{ path: string; issues: Array<{ severity: string }> }>; issues: Array<Record<string, unknown>> };
    expect(out.files).toHaveLength(14);
    expect(out.issues.map((i) => [path.basename(String(i.path)), i.item, i.code, i.cell, i.actual])).toEqual([[target, '2.1', 'IMPLAUSIBLE', cell, 32448]]);
    expect(out.issues[0]!.message).toMatch(/^Mục 2\.1 \(ô .+\): tổng số học sinh 32\.448 khác xa các trường tiểu học khác \(trung vị 1\.\d{3}\)\. Có thể đã ghi số của cả huyện; hãy kiểm tra lại\.$/);
    expect(out.files.flatMap((f) => f.issues).filter((i) => i.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
  });

  test('bieu check for people lists it under "Vấn đề giữa các tệp" with the file', async () => {
    const { stdout } = await run(runCheckCommand, [dir, '--jobs', '1']);
    const section = stdout.slice(stdout.indexOf('Vấn đề giữa các tệp:'));
    expect(section).toContain(target);
    expect(section).toContain('IMPLAUSIBLE');
  });

  test('bieu consolidate --json lists it with its unit and file', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'bieu-peers-out-')), 'tong-hop.xlsx');
    const { code, stdout } = await run(runConsolidateCommand, [dir, '--out', out, '--json', '--jobs', '1']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { issues: Array<Record<string, unknown>> };
    const peer = json.issues.filter((i) => i.code === 'IMPLAUSIBLE');
    expect(peer.map((i) => [i.unit, path.basename(String(i.path)), i.item, i.cell])).toEqual([['Trường TH Dĩnh Trì', target, '2.1', cell]]);
  });
});
