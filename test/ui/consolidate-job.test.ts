import { generateSchools } from '../../src/samples/generate-district';
import { JOB_ENGINE } from '../../src/ui/workers/job-engine';
import { createInlineRunner } from '../../src/ui/workers/create-runner';
import { unitNamesFromCsv, unitNamesFromGrid } from '../../src/ui/workers/read-unit-list';
import type { ConsolidationProgress, ReceivedFile } from '../../src/ui/engine-api';
import { checkWorkbook } from '../../src/engine/check-workbook';
import { consolidate } from '../../src/engine/consolidate';
import { readWorkbookBytes } from '../../src/xlsx/read-workbook';
import { QD131 } from '../../src/engine/form/qd131';

const received = (name: string, bytes: Uint8Array, lastModified: number): ReceivedFile => ({
  name,
  size: bytes.length,
  lastModified,
  arrayBuffer: async () => bytes.slice().buffer,
});

describe('unit lists', () => {
  it('reads names from CSV (any separator, header and STT skipped) and from a sheet', () => {
    expect(unitNamesFromCsv('\uFEFFSTT;Tên đơn vị\n1;Trường TH Ngô Sĩ Liên\n2;"MN Hoa Sen"\n\n')).toEqual(['Trường TH Ngô Sĩ Liên', 'MN Hoa Sen']);
    expect(unitNamesFromCsv('Tên đơn vị,Ghi chú\nTH Lê Lợi,\n')).toEqual(['TH Lê Lợi']);
    const grid = { sheets: [{ name: 'DS', values: [['STT', 'Tên trường'], [1, 'THCS Lê Lợi'], [2, 'MN  Hoa  Sen']], numFmts: {}, merges: [] }], definedNames: [] };
    expect(unitNamesFromGrid(grid)).toEqual(['THCS Lê Lợi', 'MN Hoa Sen']);
  });
});

describe('the consolidation job (worker logic, run inline)', () => {
  it('checks each file with progress, marks duplicates, rejects unreadable files, lists missing units, and matches the engine', async () => {
    const schools = await generateSchools(4, 'ui-job');
    const files: ReceivedFile[] = schools.map((s, i) => received(s.fileName, s.bytes, 1_000 + i));
    // The first school sends again, later; and a file that is not a workbook.
    files.push(received(`gui-lai-${schools[0]!.fileName}`, schools[0]!.bytes, 5_000));
    files.push(received('hong.xlsx', new TextEncoder().encode('not a zip'), 6_000));
    const unitList = received('don-vi.csv', new TextEncoder().encode(`Tên đơn vị\n${schools.map((s) => s.school!.unit).join('\n')}\nTrường TH Vắng Mặt\n`), 0);

    const progress: ConsolidationProgress[] = [];
    const runner = createInlineRunner(async () => JOB_ENGINE);
    const outcome = await runner.run({ files, unitList, excludeErrors: false }, (p) => progress.push(p));

    expect(progress.at(-1)!.done).toBe(6);
    expect(progress.flatMap((p) => p.rows).map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(outcome.rows.map((r) => [r.name, r.status])).toEqual([
      [schools[0]!.fileName, 'duplicate'],
      [schools[1]!.fileName, 'valid'],
      [schools[2]!.fileName, 'valid'],
      [schools[3]!.fileName, 'valid'],
      [`gui-lai-${schools[0]!.fileName}`, 'valid'],
      ['hong.xlsx', 'rejected'],
    ]);
    expect(outcome.rows[0]!.unit).toBe(schools[0]!.school!.unit);
    expect(outcome.rows[5]!.reason).toContain('Lưu lại tệp dưới dạng .xlsx');
    expect(outcome.included).toBe(4);
    expect(outcome.missing).toEqual(['Trường TH Vắng Mặt']);
    expect(outcome.layout.sheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Chi tiết đơn vị', 'Kiểm tra', 'Nguồn']);

    // Same figures as the engine run directly.
    const direct = consolidate(
      schools.map((s, i) => ({
        report: checkWorkbook(readWorkbookBytes(s.bytes), { path: s.fileName }),
        meta: { path: s.fileName, size: s.bytes.length, mtimeMs: i, sha256: '' },
      })),
      { form: QD131 },
    );
    const teachers = schools.reduce((sum, s) => sum + s.school!.items['1.1']!.count!, 0);
    expect(direct.items['1.1']!.count).toBe(teachers);
    const summary = outcome.layout.sheets[0]!.cells.map((c) => c.value).filter((v): v is string => typeof v === 'string');
    expect(summary.some((t) => t.includes(`giáo viên có máy tính: ${teachers.toLocaleString('vi-VN')}`))).toBe(true);
  });

  it('leaves out units with errors when asked', async () => {
    const schools = await generateSchools(2, 'ui-job-2');
    const grid = readWorkbookBytes(schools[0]!.bytes);
    const errors = checkWorkbook(grid, { path: 'a' }).issues.filter((i) => i.severity === 'error').length;
    const runner = createInlineRunner(async () => JOB_ENGINE);
    const outcome = await runner.run({ files: schools.map((s) => received(s.fileName, s.bytes, 1)), excludeErrors: true }, () => undefined);
    expect(outcome.rows[0]!.status).toBe(errors ? 'excluded' : 'valid');
  });
});
