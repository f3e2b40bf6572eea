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

const charCache = new Map<number, string>();

/** One source character folded: a-z, 0-9, '&', or '' for a separator. */
function foldChar(code: number, ch: string): string {
  if (code < 128) {
    if (code >= 97 && code <= 122) return ch;
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
    if ((code >= 48 && code <= 57) || code === 38) return ch;
    return '';
  }
  const cached = charCache.get(code);
  if (cached !== undefined) return cached;
  let folded = '';
  if (code === 0x111 || code === 0x110) folded = 'd';
  else {
    const base = ch.normalize('NFD')[0]!.toLowerCase();
    const b = base.charCodeAt(0);
    folded = (b >= 97 && b <= 122) || (b >= 48 && b <= 57) ? base : '';
  }
  charCache.set(code, folded);
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

/** Folds a text into words with their source spans. foldWords("Tỷ lệ GV").words -> ["ti","le","giao","vien"] */
export function foldWords(text: string): FoldedText {
  const source = text.normalize('NFC');
  const out: FoldedText = { source, words: [], starts: [], ends: [] };
  let word = '';
  let start = -1;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    const code = source.charCodeAt(i);
    if (code >= 0x300 && code <= 0x36f) continue; // a stray combining mark stays inside its word
    const f = foldChar(code, ch);
    if (f) {
      if (start < 0) start = i;
      word += f;
    } else if (start >= 0) {
      pushWord(out, word, start, i);
      word = '';
      start = -1;
    }
  }
  if (start >= 0) pushWord(out, word, start, source.length);
  // tỷ lệ / tỷ trọng -> ti le / ti trong
  for (let i = 0; i + 1 < out.words.length; i++)
    if (out.words[i] === 'ty' && (out.words[i + 1] === 'le' || out.words[i + 1] === 'trong')) out.words[i] = 'ti';
  return out;
}

/** Folded words of a label (no spans needed). */
export const labelWords = (label: string): string[] => foldWords(label).words;

export const isDigits = (w: string): boolean => /^\d+$/.test(w);
