import type { CellValue } from '../grid';
import { foldText } from '../text/fold';
import { unitKey } from './unit-key';

/** Headers of the column that names units: "Tên đơn vị", "Đơn vị", "Tên trường", "Trường", "Cơ sở giáo dục". */
const NAME_HEADER = /^(ten )?(don vi|truong|co so giao duc|co so)( truc thuoc)?$/;

const isName = (v: CellValue): v is string => typeof v === 'string' && /\p{L}/u.test(v) && !/^\s*stt\s*$/i.test(v);

/**
 * The unit names of an office's list, from a sheet's rows: the column headed "Tên đơn vị" (or "Đơn vị",
 * "Tên trường"…) when there is one, else the column holding the most names. Blank rows, numbers and
 * repeats (tolerantly: "TH Ngô Sĩ Liên" = "Trường Tiểu học Ngô Sĩ Liên") are skipped.
 * unitNamesFromRows([["STT", "Tên đơn vị"], [1, "TH Ngô Sĩ Liên"], [2, "MN Hoa Sen"]]) -> ["TH Ngô Sĩ Liên", "MN Hoa Sen"]
 */
export function unitNamesFromRows(rows: readonly (readonly CellValue[])[]): string[] {
  let column = -1;
  let start = 0;
  for (let r = 0; r < Math.min(rows.length, 10) && column < 0; r++) {
    const row = rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'string' && NAME_HEADER.test(foldText(v))) {
        column = c;
        start = r + 1;
        break;
      }
    }
  }
  if (column < 0) {
    const names = new Map<number, number>();
    for (const row of rows) row.forEach((v, c) => isName(v) && names.set(c, (names.get(c) ?? 0) + 1));
    column = [...names.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  }
  const seen = new Set<string>();
  const out: string[] = [];
  for (let r = start; r < rows.length; r++) {
    const v = rows[r]?.[column];
    if (!isName(v)) continue;
    const name = v.normalize('NFC').replace(/\s+/g, ' ').trim();
    const key = unitKey(name);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/** Splits CSV text into rows: quotes, "," ";" or tab separators (told from the first line), a UTF-8 BOM. */
export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((sep) => [sep, firstLine.split(sep).length] as const);
  const sep = counts.sort((a, b) => b[1] - a[1])[0]![1] > 1 ? counts[0]![0] : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** unitNamesFromCsv("STT;Tên đơn vị\n1;TH Ngô Sĩ Liên\n") -> ["TH Ngô Sĩ Liên"] */
export const unitNamesFromCsv = (text: string): string[] => unitNamesFromRows(parseCsv(text));
