import type { ValueKind } from '../form/schema';
import { isPercentFormat, parseNumberToken, readNumericCell } from '../numbers/parse-number';
import { parseValueText } from '../numbers/parse-value-text';
import { foldWords } from '../text/fold';
import type { RawNumber } from './raw-reading';
import type { SheetView } from './sheet-view';

export type CellRole = 'count' | 'rate' | 'total';

/** What the numbers in a row's cells after a label hold. */
export interface CellsReading {
  count?: RawNumber;
  rate?: RawNumber;
  total?: RawNumber;
  notApplicable?: true;
  /** Last column read (inclusive), or fromCol − 1 when none. */
  lastCol: number;
}

const SEQUENCE: Record<ValueKind, CellRole[]> = {
  countRate: ['count', 'rate', 'total'],
  rate: ['rate'],
  countNames: ['count'],
  yesNo: ['count'],
};

/** The role a header names: "Tỉ lệ (%)" -> rate, "Tổng số" -> total, "Số lượng" -> count. */
export function headerRole(text: string): CellRole | undefined {
  const joined = ` ${foldWords(text).words.join(' ')} `;
  if (joined.includes(' ti le ') || text.includes('%')) return 'rate';
  if (joined.includes(' tong so ')) return 'total';
  if (joined.includes(' so luong ') || joined.includes(' so lieu ')) return 'count';
  return undefined;
}

/**
 * Reads numbers typed in their own cells to the right of a label: a count, a rate
 * (0.86 formatted as % is 86, or 86) and a population, by header role, format, then order.
 * Stops at the first cell holding words without a number.
 */
export function readCells(
  view: SheetView,
  row: number,
  fromCol: number,
  kind: ValueKind,
  roles: ReadonlyMap<number, CellRole>,
  filled: ReadonlySet<CellRole>,
): CellsReading {
  const out: CellsReading = { lastCol: fromCol - 1 };
  const taken = new Set<CellRole>(filled);
  const sequence = SEQUENCE[kind];
  const next = (): CellRole | undefined => sequence.find((r) => !taken.has(r));
  const len = view.rowLength(row);
  for (let c = fromCol; c < len; c++) {
    const v = view.value(row, c);
    if (v === null || (typeof v === 'string' && !v.trim())) continue;
    const cell = view.address(row, c);
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) break; // no workbook stores these; a host's bad conversion is not a value
      const fmt = view.numFmt(row, c);
      const role = roles.get(c) ?? (isPercentFormat(fmt) && !taken.has('rate') ? 'rate' : next());
      if (!role || taken.has(role)) break;
      const parsed = readNumericCell(v, fmt, role === 'rate' ? 'rate' : 'count');
      out[role] = { value: parsed.value, decimals: parsed.decimals, cell, numericCell: true };
      taken.add(role);
      out.lastCol = c;
      continue;
    }
    if (typeof v !== 'string') break;
    if (!/\d/.test(v)) {
      if (foldWords(v).words[0] === 'khong' && out.lastCol < fromCol) {
        out.notApplicable = true;
        out.lastCol = c;
      }
      break;
    }
    const percent = v.includes('%');
    const role = roles.get(c) ?? (percent && !taken.has('rate') ? 'rate' : next());
    if (!role || taken.has(role)) break;
    const parsedText = parseValueText(v, role === 'rate' ? 'rate' : 'countRate');
    const number = role === 'rate' ? parsedText.rate : parsedText.count;
    const fallback = number ?? singleNumber(v, role);
    if (!fallback) break;
    out[role] = { value: fallback.value, decimals: fallback.decimals, cell, text: v };
    taken.add(role);
    out.lastCol = c;
  }
  return out;
}

function singleNumber(text: string, role: CellRole): { value: number; decimals: number } | undefined {
  const m = /-?\d+(?:[.,]\d+)*/.exec(text);
  if (!m) return undefined;
  const negative = m[0].startsWith('-');
  const parsed = parseNumberToken(negative ? m[0].slice(1) : m[0], role === 'rate' ? 'rate' : 'count');
  return parsed && { value: negative ? -parsed.value : parsed.value, decimals: parsed.decimals };
}
