import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { copySampleDistrict } from '../../src/samples/write-sample-district';
import { checkPaths, peerCheckIssues, runIssues, type CheckedFile } from '../../src/cli/check-files';
import { consolidate } from '../../src/engine/consolidate/consolidate';
import { buildIssuesSheet } from '../../src/engine/consolidate/layout/issues-sheet';
import { QD131 } from '../../src/engine/form/qd131';
import type { FileReport } from '../../src/engine/report';

const SAMPLE = path.resolve(__dirname, '../../assets/samples/bac-giang');
const DISTRICT_PUPILS = 32448;

/** The sample district's files, checked once (in this thread: ts-jest has no compiled worker). */
let files: CheckedFile[];
beforeAll(async () => {
  // Copied with the modification times truth.json records: a git checkout's times are arbitrary,
  // and they decide which of Trần Phú's two files is the newer.
  const copy = mkdtempSync(path.join(tmpdir(), 'bieu-peers-district-'));
  copySampleDistrict(SAMPLE, copy);
  files = await checkPaths([copy], { jobs: 1 });
}, 60_000);

/** A copy of the district where one file's reading of `item` is replaced, as if the school had typed it. */
function withReading(fileName: string, item: string, count: number, rate: number): CheckedFile[] {
  return files.map((f) => {
    if (path.basename(f.meta.path) !== fileName) return f;
    const cell = f.report.items[item]!.cell;
    const report: FileReport = {
      ...f.report,
      items: { ...f.report.items, [item]: { count, rate, population: Math.round((count * 100) / rate), populationImplied: true, ...(cell ? { cell } : {}) } },
    };
    return { ...f, report };
  });
}

describe('the bundled sample district (Bắc Giang, 55 schools)', () => {
  test('nothing is far from its peers: no peer issue, the run issues are the planted duplicate only', () => {
    expect(files.filter((f) => f.meta.status === 'ok')).toHaveLength(56);
    expect(peerCheckIssues(files)).toEqual([]);
    expect(runIssues(files).map((i) => [i.code, i.path && path.basename(i.path)])).toEqual([['DUPLICATE_UNIT', 'th-tran-phu-gui-lai.xlsx']]);
  });

  test("the planted NOT_INTEGER (8.2 of TH Ngô Sĩ Liên, population 1,04) is not also reported as far from its peers", () => {
    const nsl = files.find((f) => path.basename(f.meta.path) === 'th-ngo-si-lien.xlsx')!;
    expect(nsl.report.items['8.2']).toMatchObject({ count: 1.037 });
    expect(nsl.report.issues.map((i) => [i.item, i.code])).toContainEqual(['8.2', 'NOT_INTEGER']);
  });

  test('a primary school that typed the district total of pupils in 2.1 is the one peer issue; expected = the TH median', () => {
    const planted = withReading('th-dinh-tri.xlsx', '2.1', DISTRICT_PUPILS, 100);
    const issues = peerCheckIssues(planted);
    const thPupils = new Map<string, number>();
    for (const f of planted)
      if (f.meta.status === 'ok' && f.report.level === 'TH') thPupils.set(f.report.unit!, f.report.items['2.1']!.population!);
    expect(thPupils.size).toBe(16); // Trần Phú's two files count once
    const sorted = [...thPupils.values()].sort((a, b) => a - b);
    const median = (sorted[7]! + sorted[8]!) / 2;
    expect(issues.map((i) => [path.basename(i.path!), i.item, i.code, i.cell])).toEqual([
      ['th-dinh-tri.xlsx', '2.1', 'IMPLAUSIBLE', planted.find((f) => f.meta.path.endsWith('th-dinh-tri.xlsx'))!.report.items['2.1']!.cell],
    ]);
    expect(issues[0]).toMatchObject({ severity: 'warning', reason: 'peers', actual: DISTRICT_PUPILS, expected: median });
    expect(issues[0]!.message).toContain('tổng số học sinh 32.448 khác xa các trường tiểu học khác');
  });

  test('consolidation lists the peer issue on "Kiểm tra" with the unit and the file', () => {
    const planted = withReading('thcs-tran-phu.xlsx', '2.3', DISTRICT_PUPILS, 100);
    const c = consolidate(planted, { form: QD131 });
    const peer = c.issues.filter((i) => i.reason === 'peers');
    expect(peer.map((i) => [i.unit, path.basename(i.path!), i.item, i.code])).toEqual([['Trường THCS Trần Phú', 'thcs-tran-phu.xlsx', '2.3', 'IMPLAUSIBLE']]);
    // Its own file's issues stay as they were; the figure still counts (a warning does not leave it out).
    expect(c.items['2.3']!.contributions.find((k) => k.unit === 'Trường THCS Trần Phú')!.count).toBe(DISTRICT_PUPILS);

    const sheet = buildIssuesSheet(c);
    const messageCell = sheet.cells.find((cell) => cell.col === 7 && cell.value === peer[0]!.message)!;
    const row = sheet.cells.filter((cell) => cell.row === messageCell.row);
    expect(row.find((cell) => cell.col === 1)!.value).toBe('Trường THCS Trần Phú');
    expect(row.find((cell) => cell.col === 2)!.value).toBe('thcs-tran-phu.xlsx');
    expect(row.find((cell) => cell.col === 4)!.value).toBe('2.3');
    expect(row.find((cell) => cell.col === 5)!.value).toBe('IMPLAUSIBLE');
  });

  test('consolidating the untouched district adds no peer issue', () => {
    expect(consolidate(files, { form: QD131 }).issues.filter((i) => i.reason === 'peers')).toEqual([]);
  });
});
