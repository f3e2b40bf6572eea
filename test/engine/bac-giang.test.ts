import { checkWorkbook } from '../../src/engine/check-workbook';
import { BAC_GIANG } from './support/bac-giang';
import { sheet, tuples, workbook } from './support/build-grid';

describe("Bắc Giang's filled table (seed 000)", () => {
  const report = checkWorkbook(workbook(sheet('Biểu', BAC_GIANG)), { path: 'in/bac-giang.xlsx' });
  // rows: 6 header rows, then STT 1 at row 7 (A7)… STT 9 is the 10th row of the table: row 16
  const cell9 = "'Biểu'!C16";

  it('has exactly one error: the ambiguous "mức độ 3 và 495"', () => {
    const errors = report.issues.filter((i) => i.severity === 'error');
    expect(tuples(errors)).toEqual([['9.2', 'AMBIGUOUS_NUMBER', cell9]]);
    expect(errors[0]!.message).toContain('95 hoặc 495');
  });

  it('reads the values', () => {
    expect(report.template).toBe('qd131');
    expect(report.unit).toBe('UBND thành phố Bắc Giang');
    expect(report.level).toBe('phong');
    const it = report.items;
    expect(it['1.1']).toMatchObject({ count: 2023, rate: 100, population: 2023 });
    expect(it['2.1']).toMatchObject({ count: 32448, rate: 100 });
    expect(it['2.3']).toMatchObject({ count: 32448, rate: 100 });
    expect(it['8.2']).toMatchObject({ count: 44790, rate: 100 });
    expect(it['9.3']).toEqual({ count: 44700, rate: 99.8, population: 44790, populationImplied: true, cell: cell9 });
    for (const code of ['4.1', '6.1', '7.1']) expect(it[code]).toMatchObject({ notApplicable: true });
    expect(it['3.2']).toMatchObject({ count: 2 });
    expect(it['5.1']).toMatchObject({ rate: 28 });
    expect(it['5.2']).toMatchObject({ rate: 35 });
    expect(it['9.2']).toEqual({ rate: 100, cell: cell9 });
    expect(it['1.3']).toBeUndefined();
  });
});
