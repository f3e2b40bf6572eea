import { checkWorkbook } from '../../src/engine/check-workbook';
import type { CellValue } from '../../src/engine/grid';
import { sheet, tuples, workbook } from './support/build-grid';
import { formRows } from './support/form-rows';

const check = (rows: CellValue[][], path = 'x.xlsx') => checkWorkbook(workbook(sheet('PL2', rows)), { path });
const only = <T extends { code: string }>(issues: readonly T[], code: string): T[] => issues.filter((i) => i.code === code);

describe('RATE_MISMATCH (Lào Cai, seed 004)', () => {
  it('"168/612 trường (đạt 24,4%)" is 27,5%', () => {
    const r = check(formRows({ '8': '- Tổng số cơ sở giáo dục đã triển khai: 168/612 trường (đạt 24,4%)' }, 'SỞ GD&ĐT LÀO CAI'));
    expect(r.items['8.1']).toEqual({ count: 168, rate: 24.4, population: 612, cell: 'PL2!C12' });
    const [issue, ...rest] = only(r.issues, 'RATE_MISMATCH');
    expect(rest).toEqual([]);
    expect([issue!.item, issue!.cell, issue!.expected, issue!.actual]).toEqual(['8.1', 'PL2!C12', 27.5, 24.4]);
    expect(issue!.message).toContain('27,5%');
  });

  it('"199/612 trường (đạt 32,5%)" passes', () => {
    const r = check(formRows({ '8': '- Tổng số cơ sở giáo dục đã triển khai: 199/612 trường (đạt 32,5%)' }, 'SỞ GD&ĐT LÀO CAI'));
    expect(r.items['8.1']).toMatchObject({ count: 199, rate: 32.5, population: 612 });
    expect(only(r.issues, 'RATE_MISMATCH')).toEqual([]);
  });

  it('"100%" needs the exact rate ≥ 99,5%', () => {
    const r = check(formRows({ '8': '- Tổng số cơ sở giáo dục đã triển khai: 198/200 (đạt 100%)' }));
    expect(only(r.issues, 'RATE_MISMATCH').map((i) => [i.item, i.expected, i.actual])).toEqual([['8.1', 99, 100]]);
  });
});

describe('DENOMINATOR_CONFLICT', () => {
  it('1.1 and 1.3 imply different numbers of teachers', () => {
    const r = check(
      formRows({
        '1': '- Tổng số giáo viên có máy tính: 45, đạt tỉ lệ: 90%\n- Tổng số giáo viên có đường truyền Internet: 45, đạt tỉ lệ: 100%',
      }),
    );
    const found = only(r.issues, 'DENOMINATOR_CONFLICT');
    expect(found.map((i) => [i.item, i.cell, i.expected, i.actual, i.related])).toEqual([['1.3', 'PL2!C5', 50, 45, ['1.1']]]);
    expect(found[0]!.severity).toBe('warning');
  });

  it('allows what the rounding of the stated rates allows', () => {
    // 33/55 = 60 %; 8.4's 33 at 60 % implies 54.5–55.5
    const r = check(
      formRows({
        '8': '- Tổng số cơ sở giáo dục đã triển khai: 55 đạt tỉ lệ: 100%\n- Số lượng các cơ sở giáo dục đào tạo quản lý hồ sơ số đối với cơ sở vật chất, thiết bị và các nguồn lực khác phục vụ giáo dục, đào tạo và nghiên cứu: 33, đạt tỉ lệ: 60 %',
      }, 'PHÒNG GD&ĐT THÀNH PHỐ BẮC GIANG'),
    );
    expect(only(r.issues, 'DENOMINATOR_CONFLICT')).toEqual([]);
  });

  it('a population written on one item against one implied by another', () => {
    const r = check(
      formRows({
        '2': '- Tổng số học sinh có máy tính: 300/400 (75%)\n- Tổng số học sinh có đường truyền Internet: 450, đạt tỉ lệ: 90%',
      }),
    );
    expect(only(r.issues, 'DENOMINATOR_CONFLICT').map((i) => [i.item, i.expected, i.actual, i.related])).toEqual([['2.3', 400, 500, ['2.1']]]);
  });

  it('nhà giáo must be at least giáo viên', () => {
    const r = check(
      formRows({
        '1': '- Tổng số giáo viên có máy tính: 60, đạt tỉ lệ: 100%',
        '8': '- Số lượng nhà giáo được quản lý bằng hồ sơ số với định danh thống nhất: 40, đạt tỉ lệ: 100%',
      }),
    );
    const found = only(r.issues, 'DENOMINATOR_CONFLICT');
    expect(found.map((i) => [i.item, i.cell, i.reason, i.expected, i.actual, i.related])).toEqual([['8.3', 'PL2!C12', 'contains', 60, 40, ['1.1']]]);
  });
});

describe('populations given on the form', () => {
  const block: CellValue[][] = [
    ['PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ BẮC GIANG', '', ''],
    ['Số liệu chung', '', ''],
    ['Tổng số người học', '44.790', ''],
    ['Tổng số trẻ mầm non', 12292, ''],
    ['Tổng số học sinh tiểu học', 18852, ''],
    ['Tổng số học sinh THCS: 13.596', '', ''],
    ['Tổng số giáo viên', 40, ''],
  ];
  const rows = [
    ...block,
    ...formRows({
      '1': 'Tổng số giáo viên có máy tính: 45, đạt tỉ lệ: 100%',
      '8': '- Số lượng người học được quản lý bằng hồ sơ số với định danh thống nhất: 44.790 đạt tỉ lệ: 100%',
    }).slice(2),
  ];
  const r = check(rows);

  it('reads them', () => {
    expect(r.unit).toBe('Phòng Giáo dục và Đào tạo thành phố Bắc Giang');
    expect(r.populations).toEqual({ nguoi_hoc: 44790, tre_mn: 12292, hoc_sinh_th: 18852, hoc_sinh_thcs: 13596, giao_vien: 40 });
    expect(r.items['8.2']).toEqual({ count: 44790, rate: 100, population: 44790, cell: 'PL2!C17' });
  });

  it('SUM_MISMATCH: 44.790 learners vs 12.292 + 18.852 + 13.596 = 44.740', () => {
    const found = only(r.issues, 'SUM_MISMATCH');
    expect(found.map((i) => [i.item, i.cell, i.expected, i.actual])).toEqual([['nguoi_hoc', 'PL2!B3', 44740, 44790]]);
    expect(found[0]!.message).toBe(
      'Tổng số người học (ô PL2!B3): tổng ghi 44.790 nhưng cộng các thành phần (12.292 + 18.852 + 13.596) được 44.740. Hãy sửa cho khớp.',
    );
  });

  it('COUNT_EXCEEDS_TOTAL: 45 teachers with computers out of 40', () => {
    expect(only(r.issues, 'COUNT_EXCEEDS_TOTAL').map((i) => [i.item, i.cell, i.expected, i.actual])).toEqual([['1.1', 'PL2!C10', 40, 45]]);
    expect(only(r.issues, 'RATE_MISMATCH')).toEqual([]);
  });
});

describe('values that are wrong in themselves', () => {
  it('NEGATIVE, RATE_OUT_OF_RANGE, UNPARSEABLE', () => {
    const r = check(
      formRows({
        '1': '- Tổng số giáo viên có máy tính: -5, đạt tỉ lệ: 10%\n- Tổng số giáo viên có đường truyền Internet: 45, đạt tỉ lệ: 110%',
        '2': '- Tổng số học sinh có máy tính: đang cập nhật',
      }),
    );
    expect(tuples(r.issues.filter((i) => i.severity === 'error'))).toEqual([
      ['1.1', 'NEGATIVE', 'PL2!C5'],
      ['1.3', 'RATE_OUT_OF_RANGE', 'PL2!C5'],
      ['2.1', 'UNPARSEABLE', 'PL2!C6'],
    ]);
  });

  it('MISSING_VALUE: required blanks still "..." at the unit level, not optional or other-level ones', () => {
    const r = check(
      formRows({
        '1': '- Tổng số giáo viên có máy tính: .đạt tỉ lệ: ...%\n- Tổng số giảng viên có máy tính: .đạt tỉ lệ: ...%\n- Tổng số giáo viên có đường truyền Internet: 45 tỉ lệ: …%',
        '3': 'Nếu có, - Số nền tảng: ... (nêu rõ tên) - Số nền tảng là sản phẩm trong nước: - Số lượng học sinh/ sinh viên tham gia sử dụng nền tảng, đạt tỉ lệ: ...%',
        '5': '- Tỉ trọng nội dung triển khai dưới hình thức trực tuyến ở bậc tiểu học chiếm ..... %\n- Tỉ trọng nội dung triển khai dưới hình thức trực tuyến ở bậc trung học chiếm ..... %',
        '9': '- Số lượng hồ sơ giải quyết trực tuyến mức độ 3 và 4: ....., đạt tỉ lệ: ..%',
      }),
    );
    expect(r.level).toBe('TH');
    expect(tuples(only(r.issues, 'MISSING_VALUE'))).toEqual([
      ['1.1', 'MISSING_VALUE', 'PL2!C5'],
      ['5.1', 'MISSING_VALUE', 'PL2!C9'],
    ]);
  });

  it('MISSING_VALUE for every non-optional blank when the level is unknown', () => {
    const rows = formRows({ '9': '- Số lượng hồ sơ giải quyết trực tuyến mức độ 3 và 4: ....., đạt tỉ lệ: ..%' }, 'ĐƠN VỊ: ABC').slice(1);
    const r = check(rows, 'nop/bieu.xlsx');
    expect([r.unit, r.level]).toEqual(['bieu', null]);
    expect(tuples(only(r.issues, 'MISSING_VALUE'))).toEqual([['9.2', 'MISSING_VALUE', 'PL2!C12']]);
  });

  it('IMPLAUSIBLE: a year like "GDPT 2028", a platform count of 1500', () => {
    const r = check(
      formRows({
        '3': '- Số nền tảng: 1500 (Microsoft Office 365)',
        '5': '- Tỉ trọng nội dung triển khai dưới hình thức trực tuyến ở bậc tiểu học chiếm 20% (Chương trình GDPT 2028)',
      }),
    );
    expect(only(r.issues, 'IMPLAUSIBLE').map((i) => [i.item, i.cell, i.expected, i.actual, i.severity])).toEqual([
      ['3.1', 'PL2!C7', 50, 1500, 'warning'],
      [undefined, 'PL2!C9', 2018, 2028, 'warning'],
    ]);
  });
});

describe('TEMPLATE_MISMATCH', () => {
  it('a workbook that is not the form', () => {
    const r = checkWorkbook(workbook(sheet('Sheet1', [['Họ và tên', 'Lớp'], ['Nguyễn Văn A', '6A']])), { path: 'd/danh-sach.xlsx' });
    expect(r.template).toBeNull();
    expect(r.items).toEqual({});
    expect(r.unit).toBe('danh-sach');
    expect(r.issues.map((i) => [i.code, i.reason, i.severity])).toEqual([['TEMPLATE_MISMATCH', 'not-form', 'error']]);
  });

  it('an empty workbook', () => {
    const r = checkWorkbook(workbook(), { path: 'rong.xlsx' });
    expect(r.issues.map((i) => i.code)).toEqual(['TEMPLATE_MISMATCH']);
  });

  it('STT rows missing or out of order', () => {
    const rows = formRows({});
    const missing = rows.filter((_, i) => i !== 7); // drop STT 4
    const r = check(missing);
    expect(only(r.issues, 'TEMPLATE_MISMATCH').map((i) => [i.reason, i.expected])).toEqual([['missing-row', 4]]);
    const swapped = [...rows];
    [swapped[5], swapped[6]] = [swapped[6]!, swapped[5]!];
    const r2 = check(swapped);
    expect(only(r2.issues, 'TEMPLATE_MISMATCH').map((i) => [i.reason, i.cell, i.actual])).toEqual([['order', 'PL2!B7', 2]]);
  });
});
