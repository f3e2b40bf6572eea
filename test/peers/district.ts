import type { UnitLevel } from '../../src/engine/form/schema';
import type { Finding } from '../../src/engine/issues';
import { toIssue } from '../../src/engine/messages';
import type { FileReport, ItemReading } from '../../src/engine/report';

/** A small deterministic generator (LCG), so the district is the same on every run. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** "count, đạt tỉ lệ: rate%" as read: the population is implied (count ÷ rate) unless given. */
export const reading = (count: number, rate: number, cell: string, population = Math.round((count * 100) / rate)): ItemReading => ({
  count,
  rate,
  population,
  populationImplied: true,
  cell,
});

export interface SchoolFigures {
  unit: string;
  level?: UnitLevel | null;
  teachers: number;
  pupils: number;
  /** Rate of pupils with a computer (2.1), 0–100. */
  pupilRate?: number;
  onlineShare?: number;
  path?: string;
  populations?: Record<string, number>;
  findings?: Finding[];
  /** Readings that replace the generated ones. */
  items?: Record<string, ItemReading>;
}

/** The report a primary school's filled form gives, built by hand. */
export function schoolReport(s: SchoolFigures): FileReport {
  const rate = s.pupilRate ?? 100;
  const items: Record<string, ItemReading> = {
    '1.1': reading(s.teachers, 100, 'PL2!C8'),
    '1.3': reading(s.teachers, 100, 'PL2!C9'),
    '2.1': reading(Math.round((s.pupils * rate) / 100), rate, 'PL2!C12', s.pupils),
    '2.3': reading(s.pupils, 100, 'PL2!C13'),
    '5.1': { rate: s.onlineShare ?? 28, cell: 'PL2!C20' },
    '8.1': reading(1, 100, 'PL2!C25'),
    '8.2': reading(s.pupils, 100, 'PL2!C26'),
    '8.3': reading(s.teachers, 100, 'PL2!C27'),
    ...s.items,
  };
  return {
    path: s.path ?? `huyen/${s.unit}.xlsx`,
    unit: s.unit,
    template: 'qd131',
    level: s.level === undefined ? 'TH' : s.level,
    items,
    populations: s.populations ?? {},
    issues: (s.findings ?? []).map(toIssue),
  };
}

const NAMES = ['Đa Mai', 'Dĩnh Trì', 'Đồng Sơn', 'Hoàng Văn Thụ', 'Lê Hồng Phong', 'Lê Lợi', 'Ngô Quyền', 'Ngô Sĩ Liên', 'Nguyễn Khắc Nhu', 'Quang Trung', 'Song Khê', 'Tân Mỹ', 'Tân Tiến', 'Thọ Xương', 'Trần Phú', 'Xương Giang'];

/** `n` primary schools with a normal spread: 300–1.500 pupils, 92–100 % of them with a computer, 25–32 % online. */
export function normalDistrict(n: number, seed = 131): SchoolFigures[] {
  const next = random(seed);
  return Array.from({ length: n }, (_, i) => {
    const pupils = 300 + Math.round(next() * 1200);
    return {
      unit: `Trường TH ${NAMES[i % NAMES.length]}${i >= NAMES.length ? ` ${i}` : ''}`,
      teachers: Math.max(12, Math.round(pupils / 28)),
      pupils,
      pupilRate: Math.round((92 + next() * 8) * 10) / 10,
      onlineShare: 25 + Math.round(next() * 7),
    };
  });
}

/** The median as a person computes it: sort, take the middle (or the mean of the two middles). */
export function handMedian(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
