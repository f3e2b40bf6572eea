import type { ValueKind } from '../form/schema';
import { foldWords } from '../text/fold';
import { parseNumberToken, type ParsedNumber } from './parse-number';

/** A number found in a value text. */
export interface TextNumber extends ParsedNumber {
  /** The digits as written, e.g. "32.448". */
  text: string;
}

/** What a value text ("2.023, đạt tỉ lệ: 100%") holds. */
export interface ValueTextReading {
  count?: TextNumber;
  rate?: TextNumber;
  /** "168/612": the total after the slash. */
  total?: TextNumber;
  names?: string[];
  notApplicable?: true;
  /** Only placeholders ("...", "…", "."), filler words or nothing. */
  blank?: true;
  /** Words but no number. */
  unparseable?: true;
}

/** Digits not glued to letters: "K12Online" and "Office365" are names, not numbers. */
const NUMBER = /(?<![\p{L}\d])(\d+(?:[.,]\d+)*)(?![\p{L}\d])/gu;
const PERCENT_AFTER = /^\s*%/;
const SLASH_AFTER = /^\s*\/\s*(\d+(?:[.,]\d+)*)/;
/** Words around blanks that carry no value. */
const FILLER = new Set([
  'dat', 'ti', 'le', 'chiem', 'khoang', 'uoc', 'tinh', 'neu', 'co', 'ro', 'ten', 'tru', 'ho', 'so', 'mat', 'la', 'va',
  'cac', 'tong', 'luong', 'nen', 'tang', 'don', 'vi', 'tinh', 'nguoi', 'truong', 'giao', 'vien', 'hoc', 'sinh',
]);
/** Words that start a names list: "các nền tảng như Zoom". */
const NAME_LEAD = /^(?:(?:và|gồm|như|là|các|nền tảng|nền tảng như|trong đó)\s+)+/i;

/** Words right before a number that make it a rate without a "%": "tỉ lệ: 100", "tỷ lệ 99,8", "chiếm 28". */
const RATE_WORDS_BEFORE = /(?:t[iỉỷyí]\s*l[eệ]|chi[eế]m)\s*[:=]?\s*$/i;

const YEAR = /^(?:19|20)\d\d$/;
/** Words right before a year that make it part of a name or a date, not a value: "GDPT 2018", "năm 2023". */
const NAMES_A_YEAR = /(?:\b[A-ZĐ]{2,}|năm|NĂM|Năm)\s*$/u;

const rateContext = (before: string): boolean => RATE_WORDS_BEFORE.test(before.slice(-16));

function negativeSign(text: string, index: number): boolean {
  if (index === 0 || text[index - 1] !== '-') return false;
  const before = index >= 2 ? text[index - 2]! : ' ';
  return /[\s:(]/.test(before) || index === 1;
}

function signed(n: ParsedNumber, text: string, negative: boolean): TextNumber {
  return { value: negative ? -n.value : n.value, decimals: n.decimals, text: negative ? `-${text}` : text };
}

/** Names listed after a count: "1500 Microsoft Office 365; 1780 Google Meet và các nền tảng như Zoom, Zavi" */
export function parseNames(text: string): string[] {
  const names: string[] = [];
  const cleaned = text.replace(/\(?\s*nêu rõ tên\s*\)?/giu, ' ').replace(/[()[\]]/g, ' ');
  for (const piece of cleaned.split(/[;,\n]|\s+và\s+|\s+-\s+|\s\+\s/u)) {
    let name = piece.normalize('NFC').replace(/\s+/g, ' ').trim();
    name = name.replace(/^[:.\-–•+\s]+/, '').replace(/[:.\s]+$/, '');
    name = name.replace(/^\d+(?:[.,]\d+)*\s+/, '');
    name = name.replace(NAME_LEAD, '').trim();
    if (/\p{L}/u.test(name) && !/^(?:nêu rõ tên|không)$/iu.test(name)) names.push(name);
  }
  return names;
}

/**
 * Reads the value text of one blank, by the item's kind.
 * parseValueText(": 2.023, đạt tỉ lệ: 100%", "countRate") -> count 2023, rate 100 (0 decimals);
 * parseValueText("168/612 trường (đạt 24,4%)", "countRate") -> count 168, total 612, rate 24.4.
 */
export function parseValueText(text: string, kind: ValueKind): ValueTextReading {
  const out: ValueTextReading = {};
  const source = text.normalize('NFC');
  const rates: TextNumber[] = [];
  const others: Array<{ n: TextNumber; total?: TextNumber; end: number }> = [];
  let firstOtherEnd = -1;
  let sawDigit = false;
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(source); m; m = NUMBER.exec(source)) {
    const token = m[1]!;
    const start = m.index;
    if (YEAR.test(token) && NAMES_A_YEAR.test(source.slice(Math.max(0, start - 12), start))) continue; // "GDPT 2018", "năm 2023"
    sawDigit = true;
    const end = start + token.length;
    const negative = negativeSign(source, start);
    const after = source.slice(end);
    const isRate = PERCENT_AFTER.test(after) || rateContext(source.slice(0, start));
    if (isRate) {
      const parsed = parseNumberToken(token, 'rate');
      if (parsed) rates.push(signed(parsed, token, negative));
      continue;
    }
    const parsed = parseNumberToken(token, kind === 'rate' ? 'rate' : 'count');
    if (!parsed) continue;
    const entry: { n: TextNumber; total?: TextNumber; end: number } = { n: signed(parsed, token, negative), end };
    const slash = SLASH_AFTER.exec(after);
    if (slash) {
      const total = parseNumberToken(slash[1]!, 'count');
      if (total) entry.total = { ...total, text: slash[1]! };
      NUMBER.lastIndex = end + slash[0].length;
      entry.end = end + slash[0].length;
    }
    others.push(entry);
    if (firstOtherEnd < 0) firstOtherEnd = entry.end;
  }
  if (!sawDigit) {
    const words = foldWords(source).words;
    // "Không", "Không áp dụng", "Nếu có, Không", "Chưa triển khai"
    const first = words[0] === 'neu' && words[1] === 'co' ? words[2] : words[0];
    if (first === 'khong' || first === 'chua') out.notApplicable = true;
    else if (kind === 'countNames') {
      const names = parseNames(source);
      if (names.length) out.names = names;
      else out.blank = true;
    } else if (foldWords(source.replace(/\([^)]*\)/g, ' ')).words.every((w) => FILLER.has(w))) out.blank = true; // notes in brackets are no answer
    else out.unparseable = true;
    return out;
  }
  if (kind === 'rate') {
    const rate = rates[0] ?? (others.length === 1 ? others[0]!.n : undefined);
    if (rate) out.rate = rate;
    else out.unparseable = true;
    return out;
  }
  const first = others[0];
  if (first) {
    out.count = first.n;
    if (first.total) out.total = first.total;
  }
  if (rates[0] && kind !== 'countNames') out.rate = rates[0];
  if (kind === 'countNames') {
    const names = parseNames(firstOtherEnd >= 0 ? source.slice(firstOtherEnd) : source);
    if (names.length) out.names = names;
    if (rates[0]) out.rate = rates[0];
  }
  if (!out.count && !out.rate && !out.total) out.unparseable = true;
  return out;
}
