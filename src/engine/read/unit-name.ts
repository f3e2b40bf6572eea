import type { UnitLevel } from '../form/schema';
import { foldWords } from '../text/fold';
import type { SheetView } from './sheet-view';

/** Kinds of unit a header line names, most specific first (a school's header also names its UBND/Phòng). */
const UNIT_STARTS: ReadonlyArray<[string, number]> = [
  ['truong', 0],
  ['phong giao duc', 1],
  ['so giao duc', 2],
  ['ubnd', 3],
  ['uy ban nhan dan', 3],
];

/** Words kept in capitals when title-casing. */
const ACRONYMS = new Set([
  'UBND', 'TH', 'THCS', 'THPT', 'MN', 'GD&ĐT', 'GDĐT', 'GD-ĐT', 'PTDTBT', 'PTDTNT', 'DTNT', 'PT', 'TP', 'TX', 'GDTX',
  'GDNN-GDTX', 'ĐH', 'CĐ', 'TW', 'TH&THCS', 'THCS&THPT', 'MN&TH', 'PTCS', 'II', 'III', 'IV',
]);
/**
 * Words of unit names as Vietnamese official style writes them after title-casing:
 * place nouns in lower case ("UBND thành phố Bắc Giang"), school and office kinds in sentence case
 * ("Trường Tiểu học …", "Phòng Giáo dục và Đào tạo …").
 */
const PHRASE_LIST: ReadonlyArray<[string, string]> = [
  ['Thành Phố', 'thành phố'],
  ['Thị Xã', 'thị xã'],
  ['Thị Trấn', 'thị trấn'],
  ['Huyện', 'huyện'],
  ['Quận', 'quận'],
  ['Tỉnh', 'tỉnh'],
  ['Tiểu Học', 'Tiểu học'],
  ['Mầm Non', 'Mầm non'],
  ['Trung Học Cơ Sở', 'Trung học cơ sở'],
  ['Trung Học Phổ Thông', 'Trung học phổ thông'],
  ['Giáo Dục Và Đào Tạo', 'Giáo dục và Đào tạo'],
];

/** Each phrase as a whole-word pattern after the first word, compiled once. */
const PHRASES = PHRASE_LIST.map(([titled, styled]) => ({
  titled,
  styled,
  inner: new RegExp(`(?<=\\s)${titled}(?=\\s|$)`, 'gu'),
}));

/**
 * Title case with Vietnamese diacritics kept, acronyms kept.
 * titleCaseVi("TRƯỜNG TH NGÔ SĨ LIÊN") === "Trường TH Ngô Sĩ Liên"
 */
export function titleCaseVi(text: string): string {
  const words = text.normalize('NFC').replace(/\s+/g, ' ').trim().split(' ');
  const cased = words.map((w) => {
    const upper = w.toUpperCase();
    if (ACRONYMS.has(upper.replace(/[.,:;]+$/, ''))) return upper;
    const lower = w.toLowerCase();
    return lower.charAt(0).toUpperCase() + lower.slice(1);
  });
  let s = cased.join(' ');
  for (const { titled, styled, inner } of PHRASES) {
    if (!s.includes(titled)) continue;
    s = s.replace(inner, styled);
    if (s.startsWith(`${titled} `)) s = styled.charAt(0).toUpperCase() + styled.slice(1) + s.slice(titled.length);
  }
  return s;
}

/** How specific the kind of unit a header line names is (lower is better), or -1 when it names none. */
function unitRank(line: string): number {
  const words = foldWords(line).words;
  // "Trường" alone on a line names no unit; "TRƯỜNG … (Kèm theo…)" is not a header
  if (words.length < 2 || words.length > 12) return -1;
  const joined = words.join(' ');
  for (const [start, rank] of UNIT_STARTS) if (joined.startsWith(`${start} `)) return rank;
  return -1;
}

/** A header line as a unit name: single spaces, NFC, title case when written in capitals. */
function unitNameOf(line: string): string {
  const name = line.replace(/\s+/g, ' ').trim();
  return name === name.toUpperCase() ? titleCaseVi(name) : name.normalize('NFC');
}

/** The unit's name from the header block above the form (rows before `beforeRow`), or null. */
export function unitFromHeader(view: SheetView, beforeRow: number): string | null {
  let best: { line: string; rank: number } | null = null;
  for (let r = 0; r < beforeRow && r < 40; r++) {
    const len = Math.min(view.rowLength(r), 30);
    for (let c = 0; c < len; c++) {
      const text = view.text(r, c);
      if (!text) continue;
      for (const line of text.includes('\n') ? text.split(/\r?\n/) : [text]) {
        const rank = unitRank(line);
        if (rank >= 0 && (!best || rank < best.rank)) best = { line, rank };
      }
    }
  }
  return best ? unitNameOf(best.line) : null;
}

/** The file name without folders and extension: "in/TH Ngô Sĩ Liên.xlsx" -> "TH Ngô Sĩ Liên". */
export function unitFromPath(path: string): string | null {
  const base = path.split(/[\\/]/).pop() ?? '';
  const name = base.replace(/\.[A-Za-z0-9]{1,5}$/, '').normalize('NFC').replace(/[_\s]+/g, ' ').trim();
  return name || null;
}

const SCHOOL_LEVELS: ReadonlyArray<[string, UnitLevel]> = [
  ['mam non', 'MN'],
  ['tieu hoc', 'TH'],
  ['trung hoc co so', 'THCS'],
  ['trung hoc pho thong', 'THPT'],
];

/**
 * The unit's level when its name tells it: levelOfUnit("Trường TH Ngô Sĩ Liên") === "TH",
 * "Phòng GD&ĐT …" -> "phong", "UBND thành phố …" -> "phong"; null for mixed schools (TH&THCS) or unknown names.
 */
export function levelOfUnit(name: string | null): UnitLevel | null {
  if (!name) return null;
  const joined = ` ${foldWords(name).words.join(' ')} `;
  if (joined.includes(' phong giao duc ')) return 'phong';
  if (joined.includes(' so giao duc ')) return 'so';
  if (/^ (?:ubnd|uy ban nhan dan) (?:huyen|quan|thi xa|thanh pho) /.test(joined)) return 'phong';
  if (/^ (?:ubnd|uy ban nhan dan) tinh /.test(joined)) return 'so';
  if (joined.includes(' dai hoc ') || joined.includes(' cao dang ')) return 'dh';
  const levels = SCHOOL_LEVELS.filter(([words]) => joined.includes(` ${words} `)).map(([, level]) => level);
  return levels.length === 1 ? levels[0]! : null;
}
