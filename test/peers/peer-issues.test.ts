import { QD131 } from '../../src/engine/form/qd131';
import { PEER_RULES, peerIssues, median, medianAbsoluteDeviation } from '../../src/engine/peers';
import type { Issue } from '../../src/engine/issues';
import { handMedian, normalDistrict, reading, schoolReport, type SchoolFigures } from './district';

const DISTRICT_PUPILS = 32448;
const tuples = (issues: readonly Issue[]) => issues.map((i) => [i.path, i.item, i.code, i.cell]);

describe('robust statistics', () => {
  test('median and median absolute deviation', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([1, 2, 3, 4, 100])).toBe(3);
    expect(medianAbsoluteDeviation([1, 2, 3, 4, 100], 3)).toBe(1);
  });
});

describe('peerIssues: a school that typed the district total', () => {
  const district = normalDistrict(12);
  const pupils = district.map((s) => s.pupils);

  test('the district total of pupils in 2.1 and 2.3 gives exactly one IMPLAUSIBLE at 2.1, expected = the median', () => {
    const wrong = { ...district[4]!, pupils: DISTRICT_PUPILS };
    const reports = district.map((s, i) => schoolReport(i === 4 ? { ...wrong, items: { '8.2': reading(s.pupils, 100, 'PL2!C26'), '8.3': reading(s.teachers, 100, 'PL2!C27') } } : s));
    const issues = peerIssues(reports, QD131);
    const expected = handMedian(pupils.map((p, i) => (i === 4 ? DISTRICT_PUPILS : p)));
    expect(tuples(issues)).toEqual([[`huyen/${wrong.unit}.xlsx`, '2.1', 'IMPLAUSIBLE', 'PL2!C12']]);
    expect(issues[0]).toMatchObject({ severity: 'warning', reason: 'peers', actual: DISTRICT_PUPILS, expected, related: ['hoc_sinh'] });
    expect(issues[0]!.message).toBe(
      `Mục 2.1 (ô PL2!C12): tổng số học sinh 32.448 khác xa các trường tiểu học khác (trung vị ${new Intl.NumberFormat('de-DE').format(Math.round(expected))}). Có thể đã ghi số của cả huyện; hãy kiểm tra lại.`,
    );
  });

  test('a school whose every pupil figure is the district total gets one issue per population, in form order', () => {
    const reports = district.map((s, i) => schoolReport(i === 7 ? { ...s, pupils: DISTRICT_PUPILS } : s));
    const issues = peerIssues(reports, QD131);
    const path = `huyen/${district[7]!.unit}.xlsx`;
    // 2.1 and 2.3 share "học sinh" (flagged once, at 2.1); 8.2 is "người học", a population of its own.
    expect(tuples(issues)).toEqual([
      [path, '2.1', 'IMPLAUSIBLE', 'PL2!C12'],
      [path, '8.2', 'IMPLAUSIBLE', 'PL2!C26'],
    ]);
    expect(issues.map((i) => i.related)).toEqual([['hoc_sinh'], ['nguoi_hoc']]);
  });

  test('only 2.3 wrong: the issue is at 2.3', () => {
    const reports = district.map((s, i) => schoolReport(i === 2 ? { ...s, items: { '2.3': reading(DISTRICT_PUPILS, 100, 'PL2!C13') } } : s));
    const issues = peerIssues(reports, QD131);
    expect(tuples(issues)).toEqual([[`huyen/${district[2]!.unit}.xlsx`, '2.3', 'IMPLAUSIBLE', 'PL2!C13']]);
    expect(issues[0]!.expected).toBe(handMedian(pupils));
  });

  test('a size given only in "Số liệu chung" is flagged under its population id', () => {
    const reports = district.map((s, i) =>
      schoolReport({ ...s, populations: { hoc_sinh_th: i === 9 ? DISTRICT_PUPILS : s.pupils } }),
    );
    const issues = peerIssues(reports, QD131);
    expect(tuples(issues)).toEqual([[`huyen/${district[9]!.unit}.xlsx`, 'hoc_sinh_th', 'IMPLAUSIBLE', undefined]]);
    expect(issues[0]!.message).toMatch(/^Tổng số học sinh tiểu học: 32\.448 khác xa các trường tiểu học khác \(trung vị [\d.]+\)\. Có thể đã ghi số của cả huyện/);
  });

  test('a size ten times too small (teachers typed as 4 where peers have ~40) is flagged too', () => {
    const reports = district.map((s, i) => schoolReport(i === 0 ? { ...s, teachers: 2 } : s));
    const issues = peerIssues(reports, QD131);
    const path = `huyen/${district[0]!.unit}.xlsx`;
    expect(tuples(issues)).toEqual([
      [path, '1.1', 'IMPLAUSIBLE', 'PL2!C8'],
      [path, '8.3', 'IMPLAUSIBLE', 'PL2!C27'],
    ]);
    expect(issues[0]!.message).toContain('Có thể đã ghi thiếu hoặc nhầm số');
  });
});

describe('peerIssues: rates', () => {
  const district = normalDistrict(12);

  test('a rate far below the peers (9,8 % where peers have 92–100 %) is flagged; 2.1 and its size are one issue at most', () => {
    const reports = district.map((s, i) => schoolReport(i === 3 ? { ...s, pupilRate: 9.8 } : s));
    const issues = peerIssues(reports, QD131);
    const rates = district.map((s, i) => (i === 3 ? 9.8 : s.pupilRate!));
    expect(tuples(issues)).toEqual([[`huyen/${district[3]!.unit}.xlsx`, '2.1', 'IMPLAUSIBLE', 'PL2!C12']]);
    expect(issues[0]).toMatchObject({ actual: 9.8, expected: handMedian(rates) });
    expect(issues[0]!.related).toBeUndefined();
    expect(issues[0]!.message).toMatch(/^Mục 2\.1 \(ô PL2!C12\): tỉ lệ 9,8% khác xa các trường tiểu học khác \(trung vị \d+(,\d)?%\)\. Hãy kiểm tra lại số lượng và tỉ lệ\.$/);
  });

  test('a size and a rate both far at one item: one issue, the size (it explains the rate)', () => {
    // "32.448, đạt tỉ lệ: 5%": implied population 648.960, rate 5 %.
    const reports = district.map((s, i) => schoolReport(i === 8 ? { ...s, items: { '2.1': reading(DISTRICT_PUPILS, 5, 'PL2!C12') } } : s));
    const issues = peerIssues(reports, QD131);
    expect(tuples(issues)).toEqual([[`huyen/${district[8]!.unit}.xlsx`, '2.1', 'IMPLAUSIBLE', 'PL2!C12']]);
    expect(issues[0]).toMatchObject({ actual: 648960, related: ['hoc_sinh'] });
  });

  test('a rate-only item far from the peers (95 % online where peers have 25–32 %) is flagged; 55 % is not (under 30 points)', () => {
    const reports = district.map((s, i) => schoolReport(i === 5 ? { ...s, onlineShare: 95 } : i === 6 ? { ...s, onlineShare: 55 } : s));
    const issues = peerIssues(reports, QD131);
    expect(tuples(issues)).toEqual([[`huyen/${district[5]!.unit}.xlsx`, '5.1', 'IMPLAUSIBLE', 'PL2!C20']]);
  });

  test('a wide spread of rates widens the gap: 4 × MAD beyond 30 points', () => {
    // Rates 0, 5, 10, 20, …, 100: median 45, MAD 30 -> gap 120, so even 0 (45 points below) is not far.
    const rates = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 0, 5];
    const reports = district.map((s, i) => schoolReport({ ...s, onlineShare: rates[i]! }));
    expect(peerIssues(reports, QD131)).toEqual([]);
    expect(PEER_RULES.rateMinGap).toBe(30);
  });
});

describe('peerIssues: what is never flagged', () => {
  test('a normal spread (rates 92–100 %, sizes 300–1.500) gives nothing', () => {
    for (const seed of [1, 2, 3, 131, 2024]) {
      const district = normalDistrict(12, seed);
      expect(Math.min(...district.map((s) => s.pupils))).toBeGreaterThanOrEqual(300);
      expect(Math.max(...district.map((s) => s.pupils))).toBeLessThanOrEqual(1500);
      expect(peerIssues(district.map(schoolReport), QD131)).toEqual([]);
    }
    // The extremes of the spread side by side.
    const edges: SchoolFigures[] = normalDistrict(12).map((s, i) => ({ ...s, pupils: i % 2 ? 300 : 1500, pupilRate: i % 2 ? 92 : 100 }));
    expect(peerIssues(edges.map(schoolReport), QD131)).toEqual([]);
  });

  test('fewer than 8 units of the level: nothing, however far', () => {
    const district = normalDistrict(7);
    const reports = district.map((s, i) => schoolReport(i === 0 ? { ...s, pupils: DISTRICT_PUPILS, pupilRate: 5 } : s));
    expect(peerIssues(reports, QD131)).toEqual([]);
    // The same with an 8th unit: flagged.
    const eight = [...reports, schoolReport(normalDistrict(8)[7]!)];
    expect(tuples(peerIssues(eight, QD131))).toEqual([
      [`huyen/${district[0]!.unit}.xlsx`, '2.1', 'IMPLAUSIBLE', 'PL2!C12'],
      [`huyen/${district[0]!.unit}.xlsx`, '8.2', 'IMPLAUSIBLE', 'PL2!C26'],
    ]);
  });

  test('a unit that sent twice counts once among its peers', () => {
    const district = normalDistrict(7);
    const reports = district.map((s, i) => schoolReport(i === 0 ? { ...s, pupils: DISTRICT_PUPILS } : s));
    const resent = schoolReport({ ...district[1]!, path: `huyen/${district[1]!.unit} (gửi lại).xlsx` });
    expect(peerIssues([...reports, resent], QD131)).toEqual([]);
  });

  test('units of another level or of unknown level are not peers', () => {
    const th = normalDistrict(12);
    // Kindergartens with ten times fewer children than the primary schools have pupils: compared only among themselves.
    const mn = normalDistrict(10, 7).map((s, i) => ({ ...s, unit: `Trường MN ${i}`, level: 'MN' as const, pupils: Math.round(s.pupils / 12), items: { '2.1': { notApplicable: true as const }, '2.3': { notApplicable: true as const } } }));
    const unknown = { ...th[0]!, unit: 'Trường TH&THCS Hỗn Hợp', level: null, pupils: DISTRICT_PUPILS };
    const reports = [...th, ...mn, unknown].map(schoolReport);
    expect(peerIssues(reports, QD131)).toEqual([]);
  });

  test('a value the unit\'s own check rejected (an error on the item) is neither flagged nor part of the median', () => {
    const district = normalDistrict(12);
    // "1.037" stored as a decimal: NOT_INTEGER at 8.2, implied population 1,04.
    const reports = district.map((s, i) =>
      schoolReport(
        i === 1
          ? { ...s, items: { '8.2': { count: 1.037, rate: 100, population: 1.04, populationImplied: true, cell: 'PL2!C26' } }, findings: [{ code: 'NOT_INTEGER', item: '8.2', cell: 'PL2!C26', actual: 1.037, expected: 1037 }] }
          : s,
      ),
    );
    expect(peerIssues(reports, QD131)).toEqual([]);
  });

  test('foreign files and "Không" readings are ignored', () => {
    const district = normalDistrict(12);
    const reports = district.map((s, i) => schoolReport(i === 0 ? { ...s, items: { '2.1': { notApplicable: true }, '2.3': { notApplicable: true } } } : s));
    reports.push({ ...schoolReport({ ...district[1]!, unit: 'Danh sách giáo viên', pupils: DISTRICT_PUPILS }), template: null });
    expect(peerIssues(reports, QD131)).toEqual([]);
  });
});

describe('peerIssues: order and speed', () => {
  test('the same issues in the same order whatever the input order of the peers; issues in input order, then form order', () => {
    const district = normalDistrict(20);
    const wrong = new Set([3, 11]);
    const reports = district.map((s, i) => schoolReport(wrong.has(i) ? { ...s, pupils: DISTRICT_PUPILS, onlineShare: 90 } : s));
    const issues = peerIssues(reports, QD131);
    expect(tuples(issues).map(([p, item]) => `${p} ${item}`)).toEqual(
      [3, 11].flatMap((i) => ['2.1', '5.1', '8.2'].map((item) => `huyen/${district[i]!.unit}.xlsx ${item}`)),
    );
    const reversed = peerIssues([...reports].reverse(), QD131);
    expect(reversed.map((i) => `${i.path} ${i.item} ${i.expected}`).sort()).toEqual(issues.map((i) => `${i.path} ${i.item} ${i.expected}`).sort());
  });

  test('600 files: every unit compared (the work is linear; speed is measured by the benchmark, not here)', () => {
    const district = normalDistrict(600, 9).map((s, i) => ({ ...s, unit: `Trường TH Số ${i}` }));
    const reports = district.map((s, i) => schoolReport(i === 599 ? { ...s, pupils: DISTRICT_PUPILS * 4 } : s));
    expect(tuples(peerIssues(reports, QD131))).toEqual([
      ['huyen/Trường TH Số 599.xlsx', '2.1', 'IMPLAUSIBLE', 'PL2!C12'],
      ['huyen/Trường TH Số 599.xlsx', '8.2', 'IMPLAUSIBLE', 'PL2!C26'],
    ]);
  });
});
