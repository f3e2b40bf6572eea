import type { WorkbookGrid } from '../../engine/grid';
import { foldText, tidyText } from '../../engine/text/fold';

/** Header words of a list of units ("STT | Tên đơn vị | Ghi chú"), not names. */
const HEADER_WORDS = new Set(['stt', 'ten', 'ten don vi', 'don vi', 'ten truong', 'truong', 'co so giao duc', 'ghi chu', 'cap hoc']);

/** The first cell of a row that reads as a unit name: text, not a number, not a header word. */
function nameOfRow(cells: ReadonlyArray<unknown>): string | undefined {
  for (const cell of cells) {
    if (typeof cell !== 'string') continue;
    const text = tidyText(cell);
    if (!text || /^[\d.,\s]+$/.test(text)) continue;
    if (HEADER_WORDS.has(foldText(text))) return undefined;
    return text;
  }
  return undefined;
}

/** Unit names from the first sheet of a workbook: one per row. */
export function unitNamesFromGrid(grid: WorkbookGrid): string[] {
  const sheet = grid.sheets[0];
  if (!sheet) return [];
  const names: string[] = [];
  for (const row of sheet.values) {
    const name = row ? nameOfRow(row) : undefined;
    if (name) names.push(name);
  }
  return names;
}

/** Unit names from a CSV (comma, semicolon or tab separated; quotes allowed): one per line. */
export function unitNamesFromCsv(text: string): string[] {
  const names: string[] = [];
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const separator = line.includes(';') ? ';' : line.includes('\t') ? '\t' : ',';
    const cells = line.split(separator).map((c) => c.trim().replace(/^"(.*)"$/, '$1').replace(/""/g, '"'));
    const name = nameOfRow(cells);
    if (name) names.push(name);
  }
  return names;
}
