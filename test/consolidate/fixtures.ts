import type { UnitLevel } from '../../src/engine/form/schema';
import { toIssue } from '../../src/engine/messages';
import type { FileReport, ItemReading } from '../../src/engine/report';
import type { ConsolidationInput } from '../../src/engine/consolidate/types';
import type { Finding } from '../../src/engine/issues';

let clock = Date.UTC(2024, 2, 1, 8, 0, 0);

/** A hand-built checked file: the report a school's workbook gives, and its file facts. */
export function unitInput(
  unit: string | null,
  level: UnitLevel | null,
  items: Record<string, ItemReading>,
  extra: { populations?: Record<string, number>; findings?: Finding[]; path?: string; mtimeMs?: number; template?: string | null; status?: 'ok' | 'unreadable' | 'foreign' } = {},
): ConsolidationInput {
  const path = extra.path ?? `district/${unit ?? 'unknown'}.xlsx`;
  const report: FileReport = {
    path,
    unit,
    template: extra.template === undefined ? 'qd131' : extra.template,
    level,
    items,
    populations: extra.populations ?? {},
    issues: (extra.findings ?? []).map(toIssue),
  };
  clock += 60_000;
  const meta: ConsolidationInput['meta'] = { path, size: 12_345, mtimeMs: extra.mtimeMs ?? clock, sha256: 'ab'.repeat(32) };
  if (extra.status) meta.status = extra.status;
  return { report, meta };
}

/** count/rate as a school writes it: the population is implied (count ÷ rate). */
export const implied = (count: number, rate: number, cell?: string): ItemReading => ({
  count,
  rate,
  population: (count * 100) / rate,
  populationImplied: true,
  ...(cell ? { cell } : {}),
});

/**
 * A hand-computed district of three schools:
 *   1.1: TH A 45/45, TH B 9/10, MN C 20/20 -> 74/75 = 98,67 % (the mean of rates, 96,67 %, is wrong)
 *   2.1: TH A 300/320, TH B 10/100 (given), MN C "Không" -> 310/420 = 73,81 % (mean of rates: 51,875 %)
 *   5.1: TH A 28 % of 320 pupils, TH B 40 % of 100 -> 30,857 % (plain mean 34 %)
 *   3.1: {Zoom, K12Online} ∪ {zoom, K12 Online, VNEdu} ∪ {NFD "Trường học kết nối", VNEdu} -> 4 names
 *   4.1: "Không" everywhere -> "Không"
 */
export function handDistrict(): ConsolidationInput[] {
  const nfd = 'Trường học kết nối'.normalize('NFD');
  return [
    unitInput('Trường TH A', 'TH', {
      '1.1': implied(45, 100, 'PL2!C8'),
      '2.1': implied(300, 93.75, 'PL2!C9'),
      '3.1': { count: 2, names: ['Zoom', 'K12Online'] },
      '4.1': { notApplicable: true },
      '5.1': { rate: 28 },
    }),
    unitInput('Trường TH B', 'TH', {
      '1.1': implied(9, 90),
      '2.1': { count: 10, rate: 10, population: 100 },
      '3.1': { count: 3, names: ['zoom', 'K12  Online', 'VNEdu'] },
      '4.1': { notApplicable: true },
      '5.1': { rate: 40 },
    }, { populations: { hoc_sinh_th: 100 } }),
    unitInput('Trường MN C', 'MN', {
      '1.1': { count: 20, rate: 100, population: 20 },
      '2.1': { notApplicable: true },
      '3.1': { count: 2, names: [` ${nfd} `, 'VNEDU'] },
      '4.1': { notApplicable: true },
    }),
  ];
}

/**
 * The hand-computed district, with TH B's 2.1 count typed "10.5" in an English-style Excel:
 * read as the decimal 10,5 and flagged NOT_INTEGER.
 *   2.1 without TH B: TH A 300/320, MN C "Không" -> 300/320 = 93,75 %
 *   1.1 (TH B's other item) still summed: 74/75
 */
export function districtWithMisreadCount(): ConsolidationInput[] {
  const inputs = handDistrict();
  const thB = inputs[1]!;
  thB.report.items['2.1'] = { count: 10.5, rate: 10, population: 105, populationImplied: true, cell: 'PL2!C9' };
  thB.report.issues.push({ code: 'NOT_INTEGER', severity: 'error', item: '2.1', cell: 'PL2!C9', actual: 10.5, reason: 'count', message: 'Mục 2.1 (ô PL2!C9): số lượng 10,5 không phải số nguyên. Hãy nhập số nguyên.' });
  return inputs;
}
