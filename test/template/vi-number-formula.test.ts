import ExcelJS from 'exceljs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { viIntegerFormula, viRateFormula } from '../../src/engine/template/vi-number-formula';
import { formatViNumber } from '../../src/engine/text/format-number';
import { recalculateWithLibreOffice } from '../support/libreoffice';

const INTEGERS = [0, 7, 95, 100, 999, 1000, 2023, 32448, 44790, 100000, 999999, 1000000, 3218695, 1000000000, 1234567890];
const RATES: Array<[number, string]> = [
  [0, '0'],
  [100, '100'],
  [99.799, '99,8'],
  [27.45, '27,5'],
  [24.4, '24,4'],
  [60, '60'],
  [99.96, '100'],
  [0.04, '0'],
  [5.05, '5,1'],
];

/** Writes each number with its formula beside it, with a wrong cached result LibreOffice must replace. */
async function writeProbe(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Số');
  INTEGERS.forEach((n, i) => {
    ws.getCell(i + 1, 1).value = n;
    ws.getCell(i + 1, 2).value = { formula: viIntegerFormula(`A${i + 1}`), result: 'stale' };
  });
  RATES.forEach(([r], i) => {
    ws.getCell(i + 1, 3).value = r;
    ws.getCell(i + 1, 4).value = { formula: viRateFormula(`C${i + 1}`), result: 'stale' };
  });
  await wb.xlsx.writeFile(file);
}

async function readColumn(file: string, col: number, rows: number): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0]!;
  return Array.from({ length: rows }, (_, i) => {
    const v = ws.getCell(i + 1, col).value;
    return v && typeof v === 'object' && 'result' in v ? v.result : v;
  });
}

describe('Vietnamese number formulas, recalculated by LibreOffice', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'bieu-vi-number-'));
    await writeProbe(path.join(dir, 'probe.xlsx'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each(['en-US', 'vi-VN', 'de-DE'])('prints the same text whatever the locale (%s)', async (locale) => {
    const out = await recalculateWithLibreOffice(path.join(dir, 'probe.xlsx'), path.join(dir, locale), { locale });
    expect(await readColumn(out, 2, INTEGERS.length)).toEqual(INTEGERS.map((n) => formatViNumber(n)));
    expect(await readColumn(out, 4, RATES.length)).toEqual(RATES.map(([, text]) => text));
  });
});
