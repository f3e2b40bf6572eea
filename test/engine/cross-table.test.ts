import { checkWorkbook } from '../../src/engine/check-workbook';
import type { CellValue } from '../../src/engine/grid';
import { sheet, tuples, workbook } from './support/build-grid';
import { formRows, sttRow } from './support/form-rows';

const LINE_8_1 = '- Tổng số cơ sở giáo dục đã triển khai: 55, đạt tỉ lệ: 100%';
const line84 = (rate: number): string =>
  `- Số lượng các cơ sở giáo dục đào tạo quản lý hồ sơ số đối với cơ sở vật chất, thiết bị và các nguồn lực khác phục vụ giáo dục, đào tạo và nghiên cứu: 22, đạt tỉ lệ: ${rate}%`;
const filled = (rate84: number, teachers = 45): CellValue[][] =>
  formRows(
    {
      '1': `- Tổng số giáo viên có máy tính: ${teachers}, đạt tỉ lệ: 100%\n- Tổng số giáo viên có đường truyền Internet: ${teachers}, đạt tỉ lệ: 100%`,
      '8': `${LINE_8_1}\n${line84(rate84)}`,
    },
    'PHÒNG GD&ĐT THÀNH PHỐ BẮC GIANG',
  );
const conflicts = (issues: ReadonlyArray<{ code: string; item?: string; cell?: string }>) =>
  tuples(issues.filter((i) => i.code === 'CROSS_TABLE_CONFLICT'));
const c8 = `C${sttRow(8) + 1}`;

describe('CROSS_TABLE_CONFLICT (seed 002: 40 % in the body, 50 % in the appendix)', () => {
  it('a second copy of the form in another sheet with another rate', () => {
    const r = checkWorkbook(workbook(sheet('PL2', filled(40)), sheet('PhuLuc', filled(50))), { path: 'phong.xlsx' });
    expect(conflicts(r.issues)).toEqual([['8.4', 'CROSS_TABLE_CONFLICT', `PhuLuc!${c8}`]]);
    const [issue] = r.issues.filter((i) => i.code === 'CROSS_TABLE_CONFLICT');
    expect([issue!.actual, issue!.expected, issue!.related, issue!.severity]).toEqual([50, 40, [`PL2!${c8}`], 'warning']);
    expect(issue!.message).toBe(
      `Mục 8.4 (ô PhuLuc!${c8}): cùng một chỉ tiêu có hai giá trị khác nhau: 50% ở đây, 40% ở ô PL2!${c8}. Hãy thống nhất một giá trị.`,
    );
    // the first copy is the reading
    expect(r.items['8.4']).toMatchObject({ count: 22, rate: 40, cell: `PL2!${c8}` });
  });

  it('identical copies are no conflict', () => {
    const r = checkWorkbook(workbook(sheet('PL2', filled(40)), sheet('PhuLuc', filled(40))), { path: 'phong.xlsx' });
    expect(conflicts(r.issues)).toEqual([]);
    const single = checkWorkbook(workbook(sheet('PL2', filled(40))), { path: 'phong.xlsx' });
    expect(r.issues).toEqual(single.issues);
    expect(r.items).toEqual(single.items);
  });

  it('a copy further down the same sheet', () => {
    const body = filled(40);
    const rows = [...body, ['', '', ''], ['PHỤ LỤC', '', ''], ...filled(50, 46)];
    const r = checkWorkbook(workbook(sheet('PL2', rows)), { path: 'phong.xlsx' });
    const offset = body.length + 2;
    expect(conflicts(r.issues)).toEqual([
      ['1.1', 'CROSS_TABLE_CONFLICT', `PL2!C${sttRow(1) + offset + 1}`],
      ['1.3', 'CROSS_TABLE_CONFLICT', `PL2!C${sttRow(1) + offset + 1}`],
      ['8.4', 'CROSS_TABLE_CONFLICT', `PL2!C${sttRow(8) + offset + 1}`],
    ]);
    expect(r.issues.filter((i) => i.code === 'CROSS_TABLE_CONFLICT').map((i) => [i.actual, i.expected])).toEqual([
      [46, 45],
      [46, 45],
      [50, 40],
    ]);
    expect(r.items['8.4']).toMatchObject({ rate: 40, cell: `PL2!${c8}` });
    expect(r.issues.filter((i) => i.code === 'TEMPLATE_MISMATCH')).toEqual([]);
  });

  it('an item repeated within the form, "Không" against a number', () => {
    const rows = formRows({
      '1': '- Tổng số giáo viên có máy tính: 45, đạt tỉ lệ: 100%\n- Tổng số giáo viên có đường truyền Internet: 45, đạt tỉ lệ: 100%',
    });
    rows.splice(sttRow(1) + 1, 0, ['', '', '- Tổng số giáo viên có máy tính: Không']);
    const r = checkWorkbook(workbook(sheet('PL2', rows)), { path: 'th.xlsx' });
    const found = r.issues.filter((i) => i.code === 'CROSS_TABLE_CONFLICT');
    expect(found.map((i) => [i.item, i.cell, i.actual, i.expected, i.related])).toEqual([
      ['1.1', `PL2!C${sttRow(1) + 2}`, 'Không', 45, [`PL2!C${sttRow(1) + 1}`]],
    ]);
    expect(r.items['1.1']).toMatchObject({ count: 45, rate: 100 });
  });

  it('a value in one copy and a blank in the other is no conflict', () => {
    const blank = formRows({ '1': filled(40)[sttRow(1)]![2], '8': `${LINE_8_1}\n- Số lượng các cơ sở giáo dục đào tạo quản lý hồ sơ số đối với cơ sở vật chất, thiết bị và các nguồn lực khác phục vụ giáo dục, đào tạo và nghiên cứu: ..., đạt tỉ lệ: ...%` });
    const r = checkWorkbook(workbook(sheet('PL2', filled(40)), sheet('PhuLuc', blank)), { path: 'phong.xlsx' });
    expect(conflicts(r.issues)).toEqual([]);
  });
});
