import { foldText } from '../text/fold';

/** Words that name the kind of unit; "Trường Tiểu học Ngô Sĩ Liên" and "TH Ngô Sĩ Liên" key the same. */
const UNIT_PREFIXES = [
  'truong mam non',
  'truong tieu hoc',
  'truong trung hoc co so',
  'truong trung hoc pho thong',
  'truong',
  'mam non',
  'tieu hoc',
  'trung hoc co so',
  'trung hoc pho thong',
  'phong giao duc va dao tao',
  'so giao duc va dao tao',
];

/** Level words kept in the key, so "MN Ngô Sĩ Liên" and "TH Ngô Sĩ Liên" stay apart. */
const LEVEL_WORDS: Record<string, string> = {
  'mam non': 'mn',
  'tieu hoc': 'th',
  'trung hoc co so': 'thcs',
  'trung hoc pho thong': 'thpt',
};

/**
 * A tolerant key for a unit name.
 * unitKey("TH Ngô Sĩ Liên") === unitKey("Trường Tiểu học  Ngô Sĩ Liên") === "th|ngo si lien"
 */
export function unitKey(name: string): string {
  let s = foldText(name);
  let level = '';
  for (const prefix of UNIT_PREFIXES) {
    if (s.startsWith(`${prefix} `)) {
      const levelWords = prefix.replace(/^truong /, '');
      level = LEVEL_WORDS[levelWords] ?? level;
      s = s.slice(prefix.length + 1);
      if (prefix === 'truong') {
        for (const [words, code] of Object.entries(LEVEL_WORDS))
          if (s.startsWith(`${words} `)) {
            level = code;
            s = s.slice(words.length + 1);
            break;
          }
      }
      break;
    }
  }
  return `${level}|${s}`;
}
