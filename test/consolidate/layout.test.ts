import { QD131 } from '../../src/engine/form/qd131';
import { consolidate } from '../../src/engine/consolidate';
import { buildConsolidatedLayout } from '../../src/engine/consolidate/layout/build-consolidated-layout';
import { itemLine, sectionText } from '../../src/engine/consolidate/layout/result-text';
import { isFormula, type SheetLayout } from '../../src/engine/layout';
import { a1 } from '../../src/engine/grid';
import { handDistrict, unitInput } from './fixtures';

const form = QD131;
const item = (code: string) => form.sections.flatMap((s) => s.items).find((i) => i.code === code)!;
const at = (sheet: SheetLayout, ref: string) => sheet.cells.find((c) => a1(c.row, c.col) === ref);
const named = (sheet: SheetLayout, name: string) => sheet.cells.find((c) => c.name === name);

describe('the official "Kết quả (số liệu)" text', () => {
  test('count and rate in Vietnamese number style', () => {
    expect(itemLine(item('1.1'), { code: '1.1', count: 2023, population: 2023, rate: 100, contributions: [] })).toBe(
      '- Tổng số giáo viên có máy tính: 2.023, đạt tỉ lệ: 100%',
    );
    expect(itemLine(item('9.3'), { code: '9.3', count: 44700, population: 44790, rate: (44700 / 44790) * 100, contributions: [] })).toBe(
      '- Số lượng (ước tính) người học, phụ huynh hài lòng về chất lượng dịch vụ trực tuyến của các cơ sở giáo dục: 44.700, đạt tỉ lệ: 99,8%',
    );
    expect(itemLine(item('5.1'), { code: '5.1', rate: 30.857, contributions: [] })).toBe(
      '- Tỉ trọng nội dung triển khai dưới hình thức trực tuyến ở bậc tiểu học chiếm 30,9%',
    );
    expect(itemLine(item('3.1'), { code: '3.1', count: 3, names: ['Zoom', 'K12Online', 'VNEdu'], contributions: [] })).toBe('- Số nền tảng: 3 (Zoom, K12Online, VNEdu)');
  });

  test('one cell per STT, blanks on separate lines; "Không" when nothing applies', () => {
    const c = consolidate(handDistrict(), { form });
    const s1 = form.sections[0]!;
    expect(sectionText(s1, c.items, 'phong').split('\n')).toEqual([
      '- Tổng số giáo viên có máy tính: 74, đạt tỉ lệ: 98,7%',
      // asked of a Phòng, answered by no school: left as issued, to be filled
      '- Tổng số giáo viên có đường truyền Internet: ..... tỉ lệ: ...%',
    ]);
    expect(sectionText(form.sections[3]!, c.items, 'phong')).toBe('- Tổng số cơ sở giáo dục đại học đã cung cấp: Không');
    expect(sectionText(form.sections[5]!, c.items, 'phong')).toBe('Không');
  });
});

describe('buildConsolidatedLayout', () => {
  const c = consolidate(handDistrict(), { form, units: ['TH A', 'TH B', 'MN C', 'THCS D'] });
  const layout = buildConsolidatedLayout(c, form, { unit: 'Phòng GD&ĐT Thử' });
  const [summary, detail, issues, sources] = layout.sheets;

  test('four sheets, Times New Roman, A4 landscape, frozen headers', () => {
    expect(layout.sheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Chi tiết đơn vị', 'Kiểm tra', 'Nguồn']);
    for (const s of layout.sheets) {
      expect(s.baseStyle.font).toBe('Times New Roman');
      expect(s.print).toMatchObject({ orientation: 'landscape', paper: 'A4' });
      expect(s.freeze!.rows).toBeGreaterThan(0);
    }
  });

  test('Tổng hợp: the numbers under the template\'s names, the rate a live formula', () => {
    expect(named(summary!, 'Bieu_DonVi')!.value).toBe('Phòng GD&ĐT Thử');
    expect(named(summary!, 'Bieu_CapDonVi')!.value).toBe('phong');
    expect(named(summary!, 'Bieu_MaBieu')!.value).toBe('qd131');
    expect(named(summary!, 'Bieu_1_1_SoLuong')!.value).toBe(74);
    expect(named(summary!, 'Bieu_1_1_TongSo')!.value).toBe(75);
    const rate = named(summary!, 'Bieu_1_1_TiLe')!;
    const count = named(summary!, 'Bieu_1_1_SoLuong')!;
    expect(isFormula(rate.value) && rate.value.formula).toBe(`IF(N(F${count.row + 1})>0,E${count.row + 1}/F${count.row + 1}*100,"")`);
    expect(isFormula(rate.value) && rate.value.result).toBeCloseTo((74 / 75) * 100, 10);
    expect(named(summary!, 'Bieu_5_1_TiLe')!.value).toBeCloseTo((28 * 320 + 40 * 100) / 420, 10);
    expect(named(summary!, 'Bieu_3_1_Ten')!.value).toBe('Trường học kết nối, VNEDU, Zoom, K12Online');
    // the weight of 5.1 travels in "Số liệu chung"
    expect(named(summary!, 'Bieu_Chung_hoc_sinh_th')!.value).toBe(420);
    // populations items are rated against travel in the items' own totals, never twice
    expect(named(summary!, 'Bieu_Chung_giao_vien')).toBeUndefined();
    // "Không" everywhere: in the text, and in the first input as a unit would type it
    expect(named(summary!, 'Bieu_4_1_SoLuong')!.value).toBe('Không');
    expect(named(summary!, 'Bieu_4_1_TongSo')).toBeUndefined();
  });

  test('Chi tiết đơn vị: a row per unit, totals =SUM(...) and rates =IF(pop>0,count/pop,"")', () => {
    expect(['A4', 'B4', 'C4', 'D4', 'E4', 'E5', 'F5', 'G5'].map((ref) => at(detail!, ref)!.value)).toEqual([
      'STT', 'Đơn vị', 'Cấp', 'Số lỗi', '1.1. Giáo viên có máy tính', 'Số lượng', 'Tổng số', 'Tỉ lệ',
    ]);
    expect(detail!.cells.filter((x) => x.col === 1 && x.row >= 5).map((x) => x.value)).toEqual(['Trường MN C', 'Trường TH A', 'Trường TH B', 'Tổng cộng']);
    // 1.1 is the first item: count E, population F, rate G; units in rows 6-8, totals in row 9
    expect(at(detail!, 'E9')!.value).toEqual({ formula: 'SUM(E6:E8)', result: 74 });
    expect(at(detail!, 'F9')!.value).toEqual({ formula: 'SUM(F6:F8)', result: 75 });
    expect(at(detail!, 'G9')!.value).toEqual({ formula: 'IF(N(F9)>0,E9/F9,"")', result: 74 / 75 });
    expect(at(detail!, 'G7')!.value).toEqual({ formula: 'IF(N(F7)>0,E7/F7,"")', result: 1 });
    expect(detail!.freeze).toEqual({ rows: 5, cols: 2 });
  });

  test('Kiểm tra and Nguồn list every issue and every file', () => {
    expect(issues!.cells.filter((x) => x.row === 3).map((x) => x.value)).toEqual(['STT', 'Đơn vị', 'Tệp', 'Ô', 'Mục', 'Mã', 'Mức độ', 'Nội dung']);
    expect(sources!.cells.filter((x) => x.row === 3).map((x) => x.value)).toEqual([
      'STT', 'Tệp', 'Đơn vị', 'Kích thước (byte)', 'Thời gian sửa đổi', 'SHA-256', 'Trạng thái', 'Lý do',
    ]);
    expect(sources!.cells.filter((x) => x.col === 6 && x.row > 3).map((x) => x.value)).toEqual(['Đã tổng hợp', 'Đã tổng hợp', 'Đã tổng hợp']);
  });

  test('a duplicate and a rejected file show in Nguồn with why; an issue in Kiểm tra with its unit', () => {
    const c2 = consolidate(
      [
        unitInput('Trường TH A', 'TH', { '1.1': { count: 1, rate: 100, population: 1 } }, { path: 'a-cu.xlsx', mtimeMs: 1 }),
        unitInput('TH A', 'TH', { '1.1': { count: 2, rate: 100, population: 2 } }, { path: 'a-moi.xlsx', mtimeMs: 2, findings: [{ code: 'RATE_MISMATCH', item: '1.1', cell: 'PL2!C8', expected: 50, actual: 60 }] }),
        unitInput(null, null, {}, { path: 'hong.xlsx', template: null, status: 'unreadable', findings: [{ code: 'UNREADABLE_FILE', reason: 'password' }] }),
      ],
      { form },
    );
    const [, , iss, src] = buildConsolidatedLayout(c2, form).sheets;
    const rows = (s: SheetLayout, cols: number[]) =>
      [...new Set(s.cells.filter((x) => x.row > 3).map((x) => x.row))].map((r) => cols.map((col) => s.cells.find((x) => x.row === r && x.col === col)?.value));
    expect(rows(src!, [1, 6])).toEqual([['a-cu.xlsx', 'Trùng lặp'], ['a-moi.xlsx', 'Đã tổng hợp'], ['hong.xlsx', 'Bị loại']]);
    expect(rows(iss!, [1, 2, 3, 4, 5, 6])).toEqual([
      ['', 'hong.xlsx', '', '', 'UNREADABLE_FILE', 'Lỗi'],
      ['TH A', 'a-moi.xlsx', '', '', 'DUPLICATE_UNIT', 'Cảnh báo'],
      ['TH A', 'a-moi.xlsx', 'PL2!C8', '1.1', 'RATE_MISMATCH', 'Lỗi'],
    ]);
  });
});
