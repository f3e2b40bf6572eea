import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDistrict, type District } from '../../src/samples/generate-district';
import { writeGeneratedFile } from '../../src/samples/write-sample-district';
import { legacyXls, passwordProtected, randomBytes, textRenamedXlsx, zipWithoutWorkbook } from '../xlsx/bad-input-bytes';
import { bieu, ensureBuilt, fingerprint, tempDir, writeBytes } from './cli-fixtures';

interface JsonIssue {
  code: string;
  severity: string;
  item?: string;
  cell?: string;
  message: string;
  path?: string;
  reason?: string;
  related?: string[];
}
interface JsonFile {
  path: string;
  unit: string | null;
  template: string | null;
  items: Record<string, Record<string, unknown>>;
  issues: JsonIssue[];
}
interface JsonReport {
  files: JsonFile[];
  issues: JsonIssue[];
}

let district: District;
let dir: string;
let badDir: string;
let report: JsonReport;
let run: ReturnType<typeof bieu>;
let before: Record<string, string>;

const fileAt = (r: JsonReport, path: string): JsonFile => {
  const f = r.files.find((x) => x.path === path);
  if (!f) throw new Error(`no report for ${path}`);
  return f;
};

beforeAll(async () => {
  ensureBuilt();
  district = await generateDistrict();
  dir = tempDir('bieu-check-');
  for (const f of district.files) writeGeneratedFile(dir, f);
  // An Office lock file beside them is skipped.
  writeBytes(dir, '~$th-le-loi.xlsx', new Uint8Array([1, 2, 3]));
  badDir = tempDir('bieu-bad-');
  writeBytes(badDir, 'rong.xlsx', new Uint8Array(0));
  writeBytes(badDir, 'ngau-nhien.xlsx', randomBytes());
  writeBytes(badDir, 'ban-cu.xls', legacyXls());
  writeBytes(badDir, 'co-mat-khau.xlsx', passwordProtected());
  writeBytes(badDir, 'khong-co-workbook.xlsx', zipWithoutWorkbook());
  writeBytes(badDir, 'van-ban.xlsx', textRenamedXlsx());
  before = fingerprint(dir);
  run = bieu(['check', dir, '--json']);
  report = JSON.parse(run.stdout) as JsonReport;
});

describe('bieu check --json over the sample district', () => {
  it('prints exactly { files, issues }, files with path, unit, template, items, issues', () => {
    expect(Object.keys(report)).toEqual(['files', 'issues']);
    for (const f of report.files) expect(Object.keys(f)).toEqual(['path', 'unit', 'template', 'items', 'issues']);
    for (const f of report.files)
      for (const item of Object.values(f.items)) {
        expect(Object.keys(item).every((k) => ['count', 'rate', 'population', 'names', 'notApplicable', 'cell'].includes(k))).toBe(true);
      }
    for (const i of [...report.files.flatMap((f) => f.issues), ...report.issues]) {
      expect(['error', 'warning']).toContain(i.severity);
      expect(i.message.length).toBeGreaterThan(10);
    }
  });

  it('lists every file in path order, the lock file skipped', () => {
    expect(report.files.map((f) => f.path)).toEqual(district.files.map((f) => join(dir, f.fileName)).sort());
  });

  it('exits 1 because some files have errors, and prints nothing on stderr when not a terminal', () => {
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
  });

  it('reports every planted mistake as [item, code] in its file', () => {
    for (const f of district.files) {
      const got = fileAt(report, join(dir, f.fileName)).issues.map((i) => [i.item ?? null, i.code]);
      for (const p of f.planted) expect(got).toContainEqual([p.item ?? null, p.code]);
    }
  });

  it('finds no error in the files without planted mistakes', () => {
    for (const f of district.files.filter((x) => x.planted.length === 0)) {
      const errors = fileAt(report, join(dir, f.fileName)).issues.filter((i) => i.severity === 'error');
      expect([f.fileName, errors]).toEqual([f.fileName, []]);
    }
  });

  it('reads each school as the generator meant it: unit and teacher counts', () => {
    for (const f of district.files.filter((x) => x.school && x.planted.length === 0)) {
      const r = fileAt(report, join(dir, f.fileName));
      expect(r.unit).toBe(f.school!.unit);
      expect(r.template).toBe('qd131');
      expect(r.items['1.1']).toMatchObject({ count: f.school!.teachers, rate: 100 });
    }
  });

  it('warns that one unit sent two files, the newer counting', () => {
    const unit = district.runIssues[0]!.unit;
    const files = district.files.filter((f) => f.school?.unit === unit);
    const newest = files.find((f) => f.role === 'resubmission')!;
    expect(report.issues.map((i) => [i.code, i.severity, i.path])).toEqual([['DUPLICATE_UNIT', 'warning', join(dir, newest.fileName)]]);
    expect(report.issues[0]!.related).toEqual(files.map((f) => join(dir, f.fileName)).sort((a, b) => (a.includes('gui-lai') ? 1 : b.includes('gui-lai') ? -1 : 0)));
  });

  it('lists the corrupt file as unreadable and the teacher list as not the form, and goes on', () => {
    const corrupt = fileAt(report, join(dir, 'bieu-so-lieu-bi-loi.xlsx'));
    expect(corrupt).toMatchObject({ unit: null, template: null, items: {} });
    expect(corrupt.issues.map((i) => [i.code, i.reason])).toEqual([['UNREADABLE_FILE', 'corrupt']]);
    expect(corrupt.issues[0]!.message).toContain('Lưu lại tệp dưới dạng .xlsx rồi gửi lại');
    const foreign = fileAt(report, join(dir, 'danh-sach-giao-vien.xlsx'));
    expect(foreign.template).toBeNull();
    expect(foreign.issues.map((i) => i.code)).toEqual(['TEMPLATE_MISMATCH']);
  });

  it('never modifies its inputs', () => {
    expect(fingerprint(dir)).toEqual(before);
  });

  it('gives the same report in one thread (--jobs 1) as with a worker thread (--jobs 2)', () => {
    const single = bieu(['check', dir, '--json', '--jobs', '1']);
    const threaded = bieu(['check', dir, '--json', '--jobs', '2']);
    expect([single.status, threaded.status]).toEqual([1, 1]);
    expect(JSON.parse(single.stdout)).toEqual(report);
    expect(JSON.parse(threaded.stdout)).toEqual(report);
  });
});

describe('bieu check on bad inputs', () => {
  it('gives each unreadable file its reason and still checks the others', () => {
    const good = join(dir, 'mn-hoa-sen.xlsx');
    const r = bieu(['check', badDir, good, '--json']);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as JsonReport;
    const reasons = Object.fromEntries(out.files.map((f) => [f.path.split('/').pop(), f.issues.map((i) => [i.code, i.reason ?? null])]));
    expect(reasons).toEqual({
      'rong.xlsx': [['UNREADABLE_FILE', 'empty']],
      'ngau-nhien.xlsx': [['UNREADABLE_FILE', 'corrupt']],
      'ban-cu.xls': [['UNREADABLE_FILE', 'legacy']],
      'co-mat-khau.xlsx': [['UNREADABLE_FILE', 'password']],
      'khong-co-workbook.xlsx': [['UNREADABLE_FILE', 'corrupt']],
      'van-ban.xlsx': [['UNREADABLE_FILE', 'corrupt']],
      'mn-hoa-sen.xlsx': [],
    });
    expect(out.files.find((f) => f.path.endsWith('co-mat-khau.xlsx'))!.issues[0]!.message).toContain('mật khẩu');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('checks a file without a workbook extension when it is named explicitly', () => {
    const path = writeBytes(badDir, 'bao-cao.dat', new Uint8Array(0));
    const out = JSON.parse(bieu(['check', path, '--json']).stdout) as JsonReport;
    expect(out.files.map((f) => [f.path, f.issues.map((i) => i.reason)])).toEqual([[path, ['empty']]]);
  });
});

describe('exit status', () => {
  it('is 0 for a clean file', () => {
    const r = bieu(['check', join(dir, 'mn-hoa-sen.xlsx'), '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as JsonReport;
    expect(out.files.map((f) => [f.unit, f.issues.length])).toEqual([['Trường MN Hoa Sen', 0]]);
    expect(out.issues).toEqual([]);
  });

  it.each([
    [['check'], 'Chưa chỉ ra tệp hoặc thư mục'],
    [['check', '--json'], 'Chưa chỉ ra tệp hoặc thư mục'],
    [['check', 'khong-ton-tai.xlsx'], 'Không tìm thấy tệp hoặc thư mục: khong-ton-tai.xlsx'],
    [['check', '--csv', 'a.xlsx'], 'Tùy chọn không hợp lệ: --csv'],
    [['check', '--jobs', 'hai', 'a.xlsx'], 'cần một số nguyên dương'],
  ])('is 2 on misuse: %j', (args, message) => {
    const r = bieu(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('Cách dùng: bieu check');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('a folder without workbooks', () => {
  it('is misuse (2), said in Vietnamese', () => {
    const empty = tempDir('bieu-empty-');
    const r = bieu(['check', empty]);
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toContain(`Không tìm thấy tệp Excel nào (.xlsx, .xlsm, .xls) trong: ${empty}`);
  });
});

describe('bieu check for people', () => {
  it('prints a Vietnamese summary per file, a table of issues and a total line', () => {
    const r = bieu(['check', join(dir, 'th-tran-phu.xlsx'), join(dir, 'mn-hoa-sen.xlsx')]);
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines).toContain(`✗ ${join(dir, 'th-tran-phu.xlsx')} — Trường TH Trần Phú: 1 lỗi, 0 cảnh báo`);
    expect(lines).toContain(`✓ ${join(dir, 'mn-hoa-sen.xlsx')} — Trường MN Hoa Sen: không có lỗi`);
    expect(lines.some((l) => /Mục\s+│ Ô\s+│ Mã\s+│ Mức độ │ Nội dung/.test(l))).toBe(true);
    expect(lines.some((l) => /3\.3 +│ .*C\d+ +│ RATE_MISMATCH +│ Lỗi +│ Mục 3\.3/.test(l))).toBe(true);
    expect(lines).toContain('Tổng cộng: 2 tệp, 1 tệp có lỗi; 1 lỗi, 0 cảnh báo.');
  });

  it('lists issues about several files under their own heading', () => {
    const r = bieu(['check', join(dir, 'th-tran-phu.xlsx'), join(dir, 'th-tran-phu-gui-lai.xlsx')]);
    expect(r.stdout).toContain('Vấn đề giữa các tệp:');
    expect(r.stdout).toMatch(/DUPLICATE_UNIT │ Cảnh báo │ Đơn vị Trường TH Trần Phú/);
  });
});

describe('bieu check over the bundled sample district (assets/samples/bac-giang)', () => {
  it('reports exactly the issues its truth.json plants, file by file', () => {
    const assets = join(__dirname, '../../assets/samples/bac-giang');
    const truth = JSON.parse(readFileSync(join(assets, 'truth.json'), 'utf8')) as {
      files: Array<{ fileName: string; planted: Array<{ code: string; item?: string }> }>;
    };
    const r = bieu(['check', assets, '--json']);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as JsonReport;
    expect(out.files).toHaveLength(truth.files.length);
    for (const f of truth.files) {
      const errors = fileAt(out, join(assets, f.fileName)).issues.filter((i) => i.severity === 'error');
      expect([f.fileName, errors.map((i) => [i.item ?? null, i.code])]).toEqual([f.fileName, f.planted.map((p) => [p.item ?? null, p.code])]);
    }
    expect(out.issues.map((i) => i.code)).toEqual(['DUPLICATE_UNIT']);
  });
});
