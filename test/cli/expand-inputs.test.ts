import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { duplicateUnitIssues, expandInputs, MissingInputError, type CheckedFile } from '../../src/cli/check-files';
import type { FileReport } from '../../src/engine/report';
import { tempDir } from './cli-fixtures';

describe('expandInputs', () => {
  it('walks folders for workbooks, skips lock files and hidden folders, keeps explicit files, sorts, dedupes', () => {
    const dir = tempDir('bieu-expand-');
    mkdirSync(join(dir, 'con'));
    mkdirSync(join(dir, '.an'));
    for (const name of ['b.xlsx', 'a.XLSM', 'c.xls', 'ghi-chu.txt', '~$b.xlsx', 'con/d.xlsx', '.an/e.xlsx']) writeFileSync(join(dir, name), '');
    symlinkSync(join(dir, 'con'), join(dir, 'lien-ket'));
    symlinkSync(dir, join(dir, 'con', 'vong'));
    writeFileSync(join(dir, 'rieng.dat'), '');
    // "lien-ket" links to "con", and "con/vong" links back up: each file once, no loop.
    const got = expandInputs([dir, join(dir, 'rieng.dat'), `${dir}/./b.xlsx`]);
    expect(got).toEqual([join(dir, 'a.XLSM'), join(dir, 'b.xlsx'), join(dir, 'c.xls'), join(dir, 'con/d.xlsx'), join(dir, 'rieng.dat')].sort());
  });

  it('refuses an input that does not exist', () => {
    expect(() => expandInputs(['khong-co.xlsx'])).toThrow(MissingInputError);
  });
});

describe('duplicateUnitIssues', () => {
  const file = (path: string, unit: string | null, mtimeMs: number, status: CheckedFile['meta']['status'] = 'ok'): CheckedFile => {
    const report: FileReport = { path, unit, template: 'qd131', level: null, items: {}, populations: {}, issues: [] };
    return { report, meta: { path, size: 1, mtimeMs, sha256: '', status } };
  };

  it('warns once per unit sent several times (names matched tolerantly), newest file named', () => {
    const issues = duplicateUnitIssues([
      file('a.xlsx', 'Trường TH Ngô Sĩ Liên', 200),
      file('b.xlsx', 'TRƯỜNG TIỂU HỌC NGÔ SĨ LIÊN', 100),
      file('c.xlsx', 'Trường THCS Ngô Sĩ Liên', 300),
      file('d.xlsx', null, 400),
      file('e.xlsx', 'Trường THCS Ngô Sĩ Liên', 500, 'unreadable'),
    ]);
    expect(issues.map((i) => [i.code, i.severity, i.actual, i.path, i.related])).toEqual([
      ['DUPLICATE_UNIT', 'warning', 'Trường TH Ngô Sĩ Liên', 'a.xlsx', ['b.xlsx', 'a.xlsx']],
    ]);
    expect(issues[0]!.message).toContain('chỉ tính tệp mới nhất (a.xlsx)');
  });
});
