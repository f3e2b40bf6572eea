import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { runConsolidateCommand } from '../../src/cli/consolidate-command';
import { generateSchools } from '../../src/samples/generate-district';
import { truncate } from '../../src/samples/other-workbooks';
import { tempDir, writeFiles } from './real-files';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { code: await runConsolidateCommand(args), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('bieu consolidate', () => {
  let dir: string;
  let schools: Awaited<ReturnType<typeof generateSchools>>;

  beforeAll(async () => {
    dir = tempDir('cli');
    schools = await generateSchools(6, 'cli');
    writeFiles(path.join(dir, 'nop'), schools);
    // a school that sent again later, a broken file
    const again = { ...schools[1]!, fileName: 'gui-lai.xlsx', modified: new Date(schools[1]!.modified.getTime() + 86_400_000) };
    writeFiles(path.join(dir, 'nop'), [again, { fileName: 'hong.xlsx', bytes: truncate(schools[0]!.bytes), modified: new Date() }]);
    writeFileSync(path.join(dir, 'don-vi.csv'), `STT;Tên đơn vị\n${schools.map((f, i) => `${i + 1};${f.school!.unit}`).join('\n')}\n7;Trường TH Vắng Mặt\n`);
  });

  test('--json prints exactly { out, units, items, issues } and writes the workbook', async () => {
    const out = path.join(dir, 'ket-qua', 'tong-hop.xlsx');
    const r = await run([path.join(dir, 'nop'), '--out', out, '--units', path.join(dir, 'don-vi.csv'), '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(['out', 'units', 'items', 'issues']);
    expect(Object.keys(j.units)).toEqual(['included', 'missing', 'duplicates', 'rejected']);
    expect(j.out).toBe(out);
    expect(j.units.included).toHaveLength(6);
    expect(j.units.missing).toEqual(['Trường TH Vắng Mặt']);
    expect(j.units.duplicates).toEqual([schools[1]!.school!.unit]);
    expect(j.units.rejected.map((x: { path: string }) => path.basename(x.path))).toEqual(['hong.xlsx']);
    expect(j.units.rejected[0].reason).toMatch(/Không mở được tệp/);
    const teachers = schools.reduce((n, f) => n + f.school!.teachers, 0);
    expect(j.items['1.1']).toEqual({ count: teachers, rate: 100, population: teachers });
    expect(j.issues.map((i: { code: string }) => i.code)).toEqual(expect.arrayContaining(['UNREADABLE_FILE', 'DUPLICATE_UNIT']));
    expect(existsSync(out)).toBe(true);
    expect(readdirSync(path.dirname(out))).toEqual(['tong-hop.xlsx']);
  });

  test('without --json: a short Vietnamese summary', async () => {
    const r = await run([path.join(dir, 'nop'), '--out', path.join(dir, 'tom-tat.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Đã tổng hợp 6 đơn vị vào ${path.join(dir, 'tom-tat.xlsx')}.`);
    expect(r.stdout).toMatch(/Gửi trùng: 1 đơn vị/);
    expect(r.stdout).toMatch(/Bị loại: 1 tệp \(hong\.xlsx/);
    expect(r.stdout).toMatch(/- Tổng số giáo viên có máy tính: [\d.]+, đạt tỉ lệ: 100%/);
  });

  test('an existing --out is refused without --force, replaced with it', async () => {
    const out = path.join(dir, 'co-san.xlsx');
    writeFileSync(out, 'cũ');
    const refused = await run([path.join(dir, 'nop'), '--out', out]);
    expect([refused.code, readFileSync(out, 'utf8')]).toEqual([2, 'cũ']);
    expect(refused.stderr).toMatch(/đã có.*--force/);
    const forced = await run([path.join(dir, 'nop'), '--out', out, '--force', '--json']);
    expect(forced.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  test('--out naming an input is refused, even with --force', async () => {
    const input = path.join(dir, 'nop', 'gui-lai.xlsx');
    const before = readFileSync(input);
    const r = await run([path.join(dir, 'nop'), '--out', input, '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/trùng với tệp đầu vào/);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  test('an empty or all-rejected input set writes nothing and exits 1', async () => {
    const empty = path.join(dir, 'rong');
    mkdirSync(empty);
    const out = path.join(dir, 'khong-ghi.xlsx');
    const r1 = await run([empty, '--out', out]);
    expect([r1.code, existsSync(out)]).toEqual([1, false]);
    expect(r1.stderr).toMatch(/Không có tệp Excel/);
    const bad = path.join(dir, 'hong-het');
    mkdirSync(bad);
    writeFileSync(path.join(bad, 'a.xlsx'), 'không phải excel');
    const r2 = await run([bad, '--out', out, '--json']);
    expect([r2.code, existsSync(out)]).toEqual([1, false]);
    expect(r2.stderr).toMatch(/Không tổng hợp được/);
    expect(JSON.parse(r2.stdout).units.rejected).toHaveLength(1);
  });

  test('misuse exits 2: no input, no --out, a missing input, a bad --units', async () => {
    expect((await run(['--out', path.join(dir, 'x.xlsx')])).code).toBe(2);
    expect((await run([path.join(dir, 'nop')])).code).toBe(2);
    expect((await run([path.join(dir, 'khong-co'), '--out', path.join(dir, 'x.xlsx')])).code).toBe(2);
    expect((await run([path.join(dir, 'nop'), '--out', path.join(dir, 'x.xlsx'), '--units', path.join(dir, 'khong-co.csv')])).code).toBe(2);
    expect(existsSync(path.join(dir, 'x.xlsx'))).toBe(false);
  });

  test('a failed write leaves neither half a workbook nor a temporary file, and the old file intact', async () => {
    const target = path.join(dir, 'that-bai');
    mkdirSync(target);
    const out = path.join(target, 'tong-hop.xlsx');
    writeFileSync(out, 'bản cũ');
    const rename = jest.spyOn(fsp, 'rename').mockRejectedValueOnce(Object.assign(new Error('ổ đĩa đầy'), { code: 'ENOSPC' }));
    try {
      const r = await run([path.join(dir, 'nop'), '--out', out, '--force']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/Không ghi được/);
    } finally {
      rename.mockRestore();
    }
    expect(readdirSync(target)).toEqual(['tong-hop.xlsx']);
    expect(readFileSync(out, 'utf8')).toBe('bản cũ');
  });
});
