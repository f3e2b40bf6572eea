import { checkWorkbook } from '../../src/engine/check-workbook';
import type { CellValue } from '../../src/engine/grid';
import { unicodeGrid } from '../../src/engine/read/legacy-text';
import { decodeTcvn3, looksLikeTcvn3 } from '../../src/engine/text/tcvn3';
import { sheet, tuples, workbook } from './support/build-grid';
import { formRows, sttRow } from './support/form-rows';

/** Unicode -> TCVN3 as a .VnTime typist stores it: capitals with tones over their lowercase codes (.VnTimeH). */
const ENCODE = new Map<string, string>();
for (let code = 0xa1; code <= 0xfe; code++) {
  const ch = String.fromCharCode(code);
  const unicode = decodeTcvn3(ch);
  if (unicode !== ch) ENCODE.set(unicode, ch);
}
const encodeTcvn3 = (text: string): string =>
  [...text.normalize('NFC')].map((c) => ENCODE.get(c) ?? (c !== c.toLowerCase() ? ENCODE.get(c.toLowerCase()) : undefined) ?? c).join('');
const encodeRows = (rows: CellValue[][]): CellValue[][] => rows.map((row) => row.map((v) => (typeof v === 'string' ? encodeTcvn3(v) : v)));

const RESULTS: Record<string, string> = {
  '1': '- Tổng số giáo viên có máy tính: 45, đạt tỉ lệ: 100%\n- Tổng số giáo viên có đường truyền Internet: 45, đạt tỉ lệ: 90%',
  '2': '- Tổng số học sinh có máy tính: 612, đạt tỉ lệ: 98,7%\n- Tổng số học sinh có đường truyền Internet: 600, đạt tỉ lệ: 96,8%',
  '5': '- Tỉ trọng nội dung triển khai dưới hình thức trực tuyến ở bậc tiểu học chiếm 20%',
  '8': '- Tổng số cơ sở giáo dục đã triển khai: 1, đạt tỉ lệ: 100%\n- Số lượng người học được quản lý bằng hồ sơ số với định danh thống nhất: 1.000, đạt tỉ lệ: 100%',
  '9': '- Số lượng hồ sơ giải quyết trực tuyến mức độ 3 và 495, đạt tỉ lệ: 100%',
};

describe('TCVN3 (.VnTime) text', () => {
  it('decodes the published VN3 letters', () => {
    expect(decodeTcvn3('Tæng sè gi¸o viªn cã m¸y tÝnh')).toBe('Tổng số giáo viên có máy tính');
    expect(decodeTcvn3('®¹t tØ lÖ: 100%')).toBe('đạt tỉ lệ: 100%');
    expect(decodeTcvn3('Kh«ng')).toBe('Không');
    expect(decodeTcvn3('TR¦êNG TH NG¤ SÜ LI£N')).toBe('TRƯỜNG TH NGÔ SĨ LIÊN');
    // 67 lowercase letters and Ă Â Ê Ô Ơ Ư Đ, each from its own code (ý is 0xFD in both, so not in ENCODE)
    expect(ENCODE.size).toBe(73);
    expect(decodeTcvn3('ý')).toBe('ý');
    expect(decodeTcvn3([...ENCODE.values()].join(''))).toBe([...ENCODE.keys()].join(''));
  });

  it('tells TCVN3 from Unicode', () => {
    expect(looksLikeTcvn3('Tæng sè gi¸o viªn cã m¸y tÝnh')).toBe(true);
    expect(looksLikeTcvn3('Tổng số giáo viên có máy tính')).toBe(false);
    expect(looksLikeTcvn3('Có máy tính: 45, đạt tỉ lệ 100%')).toBe(false);
    expect(looksLikeTcvn3('Microsoft Office 365 ©')).toBe(false);
    expect(looksLikeTcvn3('Kh«ng')).toBe(false); // one letter alone proves nothing; its workbook decides
  });

  it('a form written in TCVN3 reads as its Unicode twin', () => {
    const rows = formRows(RESULTS);
    const unicode = checkWorkbook(workbook(sheet('PL2', rows)), { path: 'th.xlsx' });
    const legacy = checkWorkbook(workbook(sheet('PL2', encodeRows(rows))), { path: 'th.xlsx' });
    expect(encodeRows(rows)[sttRow(1)]![2]).toContain('Tæng sè gi¸o viªn cã m¸y tÝnh: 45, ®¹t tØ lÖ: 100%');
    expect(Object.keys(unicode.items).length).toBeGreaterThan(10);
    expect(legacy.items).toEqual(unicode.items);
    expect(legacy.unit).toBe('Trường TH Ngô Sĩ Liên');
    expect(legacy.unit).toBe(unicode.unit);
    expect(tuples(legacy.issues)).toEqual(tuples(unicode.issues));
    expect(tuples(legacy.issues)).toContainEqual(['9.2', 'AMBIGUOUS_NUMBER', 'PL2!C13']);
    expect(legacy.items['4.1']).toEqual({ notApplicable: true, cell: 'PL2!C8' });
  });

  it('a Unicode form is left as it is', () => {
    const grid = workbook(sheet('PL2', formRows(RESULTS)));
    expect(unicodeGrid(grid)).toBe(grid);
  });

  it('converts a TCVN3 workbook without touching its input', () => {
    const rows = encodeRows(formRows(RESULTS));
    const grid = workbook(sheet('PL2', rows));
    const before = JSON.stringify(grid);
    const converted = unicodeGrid(grid);
    expect(JSON.stringify(grid)).toBe(before);
    expect(converted.sheets[0]!.values[sttRow(1)]![2]).toBe(RESULTS['1']);
    expect(converted.sheets[0]!.values[sttRow(3)]![2]).toBe('Không');
  });
});
