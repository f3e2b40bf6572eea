import { isDigits, type FoldedText } from '../text/fold';
import type { LabelPattern } from './form-index';
import type { LabelMatch } from './find-labels';

/** Word edits a reworded label may have: one per five words, at most three. */
const allowedEdits = (words: number): number => Math.min(3, Math.floor(words / 5));

/**
 * Best approximate occurrence of a label in words [from, to): fewest word edits (a word missing, added
 * or replaced), never swallowing a number (a number in the text only matches the same number in the label).
 */
function nearest(
  text: FoldedText,
  digits: readonly boolean[],
  from: number,
  to: number,
  words: readonly string[],
): { start: number; end: number; cost: number } | null {
  const m = words.length;
  const n = to - from;
  const limit = allowedEdits(m);
  if (limit === 0 || n <= 0) return null;
  const INF = 1e9;
  // prev[j]/cur[j]: cost of matching label words [0, i) ending at text word from + j; starts track where it began
  let prev = new Int32Array(n + 1);
  let prevStart = new Int32Array(n + 1);
  let cur = new Int32Array(n + 1);
  let curStart = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prevStart[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    curStart[0] = 0;
    const w = words[i - 1]!;
    for (let j = 1; j <= n; j++) {
      const t = from + j - 1;
      const isNumber = digits[t]!;
      const same = text.words[t] === w;
      let best = prev[j - 1]! + (same ? 0 : isNumber ? INF : 1);
      let start = prevStart[j - 1]!;
      if (prev[j]! + 1 < best) {
        best = prev[j]! + 1;
        start = prevStart[j]!;
      }
      if (!isNumber && cur[j - 1]! + 1 < best) {
        best = cur[j - 1]! + 1;
        start = curStart[j - 1]!;
      }
      cur[j] = Math.min(best, INF);
      curStart[j] = start;
    }
    [prev, cur] = [cur, prev];
    [prevStart, curStart] = [curStart, prevStart];
  }
  let bestJ = -1;
  for (let j = 1; j <= n; j++) if (prev[j]! <= limit && (bestJ < 0 || prev[j]! < prev[bestJ]!)) bestJ = j;
  if (bestJ < 0) return null;
  return { start: from + prevStart[bestJ]!, end: from + bestJ, cost: prev[bestJ]! };
}

/** The distinct words of a label, computed once per pattern. */
function labelWordSet(pattern: LabelPattern): ReadonlySet<string> {
  let set = wordSets.get(pattern);
  if (!set) wordSets.set(pattern, (set = new Set(pattern.words)));
  return set;
}
const wordSets = new WeakMap<LabelPattern, ReadonlySet<string>>();

/**
 * Text words [from, to) that are words of the label: a bound on the label words an approximate match there can
 * keep, so ranges that cannot hold the label skip the alignment.
 */
function labelWordsIn(text: FoldedText, from: number, to: number, label: ReadonlySet<string>): number {
  let n = 0;
  for (let i = from; i < to; i++) if (label.has(text.words[i]!)) n++;
  return n;
}

/**
 * Labels reworded by a few words ("Tổng số giáo viên có máy vi tính"), looked for only for items not found
 * exactly, only between the exact matches, closest first, never two for one item or one place.
 */
export function findNearLabels(text: FoldedText, patterns: readonly LabelPattern[], exact: readonly LabelMatch[]): LabelMatch[] {
  const found = new Set(exact.map((m) => m.code));
  // free word ranges between exact matches
  const taken: Array<[number, number]> = exact.map((m) => {
    const first = text.starts.findIndex((s) => s >= m.start);
    let last = first;
    while (last + 1 < text.words.length && text.ends[last + 1]! <= m.valueStart) last++;
    return [first, last + 1];
  });
  const candidates: Array<{ code: string; start: number; end: number; cost: number }> = [];
  const present = new Set(text.words);
  let digits: boolean[] | undefined;
  /** wordsBefore[i]: words (not numbers) among text words [0, i); a range with too few cannot hold the label. */
  let wordsBefore: number[] = [];
  for (const pattern of patterns) {
    if (found.has(pattern.code)) continue;
    // cheap bound: a near match needs all but `limit` of the label's words somewhere in the text
    const limit = allowedEdits(pattern.words.length);
    if (limit === 0) continue;
    let absent = 0;
    for (const w of pattern.words) if (!present.has(w) && ++absent > limit) break;
    if (absent > limit) continue;
    if (!digits) {
      digits = text.words.map(isDigits);
      wordsBefore = [0];
      for (let i = 0; i < digits.length; i++) wordsBefore.push(wordsBefore[i]! + (digits[i] ? 0 : 1));
    }
    const needed = pattern.words.length - limit;
    const label = labelWordSet(pattern);
    let from = 0;
    for (const [s, e] of [...taken, [text.words.length, text.words.length] as [number, number]]) {
      const near = wordsBefore[s]! - wordsBefore[from]! >= needed && labelWordsIn(text, from, s, label) >= needed ? nearest(text, digits, from, s, pattern.words) : null;
      if (near) candidates.push({ code: pattern.code, ...near });
      from = e;
    }
  }
  candidates.sort((a, b) => a.cost - b.cost || a.start - b.start);
  const out: LabelMatch[] = [];
  for (const c of candidates) {
    if (found.has(c.code) || taken.some(([s, e]) => c.start < e && s < c.end)) continue;
    found.add(c.code);
    taken.push([c.start, c.end]);
    out.push({ code: c.code, start: text.starts[c.start]!, valueStart: text.ends[c.end - 1]! });
  }
  return out;
}
