import { checkWorkbook } from '../../src/engine/check-workbook';
import { cellAddress, type CellValue } from '../../src/engine/grid';
import { BAC_GIANG } from './support/bac-giang';
import { sheet, tuples, workbook } from './support/build-grid';
import { formRows, SECTION_LABEL, sttRow } from './support/form-rows';

const errorsOf = (issues: ReadonlyArray<{ severity: string; item?: string; code: string; cell?: string }>) =>
  tuples(issues.filter((i) => i.severity === 'error'));

describe('layout 1: all blanks of one STT in one cell', () => {
  it('separated by line breaks', () => {
    const rows = formRows({
      '1': '- Tổng số giáo viên có máy tính: 45, đạt tỉ lệ: 100%\n- Tổng số giáo viên có đường truyền Internet: 45, đạt tỉ lệ: 100%',
      '2': '- Tổng số học sinh có máy tính: 612, đạt tỉ lệ: 98,7%\n- Tổng số học sinh có đường truyền Internet: 600, đạt tỉ lệ: 96,8%',
      '5': '- Tỉ trọng nội dung triển khai dưới hình thức trực tuyến ở bậc tiểu học chiếm 20%',
    });
    const r = checkWorkbook(workbook(sheet('PL2', rows)), { path: 'th.xlsx' });
    expect(r.items['1.1']).toEqual({ count: 45, rate: 100, population: 45, populationImplied: true, cell: 'PL2!C5' });
    expect(r.items['1.3']).toMatchObject({ count: 45, rate: 100 });
    expect(r.items['2.1']).toMatchObject({ count: 612, rate: 98.7, population: 620 });
    expect(r.items['2.3']).toMatchObject({ count: 600, rate: 96.8, population: 620 });
    expect(r.items['5.1']).toEqual({ rate: 20, cell: 'PL2!C9' });
    expect(errorsOf(r.issues)).toEqual([]);
  });

  it('separated by " - " on one line (Bắc Giang STT 2)', () => {
    const r = checkWorkbook(workbook(sheet('PL2', BAC_GIANG)), { path: 'x.xlsx' });
    expect(r.items['2.1']).toMatchObject({ count: 32448, rate: 100, cell: 'PL2!C8' });
    expect(r.items['2.3']).toMatchObject({ count: 32448, rate: 100, cell: 'PL2!C8' });
  });
});

describe('layout 2: one blank per row, STT and "Nội dung" merged down', () => {
  const rows: CellValue[][] = [
    ['TRƯỜNG THCS LÊ LỢI', '', ''],
    ['STT', 'Nội dung triển khai', 'Kết quả (số liệu)'],
    ['1', SECTION_LABEL['1']!, '- Tổng số giáo viên có máy tính: 52, đạt tỉ lệ: 100%'],
    ['', '', '- Tổng số giảng viên có máy tính: Không'],
    ['', '', '- Tổng số giáo viên có đường truyền Internet: 50, đạt tỉ lệ: 96,2%'],
    ['2', SECTION_LABEL['2']!, '- Tổng số học sinh có máy tính: 700, đạt tỉ lệ: 70%'],
    ['', '', '- Tổng số học sinh có đường truyền Internet: 910, đạt tỉ lệ: 91%'],
    ['3', SECTION_LABEL['3']!, 'Không'],
    ['4', SECTION_LABEL['4']!, 'Không'],
    ['5', SECTION_LABEL['5']!, '- Tỉ trọng nội dung triển khai dưới hình thức trực tuyến ở bậc trung học chiếm 15%'],
    ['6', SECTION_LABEL['6']!, 'Không'],
    ['7', SECTION_LABEL['7']!, 'Không'],
    ['8', SECTION_LABEL['8']!, '- Tổng số cơ sở giáo dục đã triển khai: 1, đạt tỉ lệ: 100%'],
    ['', '', '- Số lượng người học được quản lý bằng hồ sơ số với định danh thống nhất: 1.000, đạt tỉ lệ: 100%'],
    ['', '', '- Số lượng nhà giáo được quản lý bằng hồ sơ số với định danh thống nhất: 52, đạt tỉ lệ: 100%'],
    ['9', SECTION_LABEL['9']!, '- Số lượng (ước tính) người học, phụ huynh hài lòng về chất lượng dịch vụ trực tuyến của các cơ sở giáo dục: 950, đạt tỉ lệ: 95%'],
    ['', '', '- Số lượng hồ sơ giải quyết trực tuyến mức độ 3 và 4: ....., đạt tỉ lệ: ..%'],
    ['Ghi chú: số liệu tính đến 31/12/2023', '', ''],
  ];
  const merges = [
    { top: 2, bottom: 4, left: 0, right: 0 },
    { top: 2, bottom: 4, left: 1, right: 1 },
    { top: 5, bottom: 6, left: 0, right: 0 },
    { top: 5, bottom: 6, left: 1, right: 1 },
    { top: 12, bottom: 14, left: 0, right: 0 },
    { top: 12, bottom: 14, left: 1, right: 1 },
    { top: 15, bottom: 16, left: 0, right: 0 },
    { top: 15, bottom: 16, left: 1, right: 1 },
  ];
  const r = checkWorkbook(workbook(sheet('Sheet1', rows, { merges })), { path: 'thcs.xlsx' });

  it('reads each row as its item', () => {
    expect(r.unit).toBe('Trường THCS Lê Lợi');
    expect(r.level).toBe('THCS');
    expect(r.items['1.1']).toMatchObject({ count: 52, rate: 100, cell: 'Sheet1!C3' });
    expect(r.items['1.2']).toEqual({ notApplicable: true, cell: 'Sheet1!C4' });
    expect(r.items['1.3']).toMatchObject({ count: 50, rate: 96.2, population: 52, cell: 'Sheet1!C5' });
    expect(r.items['2.1']).toMatchObject({ count: 700, rate: 70, population: 1000 });
    expect(r.items['2.3']).toMatchObject({ count: 910, rate: 91, population: 1000, cell: 'Sheet1!C7' });
    expect(r.items['8.3']).toMatchObject({ count: 52, cell: 'Sheet1!C15' });
    expect(r.items['9.3']).toMatchObject({ count: 950, rate: 95, cell: 'Sheet1!C16' });
  });

  it('flags nothing for a blank that does not apply at its level', () => {
    // 9.2 applies to Phòng/Sở only: left blank by a THCS school, no issue
    expect(r.items['9.2']).toEqual({ cell: 'Sheet1!C17' });
    expect(errorsOf(r.issues)).toEqual([]);
  });
});

describe('layout 3: numbers in their own cells', () => {
  const header = ['STT', 'Nội dung triển khai', 'Kết quả (số liệu)', 'Số lượng', 'Tỉ lệ (%)', 'Tổng số'];
  const rows: CellValue[][] = [
    ['TRƯỜNG TIỂU HỌC KIM ĐỒNG', '', ''],
    header,
    ['1', SECTION_LABEL['1']!, 'Tổng số giáo viên có máy tính', 43, 0.86, 50],
    ['', '', 'Tổng số giáo viên có đường truyền Internet', 43, 86, ''],
    ['2', SECTION_LABEL['2']!, 'Tổng số học sinh có máy tính', 32.448, 1, ''],
    ['', '', 'Tổng số học sinh có đường truyền Internet', '', '', ''],
    ['3', SECTION_LABEL['3']!, 'Không'],
    ['4', SECTION_LABEL['4']!, 'Không'],
    ['5', SECTION_LABEL['5']!, 'Tỉ trọng nội dung triển khai dưới hình thức trực tuyến ở bậc tiểu học chiếm', '', 0.3, ''],
    ['6', SECTION_LABEL['6']!, 'Không'],
    ['7', SECTION_LABEL['7']!, 'Không'],
    ['8', SECTION_LABEL['8']!, 'Số lượng người học được quản lý bằng hồ sơ số với định danh thống nhất', '1.000', '100%', ''],
    ['9', SECTION_LABEL['9']!, 'Không'],
  ];
  const merges = [
    { top: 2, bottom: 3, left: 0, right: 0 },
    { top: 2, bottom: 3, left: 1, right: 1 },
    { top: 4, bottom: 5, left: 0, right: 0 },
    { top: 4, bottom: 5, left: 1, right: 1 },
  ];
  const numFmts: Array<[number, number, string]> = [
    [2, 4, '0%'],
    [4, 4, '0%'],
    [8, 4, '0.0%'],
  ];
  const r = checkWorkbook(workbook(sheet('PL2', rows, { merges, numFmts })), { path: 'th.xlsx' });

  it('reads count, rate (0.86 as % is 86; 86 is 86) and population cells', () => {
    expect(r.items['1.1']).toEqual({ count: 43, rate: 86, population: 50, cell: 'PL2!D3' });
    expect(r.items['1.3']).toEqual({ count: 43, rate: 86, population: 50, populationImplied: true, cell: 'PL2!D4' });
    expect(r.items['5.1']).toEqual({ rate: 30, cell: 'PL2!E9' });
    expect(r.items['8.2']).toMatchObject({ count: 1000, rate: 100 });
  });

  it('flags a count typed as 32.448 in a number cell, and the blank row', () => {
    expect(r.items['2.1']).toMatchObject({ count: 32.448, rate: 100, cell: 'PL2!D5' });
    const notInteger = r.issues.find((i) => i.code === 'NOT_INTEGER')!;
    expect([notInteger.item, notInteger.cell, notInteger.expected, notInteger.actual]).toEqual(['2.1', 'PL2!D5', 32448, 32.448]);
    expect(errorsOf(r.issues)).toEqual([
      ['2.1', 'NOT_INTEGER', 'PL2!D5'],
      ['2.3', 'MISSING_VALUE', 'PL2!C6'],
    ]);
  });

  it('reads numbers by order when there is no header', () => {
    const bare = rows.map((row, i) => (i === 1 ? ['STT', 'Nội dung triển khai', 'Kết quả (số liệu)'] : row));
    const r2 = checkWorkbook(workbook(sheet('PL2', bare, { merges, numFmts })), { path: 'th.xlsx' });
    expect(r2.items['1.1']).toEqual({ count: 43, rate: 86, population: 50, cell: 'PL2!D3' });
    expect(r2.items['1.3']).toMatchObject({ count: 43, rate: 86 });
  });
});

describe('where and how the form is written', () => {
  it('finds the form at an offset (row 6, column C) in a second sheet', () => {
    const guide = sheet('Hướng dẫn', [['Hướng dẫn điền biểu'], ['Điền số liệu vào cột Kết quả.']]);
    const rows = formRows({ '1': 'Tổng số giáo viên có máy tính: 45, đạt tỉ lệ: 100%' });
    const r = checkWorkbook(workbook(guide, sheet('Biểu số liệu', rows, { at: { row: 5, col: 2 } })), { path: 'x.xlsx' });
    expect(r.template).toBe('qd131');
    expect(r.unit).toBe('Trường TH Ngô Sĩ Liên');
    expect(r.items['1.1']).toMatchObject({ count: 45, rate: 100, cell: cellAddress('Biểu số liệu', 5 + sttRow(1), 4) });
    expect(r.items['1.1']!.cell).toBe("'Biểu số liệu'!E10");
  });

  it('reads NFD text (Mac) the same as NFC', () => {
    const nfc = checkWorkbook(workbook(sheet('PL2', BAC_GIANG)), { path: 'bg.xlsx' });
    const nfd = checkWorkbook(workbook(sheet('PL2', BAC_GIANG, { nfd: true })), { path: 'bg.xlsx' });
    expect(nfd.items).toEqual(nfc.items);
    expect(tuples(nfd.issues)).toEqual(tuples(nfc.issues));
    expect(nfd.unit).toBe('UBND thành phố Bắc Giang');
  });

  it('reads English-style numbers', () => {
    const rows = formRows({ '2': '- Tổng số học sinh có máy tính: 3,218,695, đạt tỉ lệ: 99.2%' }, 'SỞ GIÁO DỤC VÀ ĐÀO TẠO LÀO CAI');
    const r = checkWorkbook(workbook(sheet('PL2', rows)), { path: 'x.xlsx' });
    expect(r.items['2.1']).toMatchObject({ count: 3218695, rate: 99.2 });
  });

  it('reads tolerant labels: tỷ lệ, GV/HS, no "đạt", doubled spaces, no colon', () => {
    const rows = formRows({
      '1': 'Tổng số  GV có máy tính 45 tỷ lệ 100%; Tổng số GV có đường truyền Internet: 45 (100 %)',
      '2': 'Tổng số HS có máy tính: 02, tỷ lệ: 0,3%',
    });
    const r = checkWorkbook(workbook(sheet('PL2', rows)), { path: 'x.xlsx' });
    expect(r.items['1.1']).toMatchObject({ count: 45, rate: 100 });
    expect(r.items['1.3']).toMatchObject({ count: 45, rate: 100 });
    expect(r.items['2.1']).toMatchObject({ count: 2, rate: 0.3 });
  });

  it('does not read digits inside labels as values', () => {
    const rows = formRows({
      '9': '- Số lượng thủ tục hành chính đủ điều kiện được triển khai dịch vụ công trực tuyến mức độ 4 (hoặc mức độ 3 nếu không phát sinh thanh toán): 12, đạt tỉ lệ: 80%\n- Số lượng hồ sơ giải quyết trực tuyến mức độ 3 và 4: 1.234, đạt tỉ lệ: 90%',
      '7': 'Tổng số người học lấy bằng đại học thứ hai có thời lượng đào tạo trực tuyến ≥ 50%: Không',
    }, 'PHÒNG GD&ĐT HUYỆN BẢO THẮNG');
    const r = checkWorkbook(workbook(sheet('PL2', rows)), { path: 'x.xlsx' });
    expect(r.level).toBe('phong');
    expect(r.items['9.1']).toMatchObject({ count: 12, rate: 80, population: 15 });
    expect(r.items['9.2']).toMatchObject({ count: 1234, rate: 90 });
    expect(r.items['7.1']).toMatchObject({ notApplicable: true });
  });
});

describe('reworded labels', () => {
  it('finds a label a word or two away from the issued one, never across a number', () => {
    const rows = formRows({
      '1': '- Tổng số giáo viên có máy vi tính: 45, đạt tỉ lệ: 100%\n- Tổng số các giáo viên có đường truyền Internet: 44, đạt tỉ lệ: 97,8%',
      '8': '- Số lượng người học được quản lý bằng hồ sơ số định danh thống nhất: 900, đạt tỉ lệ: 100%',
    });
    const r = checkWorkbook(workbook(sheet('PL2', rows)), { path: 'x.xlsx' });
    expect(r.items['1.1']).toMatchObject({ count: 45, rate: 100 });
    expect(r.items['1.3']).toMatchObject({ count: 44, rate: 97.8, population: 45 });
    expect(r.items['1.2']).toBeUndefined();
    expect(r.items['8.2']).toMatchObject({ count: 900, rate: 100 });
  });
});

describe('item labels in the "Nội dung" column, numbers beside them', () => {
  it('reads rows below the section row, the last section included', () => {
    const rows: CellValue[][] = [
      ['TRƯỜNG TH KIM ĐỒNG', '', '', ''],
      ['STT', 'Nội dung triển khai', 'Số lượng', 'Tỉ lệ'],
      ['1', SECTION_LABEL['1']!, '', ''],
      ['', 'Tổng số giáo viên có máy tính', 30, 1],
      ['', 'Tổng số giáo viên có đường truyền Internet', 30, 1],
      ...['2', '3', '4', '5', '6', '7', '8'].map((stt): CellValue[] => [stt, SECTION_LABEL[stt]!, 'Không', '']),
      ['9', SECTION_LABEL['9']!, '', ''],
      ['', 'Số lượng (ước tính) người học, phụ huynh hài lòng về chất lượng dịch vụ trực tuyến của các cơ sở giáo dục', 450, 0.9],
      ['Người lập biểu', '', '', ''],
    ];
    const numFmts: Array<[number, number, string]> = [
      [3, 3, '0%'],
      [4, 3, '0%'],
      [13, 3, '0%'],
    ];
    const r = checkWorkbook(workbook(sheet('PL2', rows, { numFmts })), { path: 'x.xlsx' });
    expect(r.items['1.1']).toEqual({ count: 30, rate: 100, population: 30, populationImplied: true, cell: 'PL2!C4' });
    expect(r.items['1.3']).toMatchObject({ count: 30, rate: 100 });
    expect(r.items['9.3']).toEqual({ count: 450, rate: 90, population: 500, populationImplied: true, cell: 'PL2!C14' });
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('an empty result cell', () => {
  it('leaves every required blank of its STT missing', () => {
    const r = checkWorkbook(workbook(sheet('PL2', formRows({ '1': '' }))), { path: 'x.xlsx' });
    expect(tuples(r.issues.filter((i) => i.code === 'MISSING_VALUE'))).toEqual([
      ['1.1', 'MISSING_VALUE', 'PL2!C5'],
      ['1.3', 'MISSING_VALUE', 'PL2!C5'],
    ]);
  });
});
