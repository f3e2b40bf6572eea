import { parseValueText } from '../numbers/parse-value-text';
import { isDigits } from '../text/fold';
import type { FormIndex } from './form-index';
import type { RawNumber } from './raw-reading';
import { readCells } from './read-cells';
import type { SheetView } from './sheet-view';

/**
 * Populations given on the form: a label "Tổng số giáo viên" followed by its number, in the
 * same text ("Tổng số giáo viên: 52") or in the next cells. A label followed by more words
 * ("Tổng số giáo viên có máy tính") is an item, not a population.
 */
export function readPopulations(view: SheetView, index: FormIndex, consumed: ReadonlySet<number>): Record<string, RawNumber> {
  const out: Record<string, RawNumber> = {};
  for (let r = 0; r < view.rowCount; r++) {
    const len = view.rowLength(r);
    for (let c = 0; c < len; c++) {
      if (consumed.has(r * 16384 + c)) continue;
      const folded = view.fold(r, c);
      if (!folded || folded.words[0] !== 'tong') continue;
      const words = folded.words;
      for (let i = 0; i < words.length; i++) {
        if (words[i] !== 'tong') continue;
        for (const { population, patterns } of index.populations) {
          if (out[population.id]) continue;
          const pattern = patterns.find((p) => p.every((w, k) => words[i + k] === w) && (i + p.length === words.length || isDigits(words[i + p.length]!)));
          if (!pattern) continue;
          const end = i + pattern.length;
          if (end < words.length) {
            const reading = parseValueText(folded.source.slice(folded.ends[end - 1]!), 'countRate');
            if (reading.count) out[population.id] = { value: reading.count.value, decimals: 0, cell: view.address(r, c), text: reading.count.text };
          } else {
            const cells = readCells(view, r, c + 1, 'countNames', new Map(), new Set());
            if (cells.count) out[population.id] = cells.count;
          }
          break;
        }
      }
    }
  }
  return out;
}
