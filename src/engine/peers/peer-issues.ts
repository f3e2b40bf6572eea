import type { FormDefinition, UnitLevel } from '../form/schema';
import type { Finding, Issue } from '../issues';
import { toIssue } from '../messages';
import type { FileReport } from '../report';
import { median, medianAbsoluteDeviation } from './robust-stats';
import { peerSlots, unitFigures, type PeerFigure, type UnitFigures } from './peer-figures';

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
  level: UnitLevel;
  figures: UnitFigures;
}

/** A slot's median at one level, and for a rate the distance beyond which a rate is far (0 for a size). */
interface SlotStats {
  median: number;
  gap: number;
}

/**
 * The units compared (known level, read as the form) and per level the values of each slot, each unit once:
 * a unit that sent several files under one name counts once among its peers, by its first file.
 */
function collect(reports: readonly FileReport[], form: FormDefinition): { units: Unit[]; values: Map<UnitLevel, number[][]> } {
  const slots = peerSlots(form);
  const units: Unit[] = [];
  const values = new Map<UnitLevel, number[][]>();
  const seen = new Map<UnitLevel, Set<string>>();
  for (const report of reports) {
    const level = report.level;
    if (level === null || report.template === null) continue;
    const figures = unitFigures(report, slots);
    units.push({ report, level, figures });
    let names = seen.get(level);
    if (!names) seen.set(level, (names = new Set()));
    const name = report.unit ?? `\u0000${report.path}`;
    if (names.has(name)) continue;
    names.add(name);
    let columns = values.get(level);
    if (!columns) values.set(level, (columns = Array.from({ length: slots.width }, () => [])));
    for (const k of figures.present) columns[k]!.push(figures.representative[k]!);
  }
  return { units, values };
}

function statsOf(values: Map<UnitLevel, number[][]>, ratesFrom: number): Map<UnitLevel, Array<SlotStats | undefined>> {
  const out = new Map<UnitLevel, Array<SlotStats | undefined>>();
  for (const [level, columns] of values)
    out.set(
      level,
      columns.map((column, k) => {
        if (column.length < PEER_RULES.minPeers) return undefined;
        const m = median(column);
        const gap = k >= ratesFrom ? Math.max(PEER_RULES.rateMadFactor * medianAbsoluteDeviation(column, m), PEER_RULES.rateMinGap) : 0;
        return { median: m, gap };
      }),
    );
  return out;
}

const far = (p: PeerFigure, st: SlotStats, isRate: boolean): boolean =>
  isRate
    ? Math.abs(p.value - st.median) > st.gap
    : st.median > 0 && (p.value > st.median * PEER_RULES.sizeFactor || p.value < st.median / PEER_RULES.sizeFactor);

function finding(unit: Unit, p: PeerFigure, m: number, population: string | undefined): Finding {
  const f: Finding = { code: 'IMPLAUSIBLE', reason: 'peers', item: p.item, actual: p.value, expected: m, path: unit.report.path };
  if (p.cell !== undefined) f.cell = p.cell;
  // The level names the peers in the message ("các trường tiểu học khác").
  f.text = unit.level;
  if (population !== undefined) f.related = [population];
  return f;
}

/**
 * IMPLAUSIBLE (reason "peers") warnings for figures far from the same figure at units of the same level:
 * - a population size (given or implied) over 10× or under 1/10 of the peers' median — a school that typed the
 *   district's total of pupils in its own form;
 * - a rate further from the peers' median than max(4 × MAD, 30 percentage points).
 * `expected` is the median of the level's units (the unit itself included: one value barely moves a median).
 * Levels with fewer than 8 units stating the figure, and units of unknown level, are not compared. Values the unit's
 * own check rejects are left out. At most one issue per unit and item (or population); a population wrong everywhere
 * it appears is flagged once, at its first place in form order. Issues come in input order, then form order.
 * Driven by the form: no item code is named here.
 * peerIssues(reports, QD131) -> [{ code: "IMPLAUSIBLE", reason: "peers", item: "2.1", actual: 32448, expected: 1180, path, … }]
 */
export function peerIssues(reports: readonly FileReport[], form: FormDefinition): Issue[] {
  const slots = peerSlots(form);
  const ratesFrom = slots.populations.length;
  const { units, values } = collect(reports, form);
  const stats = statsOf(values, ratesFrom);

  const issues: Issue[] = [];
  for (const unit of units) {
    const levelStats = stats.get(unit.level);
    if (!levelStats) continue;
    // Per slot, the far place first in form order.
    let farBySlot: Map<number, PeerFigure> | undefined;
    for (const p of unit.figures.places) {
      const st = levelStats[p.slot];
      if (!st || !far(p, st, p.slot >= ratesFrom)) continue;
      const before = farBySlot?.get(p.slot);
      if (!before || p.rank < before.rank) (farBySlot ??= new Map()).set(p.slot, p);
    }
    if (!farBySlot) continue;
    // Sizes first (a wrong size explains a wrong rate), then one issue per item, in form order.
    const chosen = [...farBySlot.values()].sort((a, b) => Number(a.slot >= ratesFrom) - Number(b.slot >= ratesFrom) || a.rank - b.rank);
    const byItem = new Map<string, Finding>();
    for (const p of chosen)
      if (!byItem.has(p.item)) byItem.set(p.item, finding(unit, p, levelStats[p.slot]!.median, p.slot < ratesFrom ? slots.populations[p.slot] : undefined));
    const ordered = [...byItem.values()].sort((a, b) => (slots.rank.get(a.item!) ?? 0) - (slots.rank.get(b.item!) ?? 0));
    for (const f of ordered) issues.push(toIssue(f));
  }
  return issues;
}
