import { roundRate } from '../engine/text/format-number';
import type { Rng } from './prng';
import type { SchoolLevel } from './school-names';

/** One item's figures as the school means them (the truth tests compare against). */
export interface ItemTruth {
  count?: number;
  /** Percentage 0–100, as written (rounded to at most one decimal). */
  rate?: number;
  /** The population the rate is of (not written on the issued form). */
  population?: number;
  names?: string[];
  notApplicable?: true;
}

export interface SchoolFigures {
  level: SchoolLevel;
  unit: string;
  teachers: number;
  /** Children (MN) or pupils (TH, THCS). */
  learners: number;
  items: Record<string, ItemTruth>;
}

const FOREIGN_PLATFORMS = ['Zoom', 'Google Meet', 'Microsoft Teams'];
const DOMESTIC_PLATFORMS = ['K12Online', 'VNEdu', 'OLM', 'Azota'];

/** The rate as a school writes it: 100 when whole, else one decimal. */
export const statedRate = (count: number, population: number): number => roundRate((100 * count) / population, 1);

function countRate(count: number, population: number): ItemTruth {
  return { count, rate: statedRate(count, population), population };
}

/**
 * A school's figures for the items of its level. Teachers and learners are given (the district's totals are split
 * beforehand); `unsatisfied` is how many surveyed learners/parents are not satisfied (9.3).
 */
export function schoolFigures(level: SchoolLevel, unit: string, teachers: number, learners: number, unsatisfied: number, rng: Rng): SchoolFigures {
  const items: Record<string, ItemTruth> = {};
  items['1.1'] = countRate(teachers, teachers);
  items['1.3'] = countRate(teachers, teachers);
  if (level !== 'MN') {
    items['2.1'] = countRate(learners, learners);
    items['2.3'] = countRate(learners, learners);
    const foreign = rng.shuffle(FOREIGN_PLATFORMS).slice(0, rng.int(1, 2));
    const domestic = rng.shuffle(DOMESTIC_PLATFORMS).slice(0, rng.int(1, 2));
    const names = [...foreign, ...domestic];
    items['3.1'] = { count: names.length, names };
    items['3.2'] = { count: domestic.length, names: domestic };
    items['3.3'] = countRate(Math.round(learners * (0.85 + 0.15 * rng.next())), learners);
  }
  if (level === 'TH') items['5.1'] = { rate: rng.int(24, 32) };
  if (level === 'THCS') items['5.2'] = { rate: rng.int(30, 40) };
  items['8.1'] = countRate(1, 1);
  items['8.2'] = countRate(learners, learners);
  items['8.3'] = countRate(teachers, teachers);
  items['9.3'] = countRate(learners - unsatisfied, learners);
  return { level, unit, teachers, learners, items };
}
