import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { unitNamesFromCsv, unitNamesFromRows } from '../engine/units/unit-list';
import { readWorkbookBytes } from '../xlsx/read-workbook';

/**
 * Reads the office's list of units (`--units`): a .csv, or the first sheet of an .xlsx holding names in a column.
 * Throws an Error with a Vietnamese message when the list cannot be read or holds no name.
 */
export async function readUnitList(file: string): Promise<string[]> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    throw new Error(`Không đọc được danh sách đơn vị ${file}: không tìm thấy tệp hoặc không có quyền đọc.`);
  }
  const ext = path.extname(file).toLowerCase();
  let names: string[];
  if (ext === '.csv' || ext === '.txt') {
    names = unitNamesFromCsv(new TextDecoder('utf-8').decode(bytes));
  } else if (ext === '.xlsx' || ext === '.xlsm') {
    try {
      const grid = readWorkbookBytes(bytes);
      const sheet = grid.sheets.find((s) => unitNamesFromRows(s.values).length > 0) ?? grid.sheets[0];
      names = sheet ? unitNamesFromRows(sheet.values) : [];
    } catch {
      throw new Error(`Không mở được danh sách đơn vị ${file}. Hãy lưu lại dưới dạng .xlsx hoặc .csv.`);
    }
  } else {
    throw new Error(`Danh sách đơn vị phải là tệp .xlsx hoặc .csv: ${file}`);
  }
  if (names.length === 0) throw new Error(`Danh sách đơn vị ${file} không có tên đơn vị nào (cần một cột "Tên đơn vị").`);
  return names;
}
