import { createExcelHost, type ExcelHost } from '../../src/addin/excel-host';
import { parseA1 } from '../../src/engine/grid';
import type { Issue, Severity } from '../../src/engine/issues';
import type { OfficeDeps } from '../../src/addin/office/office-deps';
import { FakeExcel, type FillState } from './fake-excel';

export function hostOn(fake: FakeExcel, extra: Partial<OfficeDeps> = {}): ExcelHost {
  return createExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported, ...extra });
}

/** Puts rows of values into a sheet of the fake workbook, from `origin` ("A1"). */
export function putRows(fake: FakeExcel, sheet: string, rows: Array<Array<string | number | boolean | null>>, origin = 'A1'): void {
  const s = fake.state.sheet(sheet) ?? fake.state.addSheet(sheet);
  const at = parseA1(origin)!;
  rows.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null) return;
      const key = `${at.row + i},${at.col + j}`;
      const cell = s.cells.get(key) ?? { value: '', numberFormat: 'General', fill: { pattern: 'None', color: '#FFFFFF', patternColor: '#000000' }, font: {}, borders: {}, locked: true };
      cell.value = v;
      s.cells.set(key, cell);
    }),
  );
}

export function setFill(fake: FakeExcel, sheet: string, ref: string, fill: FillState): void {
  fake.state.cell(sheet, ref).fill = { ...fill };
}

export const fillOf = (fake: FakeExcel, sheet: string, ref: string): FillState => ({ ...fake.state.cell(sheet, ref).fill });

export const issue = (cell: string, severity: Severity = 'error', message = `Lỗi ở ${cell}`): Issue => ({
  code: severity === 'error' ? 'RATE_MISMATCH' : 'IMPLAUSIBLE',
  severity,
  item: '2.1',
  cell,
  message,
});

/** Syncs made by one host call. */
export async function syncsOf(fake: FakeExcel, call: () => Promise<unknown>): Promise<number> {
  fake.resetStats();
  await call();
  return fake.stats.syncs;
}
