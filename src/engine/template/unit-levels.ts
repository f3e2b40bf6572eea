import type { UnitLevel } from '../form/schema';
import { foldText } from '../text/fold';

export interface LevelHeading {
  /** The governing agency printed above the unit (cơ quan chủ quản). */
  agency: string;
  /** The unit line when no unit name is given. */
  unitPlaceholder: string;
  /** Said in usage and in the form: "Trường tiểu học". */
  label: string;
}

const DOTS = '……………';

/** Header block defaults by unit level: a school answers to its Phòng, a Phòng to its UBND, a Sở to its province. */
export const LEVEL_HEADINGS: Record<UnitLevel, LevelHeading> = {
  MN: { agency: `PHÒNG GD&ĐT ${DOTS}`, unitPlaceholder: `TRƯỜNG MẦM NON ${DOTS}`, label: 'Trường mầm non' },
  TH: { agency: `PHÒNG GD&ĐT ${DOTS}`, unitPlaceholder: `TRƯỜNG TIỂU HỌC ${DOTS}`, label: 'Trường tiểu học' },
  THCS: { agency: `PHÒNG GD&ĐT ${DOTS}`, unitPlaceholder: `TRƯỜNG THCS ${DOTS}`, label: 'Trường trung học cơ sở' },
  THPT: { agency: `SỞ GD&ĐT ${DOTS}`, unitPlaceholder: `TRƯỜNG THPT ${DOTS}`, label: 'Trường trung học phổ thông' },
  phong: { agency: `UBND ${DOTS}`, unitPlaceholder: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', label: 'Phòng Giáo dục và Đào tạo' },
  so: { agency: `UBND ${DOTS}`, unitPlaceholder: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', label: 'Sở Giáo dục và Đào tạo' },
  dh: { agency: `UBND ${DOTS}`, unitPlaceholder: `TRƯỜNG ${DOTS}`, label: 'Cơ sở giáo dục đại học, cao đẳng' },
};

/** Folded words that tell a unit's level, most specific first. */
const LEVEL_WORDS: ReadonlyArray<[string, UnitLevel]> = [
  ['phong giao duc va dao tao', 'phong'],
  ['so giao duc va dao tao', 'so'],
  ['mam non', 'MN'],
  ['trung hoc pho thong', 'THPT'],
  ['trung hoc co so', 'THCS'],
  ['tieu hoc', 'TH'],
  ['dai hoc', 'dh'],
  ['cao dang', 'dh'],
];

/**
 * The level a unit's name tells, or undefined when it tells none or several (a "TH&THCS" school).
 * levelFromUnitName("Trường TH Ngô Sĩ Liên") === "TH"; levelFromUnitName("Phòng GD&ĐT Bắc Giang") === "phong"
 */
export function levelFromUnitName(name: string): UnitLevel | undefined {
  let s = ` ${foldText(name)} `;
  const found = new Set<UnitLevel>();
  for (const [words, level] of LEVEL_WORDS) {
    if (s.includes(` ${words} `)) {
      found.add(level);
      s = s.replace(` ${words} `, ' ');
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** "Trường TH Ngô Sĩ Liên" -> "TRƯỜNG TH NGÔ SĨ LIÊN", as the header block prints it. */
export const upperVi = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleUpperCase('vi');
