import { QD131 } from '../../src/engine/form/qd131';
import { consolidate } from '../../src/engine/consolidate';
import { consolidationJson } from '../../src/engine/consolidate/to-json';
import { handDistrict, implied, unitInput } from './fixtures';

const form = QD131;

describe('consolidate: sums and recomputed rates', () => {
  const c = consolidate(handDistrict(), { form });

  test('counts and populations are summed, the rate is recomputed from the sums (not the mean of rates)', () => {
    const i = c.items['1.1']!;
    expect([i.count, i.population]).toEqual([74, 75]);
    expect(i.rate).toBeCloseTo((74 / 75) * 100, 10);
    const meanOfRates = (100 + 90 + 100) / 3;
    expect(Math.abs(i.rate! - meanOfRates)).toBeGreaterThan(1);
  });

  test('"Không" from some units counts as zero; given populations beat implied ones', () => {
    const i = c.items['2.1']!;
    expect([i.count, i.population]).toEqual([310, 420]);
    expect(i.rate).toBeCloseTo((310 / 420) * 100, 10);
    expect(i.contributions.map((k) => [k.unit, k.count, k.population, k.notApplicable])).toEqual([
      ['Trường MN C', undefined, undefined, true],
      ['Trường TH A', 300, 320, undefined],
      ['Trường TH B', 10, 100, undefined],
    ]);
  });

  test('rate-only items are weighted by their population (given, or told from the unit\'s pupils)', () => {
    const i = c.items['5.1']!;
    expect(i.rate).toBeCloseTo((28 * 320 + 40 * 100) / 420, 10);
    expect(i.weight).toBe(420);
    expect(i.contributions.map((k) => [k.unit, k.rate, k.weight])).toEqual([
      ['Trường TH A', 28, 320],
      ['Trường TH B', 40, 100],
    ]);
    expect(c.issues.filter((x) => x.code === 'UNWEIGHTED_MEAN')).toEqual([]);
  });

  test('names merge as a set folding case, NFC/NFD and spacing; the count is the set size', () => {
    const i = c.items['3.1']!;
    // units in order (MN C first); the first spelling met is kept, tidied to NFC and single spaces
    expect(i.names).toEqual(['Trường học kết nối', 'VNEDU', 'Zoom', 'K12Online']);
    expect(i.names![0]).toBe('Trường học kết nối'.normalize('NFC'));
    expect(i.count).toBe(4);
  });

  test('"Không" from every unit stays "Không"', () => {
    expect(c.items['4.1']).toMatchObject({ notApplicable: true });
    expect(c.items['4.1']!.count).toBeUndefined();
  });

  test('items nobody answered are absent', () => {
    expect(c.items['1.2']).toBeUndefined();
    expect(c.items['9.2']).toBeUndefined();
  });

  test('units are ordered by level then name; populations are summed where every unit\'s is known', () => {
    expect(c.included.map((u) => u.name)).toEqual(['Trường MN C', 'Trường TH A', 'Trường TH B']);
    expect(c.populations.hoc_sinh_th).toBe(420);
    expect(c.populations.giao_vien).toBe(75);
    expect(c.populations.tre_mn).toBeUndefined();
  });

  test('JSON: the shape scripts rely on, rates rounded to 1 decimal, as the template prints them', () => {
    const j = consolidationJson(c, 'out/tong-hop.xlsx');
    expect(Object.keys(j)).toEqual(['out', 'units', 'items', 'issues']);
    expect(Object.keys(j.units)).toEqual(['included', 'missing', 'duplicates', 'rejected']);
    expect(j.items['1.1']).toEqual({ count: 74, rate: 98.7, population: 75 });
    expect(j.items['4.1']).toEqual({ notApplicable: true });
    expect(j.items['3.1']).toEqual({ count: 4, names: ['Trường học kết nối', 'VNEDU', 'Zoom', 'K12Online'] });
  });
});

describe('consolidate: rate-only items without weights', () => {
  test('plain mean with an UNWEIGHTED_MEAN warning naming the units', () => {
    const c = consolidate(
      [unitInput('Trường TH X', null, { '5.1': { rate: 20 } }), unitInput('Trường TH Y', 'TH', { '5.1': { rate: 30 }, '2.1': implied(50, 100) })],
      { form },
    );
    expect(c.items['5.1']!.rate).toBe(25);
    expect(c.issues.filter((i) => i.code === 'UNWEIGHTED_MEAN').map((i) => [i.item, i.severity, i.related])).toEqual([['5.1', 'warning', ['Trường TH X']]]);
  });

  test('a secondary school weights 5.2 by its pupils (học sinh trung học = học sinh at THCS)', () => {
    const c = consolidate(
      [
        unitInput('Trường THCS P', 'THCS', { '5.2': { rate: 35 }, '2.1': implied(600, 100) }),
        unitInput('Trường THCS Q', 'THCS', { '5.2': { rate: 50 }, '2.3': implied(200, 100) }),
      ],
      { form },
    );
    expect(c.items['5.2']!.rate).toBeCloseTo((35 * 600 + 50 * 200) / 800, 10);
  });
});

describe('consolidate: missing populations', () => {
  test('a count without rate or population stays out of the rate, with a PARTIAL_POPULATION warning', () => {
    const c = consolidate([unitInput('Trường TH A', 'TH', { '1.1': implied(45, 90) }), unitInput('Trường TH B', 'TH', { '1.1': { count: 10 } })], { form });
    expect(c.items['1.1']).toMatchObject({ count: 55, population: 50, rate: 90 });
    expect(c.issues.filter((i) => i.code === 'PARTIAL_POPULATION').map((i) => [i.item, i.related])).toEqual([['1.1', ['Trường TH B']]]);
  });

  test('a rate alone of a known population counts its share', () => {
    const c = consolidate([unitInput('Trường TH A', 'TH', { '3.3': { rate: 50 } }, { populations: { nguoi_hoc: 400 } })], { form });
    expect(c.items['3.3']).toMatchObject({ count: 200, population: 400, rate: 50 });
  });

  test('names without names: counts are summed', () => {
    const c = consolidate([unitInput('Trường TH A', 'TH', { '3.2': { count: 2 } }), unitInput('Trường TH B', 'TH', { '3.2': { count: 1 } })], { form });
    expect(c.items['3.2']).toMatchObject({ count: 3 });
    expect(c.items['3.2']!.names).toBeUndefined();
  });
});

describe('consolidate: duplicate, missing, rejected and excluded units', () => {
  const older = unitInput('TH Ngô Sĩ Liên', 'TH', { '1.1': implied(40, 100) }, { path: 'mail/ngo-si-lien-cu.xlsx', mtimeMs: Date.UTC(2024, 1, 1) });
  const newer = unitInput('Trường Tiểu học  Ngô Sĩ Liên', 'TH', { '1.1': implied(45, 100) }, { path: 'zalo/ngo-si-lien-moi.xlsx', mtimeMs: Date.UTC(2024, 1, 3) });
  const other = unitInput('Trường MN Hoa Sen', 'MN', { '1.1': implied(20, 100) });
  const corrupt = unitInput(null, null, {}, { path: 'mail/hong.xlsx', template: null, status: 'unreadable', findings: [{ code: 'UNREADABLE_FILE', reason: 'corrupt' }] });
  const foreign = unitInput(null, null, {}, { path: 'mail/bang-luong.xlsx', template: null, findings: [{ code: 'TEMPLATE_MISMATCH', reason: 'not-form' }] });

  test('a unit that sent twice is counted once, the newer file by modification time, and the issue says which', () => {
    const c = consolidate([newer, older, other], { form });
    expect(c.items['1.1']).toMatchObject({ count: 65, population: 65 });
    expect(c.duplicates).toEqual([{ unit: 'Trường Tiểu học  Ngô Sĩ Liên', kept: 'zalo/ngo-si-lien-moi.xlsx', dropped: ['mail/ngo-si-lien-cu.xlsx'] }]);
    const dup = c.issues.filter((i) => i.code === 'DUPLICATE_UNIT');
    expect(dup.map((i) => [i.code, i.severity, i.path])).toEqual([['DUPLICATE_UNIT', 'warning', 'zalo/ngo-si-lien-moi.xlsx']]);
    expect(dup[0]!.message).toContain('zalo/ngo-si-lien-moi.xlsx');
    expect(c.sources.map((s) => [s.path, s.status])).toEqual([
      ['zalo/ngo-si-lien-moi.xlsx', 'included'],
      ['mail/ngo-si-lien-cu.xlsx', 'duplicate'],
      ['district/Trường MN Hoa Sen.xlsx', 'included'],
    ]);
    expect(c.sources[1]!.reason).toContain('ngo-si-lien-moi.xlsx');
  });

  test('with a list of units, those that did not submit are missing; names match tolerantly', () => {
    const c = consolidate([newer, other], { form, units: ['TH Ngô Sĩ Liên', 'MN Hoa Sen', 'THCS Lê Lợi', 'Trường Mầm non Sơn Ca'] });
    expect(c.missing).toEqual(['THCS Lê Lợi', 'Trường Mầm non Sơn Ca']);
  });

  test('unreadable and foreign files are rejected with the reason; the others are consolidated', () => {
    const c = consolidate([corrupt, other, foreign], { form });
    expect(c.rejected.map((r) => r.path)).toEqual(['mail/hong.xlsx', 'mail/bang-luong.xlsx']);
    expect(c.rejected[0]!.reason).toMatch(/Không mở được tệp/);
    expect(c.rejected[1]!.reason).toMatch(/không phải Biểu số liệu/);
    expect(c.included.map((u) => u.name)).toEqual(['Trường MN Hoa Sen']);
    expect(c.sources.map((s) => s.status)).toEqual(['rejected', 'included', 'rejected']);
  });

  test('units with errors are counted and listed with their issues; excludeErrors leaves them out', () => {
    const faulty = unitInput('Trường TH Lỗi', 'TH', { '1.1': implied(30, 100) }, { findings: [{ code: 'RATE_MISMATCH', item: '1.3', cell: 'PL2!C10', expected: 50, actual: 60 }] });
    const kept = consolidate([faulty, other], { form });
    expect(kept.items['1.1']!.count).toBe(50);
    expect(kept.issues.map((i) => [i.unit, i.code, i.item, i.cell, i.path])).toEqual([['Trường TH Lỗi', 'RATE_MISMATCH', '1.3', 'PL2!C10', 'district/Trường TH Lỗi.xlsx']]);
    expect(kept.included.find((u) => u.name === 'Trường TH Lỗi')!.errors).toBe(1);

    const excluded = consolidate([faulty, other], { form, excludeErrors: true });
    expect(excluded.items['1.1']!.count).toBe(20);
    expect(excluded.excluded.map((u) => u.name)).toEqual(['Trường TH Lỗi']);
    expect(excluded.sources.map((s) => s.status)).toEqual(['excluded', 'included']);
    const j = consolidationJson(excluded, 'x.xlsx');
    expect(j.units.included).toEqual(['Trường MN Hoa Sen']);
    expect(j.units.rejected.map((r) => r.path)).toEqual(['district/Trường TH Lỗi.xlsx']);
    // an excluded unit did submit: it is not missing
    expect(consolidate([faulty], { form, units: ['TH Lỗi'], excludeErrors: true }).missing).toEqual([]);
  });

  test('a unit named nowhere in its workbook is known by its file name', () => {
    const c = consolidate([unitInput(null, null, { '1.1': implied(5, 100) }, { path: 'in/Trường TH Vô Danh.xlsx' })], { form });
    expect(c.included.map((u) => u.name)).toEqual(['Trường TH Vô Danh']);
  });

  test('no input: nothing is consolidated', () => {
    const c = consolidate([], { form });
    expect([c.included, c.items, c.populations]).toEqual([[], {}, {}]);
  });
});
