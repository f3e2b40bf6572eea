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
