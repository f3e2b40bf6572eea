import { checkWorkbook } from '../../src/engine/check-workbook';
import { levelOfUnit, titleCaseVi, unitFromPath } from '../../src/engine/read/unit-name';
import { sheet, workbook } from './support/build-grid';
import { formRows } from './support/form-rows';

describe('unit name', () => {
  it('title-cases header lines, keeping diacritics and acronyms', () => {
    expect(titleCaseVi('TRƯỜNG TH NGÔ SĨ LIÊN')).toBe('Trường TH Ngô Sĩ Liên');
    expect(titleCaseVi('UBND THÀNH PHỐ BẮC GIANG')).toBe('UBND thành phố Bắc Giang');
    expect(titleCaseVi('PHÒNG GD&ĐT HUYỆN BẢO THẮNG')).toBe('Phòng GD&ĐT huyện Bảo Thắng');
    expect(titleCaseVi('TRƯỜNG MẦM NON HOA SEN')).toBe('Trường Mầm non Hoa Sen');
    expect(titleCaseVi('SỞ GIÁO DỤC VÀ ĐÀO TẠO LÀO CAI')).toBe('Sở Giáo dục và Đào tạo Lào Cai');
  });

  it('comes from the header block: the school rather than its UBND', () => {
    const r = checkWorkbook(workbook(sheet('PL2', formRows({}))), { path: 'x/abc.xlsx' });
    expect([r.unit, r.level]).toEqual(['Trường TH Ngô Sĩ Liên', 'TH']);
    const twoLines = formRows({}).slice(2);
    twoLines.unshift(['UBND THÀNH PHỐ BẮC GIANG\nTRƯỜNG THCS LÊ LỢI', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    const r2 = checkWorkbook(workbook(sheet('PL2', twoLines)), { path: 'x/abc.xlsx' });
    expect([r2.unit, r2.level]).toEqual(['Trường THCS Lê Lợi', 'THCS']);
  });

  it('else comes from the file name', () => {
    const rows = formRows({}).slice(2);
    const r = checkWorkbook(workbook(sheet('PL2', rows)), { path: 'D:\\Nộp bài\\TH Ngô Sĩ Liên.xlsx' });
    expect([r.unit, r.level]).toEqual(['TH Ngô Sĩ Liên', 'TH']);
    expect(unitFromPath('in/MN_Hoa_Sen.xlsx')).toBe('MN Hoa Sen');
  });

  it('tells the level when it can', () => {
    expect(levelOfUnit('Trường Mầm non Hoa Sen')).toBe('MN');
    expect(levelOfUnit('Trường THPT Chuyên Bắc Giang')).toBe('THPT');
    expect(levelOfUnit('Phòng GD&ĐT Bảo Thắng')).toBe('phong');
    expect(levelOfUnit('Sở GD&ĐT Lào Cai')).toBe('so');
    expect(levelOfUnit('Trường TH&THCS Xuân Quang')).toBeNull();
    expect(levelOfUnit('Trường Đại học Hải Phòng')).toBe('dh');
    expect(levelOfUnit('abc')).toBeNull();
    expect(levelOfUnit(null)).toBeNull();
  });
});
