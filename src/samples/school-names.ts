import type { Rng } from './prng';

export type SchoolLevel = 'MN' | 'TH' | 'THCS';

/** Names modelled on Bắc Giang city's schools: people, flowers and wards. Unique within a level. */
export const DISTRICT_NAMES: Record<SchoolLevel, readonly string[]> = {
  MN: [
    'Hoa Sen', 'Hoa Mai', 'Hoa Hồng', 'Hoa Phượng', 'Hoa Đào', 'Hoa Ban', 'Hoa Sữa', 'Họa Mi', 'Sơn Ca', 'Vành Khuyên', 'Tuổi Thơ',
    'Bình Minh', 'Ánh Dương', 'Hướng Dương', 'Sao Mai', 'Măng Non', 'Thọ Xương', 'Trần Phú', 'Dĩnh Kế', 'Song Mai', 'Xương Giang', 'Đa Mai',
  ],
  TH: [
    'Ngô Sĩ Liên', 'Lê Lợi', 'Trần Phú', 'Ngô Quyền', 'Hoàng Văn Thụ', 'Thọ Xương', 'Lê Hồng Phong', 'Quang Trung', 'Nguyễn Khắc Nhu',
    'Tân Mỹ', 'Song Khê', 'Dĩnh Trì', 'Đồng Sơn', 'Tân Tiến', 'Xương Giang', 'Đa Mai',
  ],
  THCS: [
    'Lê Quý Đôn', 'Ngô Sĩ Liên', 'Trần Phú', 'Lê Lợi', 'Nguyễn Trãi', 'Chu Văn An', 'Nguyễn Du', 'Hoàng Hoa Thám', 'Thọ Xương', 'Tân Mỹ',
    'Song Khê', 'Dĩnh Trì', 'Đồng Sơn', 'Tân Tiến', 'Xương Giang', 'Đa Mai', 'Mỹ Độ',
  ],
};

/** Communes for larger generated sets (a province has hundreds of schools). */
const COMMUNES = [
  'Bảo Thắng', 'Bảo Yên', 'Bát Xát', 'Mường Khương', 'Si Ma Cai', 'Bắc Hà', 'Văn Bàn', 'Sa Pa', 'Cam Đường', 'Phố Lu', 'Xuân Quang',
  'Gia Phú', 'Tằng Loỏng', 'Phong Niên', 'Thái Niên', 'Sơn Hải', 'Bản Cầm', 'Phú Nhuận', 'Võ Lao', 'Khánh Yên', 'Nậm Tha', 'Dương Quỳ',
  'Minh Lương', 'Tân An', 'Tân Thượng', 'Làng Giàng', 'Hòa Mạc', 'Chiềng Ken', 'Liêm Phú', 'Sơn Thủy',
];

export const LEVEL_WORDS: Record<SchoolLevel, string> = { MN: 'MN', TH: 'TH', THCS: 'THCS' };

/** "Trường TH Ngô Sĩ Liên" */
export const unitName = (level: SchoolLevel, name: string): string => `Trường ${LEVEL_WORDS[level]} ${name}`;

/** `n` unique names for a level: the district's names first, then "<name> <commune>" combinations, then numbered. */
export function schoolNames(level: SchoolLevel, n: number, rng: Rng): string[] {
  const base = DISTRICT_NAMES[level];
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (name: string): void => {
    if (out.length < n && !seen.has(name)) {
      seen.add(name);
      out.push(name);
    }
  };
  for (const name of base) add(name);
  for (const commune of rng.shuffle(COMMUNES)) for (const name of base) add(`${name} ${commune}`);
  for (let i = 1; out.length < n; i++) add(`Số ${i} ${COMMUNES[i % COMMUNES.length]}`);
  return out;
}

/** "Trường TH Ngô Sĩ Liên" -> "th-ngo-si-lien" */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/^truong /, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
