import { QD131 } from '../../src/engine/form/qd131';
import { consolidate } from '../../src/engine/consolidate';
import { buildConsolidatedLayout } from '../../src/engine/consolidate/layout/build-consolidated-layout';
import { consolidationSummary } from '../../src/engine/consolidate/summary-text';
import { UNREADABLE_VALUE_CODES } from '../../src/engine/consolidate/unreadable-values';
import { a1 } from '../../src/engine/grid';
import type { SheetLayout } from '../../src/engine/layout';
import { districtWithMisreadCount, implied, unitInput } from './fixtures';

const form = QD131;
const at = (sheet: SheetLayout, ref: string) => sheet.cells.find((c) => a1(c.row, c.col) === ref);

describe('values the check could not read are left out of the sums', () => {
  const c = consolidate(districtWithMisreadCount(), { form });

  test('the reading kinds are named data, by issue code', () => {
    expect([...UNREADABLE_VALUE_CODES]).toEqual(['NOT_INTEGER', 'AMBIGUOUS_NUMBER', 'UNPARSEABLE', 'NEGATIVE']);
  });

  test('the item\'s sum excludes the unreadable value; the rate is recomputed without it', () => {
    const i = c.items['2.1']!;
    expect([i.count, i.population]).toEqual([300, 320]);
    expect(i.rate).toBeCloseTo(93.75, 10);
    expect(Number.isInteger(i.count)).toBe(true);
    expect(i.contributions.map((k) => [k.unit, k.count, k.population, k.leftOut?.code, k.cell])).toEqual([
      ['Trường MN C', undefined, undefined, undefined, undefined],
      ['Trường TH A', 300, 320, undefined, 'PL2!C9'],
      ['Trường TH B', undefined, undefined, 'NOT_INTEGER', 'PL2!C9'],
    ]);
  });

  test('the unit is still counted for its other items', () => {
    expect(c.included.map((u) => u.name)).toContain('Trường TH B');
    expect([c.items['1.1']!.count, c.items['1.1']!.population]).toEqual([74, 75]);
    expect(c.items['3.1']!.count).toBe(4);
    expect(c.items['5.1']!.rate).toBeCloseTo((28 * 320 + 40 * 100) / 420, 10);
  });

  test('a notice says which unit\'s value was left out of which item, and why, in Vietnamese', () => {
    const notices = c.issues.filter((i) => i.code === 'VALUE_LEFT_OUT');
    expect(notices.map((i) => [i.unit, i.item, i.cell, i.reason, i.severity, i.path])).toEqual([
      ['Trường TH B', '2.1', 'PL2!C9', 'NOT_INTEGER', 'warning', 'district/Trường TH B.xlsx'],
    ]);
    expect(notices[0]!.message).toBe(
      'Mục 2.1: số liệu của Trường TH B (ô PL2!C9) không được cộng vào tổng vì số 10,5 không phải số nguyên; các mục khác của đơn vị vẫn được tổng hợp. Hãy nhập giá trị đúng vào ô để trống ở trang "Chi tiết đơn vị" (tổng tự tính lại) hoặc đề nghị đơn vị sửa rồi gửi lại.',
    );
    // the unit's own issue is still listed, and still counted as its error
    expect(c.issues.filter((i) => i.code === 'NOT_INTEGER').map((i) => [i.unit, i.item])).toEqual([['Trường TH B', '2.1']]);
    expect(c.included.find((u) => u.name === 'Trường TH B')!.errors).toBe(1);
  });

  test('the summary names it', () => {
    const lines = consolidationSummary(c, form, 'out.xlsx');
    expect(lines.filter((l) => l.includes('Không cộng vào tổng'))).toEqual([
      '  Không cộng vào tổng: 1 giá trị không đọc được (Trường TH B, mục 2.1 ô PL2!C9: số 10,5 không phải số nguyên). Các mục khác của các đơn vị này vẫn được tổng hợp; nhập giá trị đúng ở trang "Chi tiết đơn vị".',
    ]);
  });

  test('Chi tiết đơn vị: the cell is empty and marked, with the issue noted; the live formulas sum the rest', () => {
    const [, detail, issues] = buildConsolidatedLayout(c, form).sheets;
    // 1.1 in E–G, 2.1 in H–J; units MN C, TH A, TH B in rows 6–8, totals in row 9
    expect(at(detail!, 'H5')!.value).toBe('Số lượng');
    const count = at(detail!, 'H8')!;
    expect(count.value).toBeNull();
    expect(count.style?.fill).toBe('F8CBAD');
    expect(count.note).toContain('số lượng 10,5 không phải số nguyên');
    expect(at(detail!, 'I8')!.value).toBeNull();
    expect(at(detail!, 'J8')!.value).toEqual({ formula: 'IF(N(I8)>0,H8/I8,"")', result: '' });
    expect(at(detail!, 'H9')!.value).toEqual({ formula: 'SUM(H6:H8)', result: 300 });
    expect(at(detail!, 'I9')!.value).toEqual({ formula: 'SUM(I6:I8)', result: 320 });
    // TH B's 1.1 is still there
    expect(at(detail!, 'E8')!.value).toBe(9);
    // Kiểm tra lists the notice with its unit, cell and item
    const row = issues!.cells.find((x) => x.col === 5 && x.value === 'VALUE_LEFT_OUT')!.row;
    expect([1, 3, 4].map((col) => issues!.cells.find((x) => x.row === row && x.col === col)!.value)).toEqual(['Trường TH B', 'PL2!C9', '2.1']);
  });

  test('a warning does not leave a value out; nor does an error of another kind', () => {
    const inputs = [
      unitInput('Trường TH X', 'TH', { '1.1': implied(40, 100, 'PL2!C8') }, { findings: [{ code: 'IMPLAUSIBLE', item: '1.1', cell: 'PL2!C8', actual: 40 }] }),
      unitInput('Trường TH Y', 'TH', { '1.1': implied(10, 100, 'PL2!C8') }, { findings: [{ code: 'RATE_MISMATCH', item: '1.1', cell: 'PL2!C8', expected: 100, actual: 90 }] }),
    ];
    const r = consolidate(inputs, { form });
    expect(r.items['1.1']!.count).toBe(50);
    expect(r.issues.filter((i) => i.code === 'VALUE_LEFT_OUT')).toEqual([]);
  });

  test('every unit\'s value unreadable: no figure, the item still traced', () => {
    const r = consolidate(
      [unitInput('Trường TH X', 'TH', { '1.1': { count: -3, rate: 100, cell: 'PL2!C8' } }, { findings: [{ code: 'NEGATIVE', item: '1.1', cell: 'PL2!C8', actual: -3, reason: 'count' }] })],
      { form },
    );
    expect(r.items['1.1']).toEqual({ code: '1.1', contributions: [{ unit: 'Trường TH X', path: 'district/Trường TH X.xlsx', cell: 'PL2!C8', leftOut: { code: 'NEGATIVE', message: expect.any(String) } }] });
    expect(r.issues.find((i) => i.code === 'VALUE_LEFT_OUT')!.message).toContain('giá trị -3 là số âm');
  });

  test('a population given on the form that could not be read is not used as the unit\'s size', () => {
    const r = consolidate(
      [
        unitInput('Trường TH X', 'TH', { '5.1': { rate: 20 }, '2.1': implied(300, 100) }, {
          populations: { hoc_sinh_th: 3.5 },
          findings: [{ code: 'NOT_INTEGER', item: 'hoc_sinh_th', cell: 'PL2!D40', actual: 3.5, reason: 'population' }],
        }),
        unitInput('Trường TH Y', 'TH', { '5.1': { rate: 40 } }, { populations: { hoc_sinh_th: 100 } }),
      ],
      { form },
    );
    // TH X weighs its 300 pupils told from 2.1, not 3,5
    expect(r.items['5.1']!.rate).toBeCloseTo((20 * 300 + 40 * 100) / 400, 10);
    expect(r.issues.filter((i) => i.code === 'VALUE_LEFT_OUT').map((i) => [i.unit, i.item, i.message.slice(0, 45)])).toEqual([
      ['Trường TH X', 'hoc_sinh_th', 'Số liệu chung "Tổng số học sinh tiểu học": số'],
    ]);
  });
});
