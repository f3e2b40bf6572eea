import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readUnitList } from '../../src/cli/unit-list';
import { missingUnits, sameUnitKey } from '../../src/engine/units/match-units';
import { unitKey } from '../../src/engine/units/unit-key';
import { parseCsv, unitNamesFromCsv, unitNamesFromRows } from '../../src/engine/units/unit-list';
import { tempDir } from './real-files';

describe('the office\'s list of units', () => {
  test('CSV: the "Tên đơn vị" column, ";" or "," separated, quotes, BOM, repeats dropped', () => {
    expect(unitNamesFromCsv('\uFEFFSTT;Tên đơn vị;Ghi chú\n1;TH Ngô Sĩ Liên;\n2;"MN Hoa Sen; cơ sở 2";x\n3;Trường Tiểu học Ngô Sĩ Liên;\n')).toEqual([
      'TH Ngô Sĩ Liên',
      'MN Hoa Sen; cơ sở 2',
    ]);
    expect(parseCsv('a,"b ""c""",d\r\n1,2,3')).toEqual([['a', 'b "c"', 'd'], ['1', '2', '3']]);
  });

  test('no header: the column with the most names', () => {
    expect(unitNamesFromRows([[1, 'Trường TH A'], [2, 'Trường MN B'], [3, null]])).toEqual(['Trường TH A', 'Trường MN B']);
  });

  test('.xlsx and .csv files are read; other files are refused with a message', async () => {
    const dir = tempDir('units');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách');
    ws.addRows([['DANH SÁCH ĐƠN VỊ'], [], ['STT', 'Tên trường'], [1, 'Trường THCS Lê Lợi'], [2, 'Trường MN Sơn Ca']]);
    await wb.xlsx.writeFile(path.join(dir, 'ds.xlsx'));
    expect(await readUnitList(path.join(dir, 'ds.xlsx'))).toEqual(['Trường THCS Lê Lợi', 'Trường MN Sơn Ca']);
    writeFileSync(path.join(dir, 'ds.csv'), 'Đơn vị\nTHCS Lê Lợi\n');
    expect(await readUnitList(path.join(dir, 'ds.csv'))).toEqual(['THCS Lê Lợi']);
    writeFileSync(path.join(dir, 'ds.doc'), 'x');
    await expect(readUnitList(path.join(dir, 'ds.doc'))).rejects.toThrow(/\.xlsx hoặc \.csv/);
  });

  test('names match tolerantly: abbreviations, spacing, NFD; levels keep apart same-named schools', () => {
    expect(unitKey('TH Ngô Sĩ Liên')).toBe(unitKey('Trường Tiểu học  Ngô Sĩ Liên'.normalize('NFD')));
    expect(unitKey('MN Ngô Sĩ Liên')).not.toBe(unitKey('TH Ngô Sĩ Liên'));
    expect(sameUnitKey(unitKey('Ngô Sĩ Liên'), unitKey('TRƯỜNG TH NGÔ SĨ LIÊN'))).toBe(true);
    expect(missingUnits(['TH Ngô Sĩ Liên', 'THCS Ngô Sĩ Liên'], ['Trường Tiểu học Ngô Sĩ Liên'])).toEqual(['THCS Ngô Sĩ Liên']);
  });
});
