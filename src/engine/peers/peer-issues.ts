import type { FormDefinition } from '../form/schema';
import type { Finding, Issue } from '../issues';
import { toIssue } from '../messages';
import type { FileReport } from '../report';
import { unitKey } from '../units/unit-key';
import { median, medianAbsoluteDeviation } from './robust-stats';
import { placeOrder, unitFigures, type PeerFigure, type UnitFigures } from './peer-figures';

/** How far from its peers a figure must be to be flagged; chosen so that ordinary spreads never are. */
export const PEER_RULES = {
  /** Units of the same level, each counted once, that must state a figure before it is compared. */
  minPeers: 8,
  /** A population size more than this many times, or less than its inverse, the peers' median. */
  sizeFactor: 10,
  /** A rate further from the peers' median than this many median absolute deviations… */
  rateMadFactor: 4,
  /** …and than this many percentage points (so the usual 95–100 % spread never triggers). */
  rateMinGap: 30,
} as const;

interface Unit {
  report: FileReport;
  figures: UnitFigures;
  /** Units that sent several files count once in their peers' medians. */
  key: string;
}

/** Values per group ("TH|size|hoc_sinh", "TH|rate|2.1"), each distinct unit once, in input order. */
function groupValues(units: readonly Unit[]): Map<string, number[]> {
  const groups = new Map<string, { values: number[]; seen: Set<string> }>();
  const add = (group: string, key: string, value: number): void => {
    let g = groups.get(group);
    if (!g) groups.set(group, (g = { values: [], seen: new Set() }));
    if (g.seen.has(key)) return;
    g.seen.add(key);
    g.values.push(value);
  };
  for (const u of units) {
    for (const s of u.figures.sizes) add(`${u.figures.level}|size|${s.population}`, u.key, s.representative);
    for (const [code, r] of u.figures.rates) add(`${u.figures.level}|rate|${code}`, u.key, r.value);
  }
  const out = new Map<string, number[]>();
  for (const [group, g] of groups) if (g.values.length >= PEER_RULES.minPeers) out.set(group, g.values);
  return out;
}

/** Median of a group, and for rates the distance beyond which a rate is far; computed once per group. */
interface Stats {
  median: number;
  gap: number;
}

function statsOf(groups: Map<string, number[]>): Map<string, Stats> {
  const out = new Map<string, Stats>();
  for (const [group, values] of groups) {
    const m = median(values);
    const gap = group.includes('|rate|') ? Math.max(PEER_RULES.rateMadFactor * medianAbsoluteDeviation(values, m), PEER_RULES.rateMinGap) : 0;
    out.set(group, { median: m, gap });
  }
  return out;
}

const farInSize = (value: number, m: number): boolean => m > 0 && (value > m * PEER_RULES.sizeFactor || value < m / PEER_RULES.sizeFactor);

function finding(report: FileReport, figures: UnitFigures, place: PeerFigure, m: number, population?: string): Finding {
  return {
    code: 'IMPLAUSIBLE',
    reason: 'peers',
    item: place.item,
    ...(place.cell !== undefined ? { cell: place.cell } : {}),
    actual: place.value,
    expected: m,
    path: report.path,
    // The level names the peers in the message ("các trường tiểu học khác").
    text: figures.level,
    ...(population !== undefined ? { related: [population] } : {}),
  };
}

/**
 * IMPLAUSIBLE (reason "peers") warnings for figures far from the same figure at units of the same level:
 * - a population size (given or implied) over 10× or under 1/10 of the peers' median — a school that typed the
 *   district's total of pupils in its own form;
 * - a rate further from the peers' median than max(4 × MAD, 30 percentage points).
 * Groups of fewer than 8 units, and units of unknown level, are not compared. At most one issue per unit and item
 * (or population); a population wrong everywhere it appears is flagged once, at its first place. Issues come in
 * input order, then form order. Driven by the form: no item code is named here.
 * peerIssues(reports, QD131) -> [{ code: "IMPLAUSIBLE", reason: "peers", item: "2.1", actual: 32448, expected: 1180, path, … }]
 */
export function peerIssues(reports: readonly FileReport[], form: FormDefinition): Issue[] {
  const units: Unit[] = [];
  for (const report of reports) {
    const figures = unitFigures(report, form);
    if (figures) units.push({ report, figures, key: report.unit !== null ? unitKey(report.unit) : `\u0000${report.path}` });
  }
  const stats = statsOf(groupValues(units));
  if (stats.size === 0) return [];
  const order = placeOrder(form);

  const issues: Issue[] = [];
  for (const { report, figures } of units) {
    const found = new Map<string, Finding>();
    for (const s of figures.sizes) {
      const st = stats.get(`${figures.level}|size|${s.population}`);
      if (!st) continue;
      const place = s.places.find((p) => !found.has(p.item) && farInSize(p.value, st.median));
      if (place) found.set(place.item, finding(report, figures, place, st.median, s.population));
    }
    for (const [code, r] of figures.rates) {
      const st = stats.get(`${figures.level}|rate|${code}`);
      if (st && !found.has(code) && Math.abs(r.value - st.median) > st.gap) found.set(code, finding(report, figures, r, st.median));
    }
    const ordered = [...found.values()].sort((a, b) => order(a.item!) - order(b.item!));
    for (const f of ordered) issues.push(toIssue(f));
  }
  return issues;
}
