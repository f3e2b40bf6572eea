/**
 * Text folding for tolerant matching: NFC or NFD, any case, any spacing,
 * tỉ/tỷ, and the abbreviations schools use all fold to the same string.
 * foldText("Tổng số  GV có máy tính") === foldText("tong so giao vien co may tinh")
 */
const ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bty le\b/g, 'ti le'],
  [/\bty trong\b/g, 'ti trong'],
  [/\bgv\b/g, 'giao vien'],
  [/\bhs\b/g, 'hoc sinh'],
  [/\bsv\b/g, 'sinh vien'],
  [/\bcsgd\b/g, 'co so giao duc'],
  [/\bgddt\b/g, 'giao duc va dao tao'],
  [/\bgd dt\b/g, 'giao duc va dao tao'],
  [/\bgd&dt\b/g, 'giao duc va dao tao'],
  [/\bmn\b/g, 'mam non'],
  [/\bth\b/g, 'tieu hoc'],
  [/\bthcs\b/g, 'trung hoc co so'],
  [/\bthpt\b/g, 'trung hoc pho thong'],
];

/** Removes diacritics (Vietnamese included: đ -> d), lowercases. Keeps punctuation. */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** Folds text for comparison: no diacritics, lowercase, words separated by one space, abbreviations expanded. */
export function foldText(text: string): string {
  let s = stripDiacritics(text)
    .replace(/[^a-z0-9&]+/g, ' ')
    .trim();
  for (const [pattern, replacement] of ABBREVIATIONS) s = s.replace(pattern, replacement);
  return s;
}

/** NFC and single spaces; keeps diacritics and case. For display and name sets. */
export function tidyText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * A text folded word by word, each word keeping where it sits in the (NFC) source,
 * so a label found in folded words maps back to the original text around it.
 * Folding matches foldText (fold.ts): no diacritics, lowercase, tỉ/tỷ, GV/HS/… expanded.
 */
export interface FoldedText {
  /** The source text, NFC. */
  source: string;
  words: string[];
  /** starts[i]/ends[i]: offsets of words[i] in `source` (expanded abbreviations share their word's span). */
  starts: number[];
  ends: number[];
}

const WORD_EXPANSIONS: Record<string, string[]> = {
  gv: ['giao', 'vien'],
  hs: ['hoc', 'sinh'],
  sv: ['sinh', 'vien'],
  csgd: ['co', 'so', 'giao', 'duc'],
  gddt: ['giao', 'duc', 'va', 'dao', 'tao'],
  'gd&dt': ['giao', 'duc', 'va', 'dao', 'tao'],
  mn: ['mam', 'non'],
  th: ['tieu', 'hoc'],
  thcs: ['trung', 'hoc', 'co', 'so'],
  thpt: ['trung', 'hoc', 'pho', 'thong'],
};

/** Folded char codes of the BMP, computed on first use: a-z, 0-9, '&', MARK (a lone combining mark) or SPACE. */
const FOLDED = new Uint16Array(0x10000);
const MARK = 1;
const SPACE = 32;

function foldCode(code: number): number {
  const known = FOLDED[code]!;
  if (known) return known;
  let folded = SPACE;
  if (code >= 97 && code <= 122) folded = code;
  else if (code >= 65 && code <= 90) folded = code + 32;
  else if ((code >= 48 && code <= 57) || code === 38) folded = code;
  else if (code === 0x111 || code === 0x110) folded = 100; // đ Đ -> d
  else if (code >= 0x300 && code <= 0x36f) folded = MARK;
  else if (code >= 0x80 && (code < 0xd800 || code > 0xdfff)) {
    const base = String.fromCharCode(code).normalize('NFD').charAt(0).toLowerCase().charCodeAt(0);
    if ((base >= 97 && base <= 122) || (base >= 48 && base <= 57)) folded = base;
  }
  FOLDED[code] = folded;
  return folded;
}

function pushWord(out: FoldedText, word: string, start: number, end: number): void {
  const expansion = WORD_EXPANSIONS[word];
  if (expansion) {
    for (const w of expansion) {
      out.words.push(w);
      out.starts.push(start);
      out.ends.push(end);
    }
    return;
  }
  if (word.length > 1 && word.includes('&')) {
    // "TH&THCS" reads as "TH và THCS"
    const parts = word.split('&').filter(Boolean);
    parts.forEach((part, i) => {
      if (i > 0) {
        out.words.push('va');
        out.starts.push(start);
        out.ends.push(end);
      }
      pushWord(out, part, start, end);
    });
    return;
  }
  if (word === '&') return;
  out.words.push(word);
  out.starts.push(start);
  out.ends.push(end);
}

/** Recently folded texts: the form's own labels recur in every workbook. Results are shared: never mutate them. */
const foldCache = new Map<string, FoldedText>();
const FOLD_CACHE_LIMIT = 4096;

/**
 * Folds a text into words with their source spans (cached; do not mutate the result).
 * foldWords("Tỷ lệ GV").words -> ["ti","le","giao","vien"]
 */
export function foldWords(text: string): FoldedText {
  const hit = foldCache.get(text);
  if (hit) return hit;
  const out = foldUncached(text);
  if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
  foldCache.set(text, out);
  return out;
}

const codes: number[] = [];

function foldUncached(text: string): FoldedText {
  const source = text.normalize('NFC');
  const out: FoldedText = { source, words: [], starts: [], ends: [] };
  let start = -1;
  codes.length = 0;
  for (let i = 0; i <= source.length; i++) {
    const f = i < source.length ? foldCode(source.charCodeAt(i)) : SPACE;
    if (f === MARK) continue;
    if (f !== SPACE) {
      if (start < 0) start = i;
      codes.push(f);
    } else if (start >= 0) {
      pushWord(out, String.fromCharCode.apply(null, codes), start, i);
      codes.length = 0;
      start = -1;
    }
  }
  // tỷ lệ / tỷ trọng -> ti le / ti trong
  for (let i = 0; i + 1 < out.words.length; i++)
    if (out.words[i] === 'ty' && (out.words[i + 1] === 'le' || out.words[i + 1] === 'trong')) out.words[i] = 'ti';
  return out;
}

/** Folded words of a label (no spans needed). */
export const labelWords = (label: string): string[] => foldWords(label).words;

export const isDigits = (w: string): boolean => /^\d+$/.test(w);
