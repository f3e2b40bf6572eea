import { isDigits, type FoldedText } from '../text/fold';
import type { LabelPattern } from './form-index';

/** An item label found in a text. */
export interface LabelMatch {
  code: string;
  /** Source offset where the label starts, and where the value after it starts. */
  start: number;
  valueStart: number;
  /**
   * Set when the label's last word is a number glued to the value ("mức độ 3 và 495"):
   * the digits the label ends with, so "95" and "495" are both readings.
   */
  gluedDigits?: string;
}

/** Whether `pattern` matches `text` at word i; returns the match or null. */
function matchAt(text: FoldedText, i: number, pattern: LabelPattern): LabelMatch | null {
  const words = pattern.words;
  const n = words.length;
  if (i + n > text.words.length) return null;
  for (let k = 0; k < n - 1; k++) if (text.words[i + k] !== words[k]) return null;
  const last = words[n - 1]!;
  const got = text.words[i + n - 1]!;
  const start = text.starts[i]!;
  if (got === last) return { code: pattern.code, start, valueStart: text.ends[i + n - 1]! };
  // A label ending in a number ("… mức độ 3 và 4") glued to the value that follows ("495")
  if (isDigits(last) && isDigits(got) && got.length > last.length && got.startsWith(last)) {
    const wordStart = text.starts[i + n - 1]!;
    return { code: pattern.code, start, valueStart: wordStart + last.length, gluedDigits: last };
  }
  return null;
}

/**
 * Finds the items' labels (and aliases) in a folded text, left to right, longest label first
 * at each position, never overlapping; an item found twice keeps its first place.
 */
export function findLabels(text: FoldedText, patterns: readonly LabelPattern[]): LabelMatch[] {
  const out: LabelMatch[] = [];
  const seen = new Set<string>();
  const words = text.words;
  for (let i = 0; i < words.length; i++) {
    const first = words[i];
    for (const pattern of patterns) {
      if (pattern.words[0] !== first || seen.has(pattern.code)) continue;
      const match = matchAt(text, i, pattern);
      if (!match) continue;
      out.push(match);
      seen.add(pattern.code);
      i += pattern.words.length - 1;
      break;
    }
  }
  return out;
}
