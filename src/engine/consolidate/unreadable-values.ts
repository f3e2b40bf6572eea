import type { Issue, IssueCode } from '../issues';
import type { FileReport, ItemReading } from '../report';

/**
 * Issue codes that say a value could not be read as written: such a value is not a figure,
 * and consolidation leaves it out of the sums rather than add what was misread.
 */
export const UNREADABLE_VALUE_CODES = ['NOT_INTEGER', 'AMBIGUOUS_NUMBER', 'UNPARSEABLE', 'NEGATIVE'] as const satisfies readonly IssueCode[];

const UNREADABLE = new Set<string>(UNREADABLE_VALUE_CODES);

/** True for an error issue of a reading kind. */
export const isUnreadableValue = (issue: Pick<Issue, 'code' | 'severity'>): boolean => issue.severity === 'error' && UNREADABLE.has(issue.code);

/**
 * The unit's values the check could not read, by item code or population id: the first such issue of each.
 * unreadableValues(report).get('8.2') -> { code: 'NOT_INTEGER', cell: 'Sheet1!D22', actual: 1.037, … }
 */
export function unreadableValues(report: FileReport): Map<string, Issue> {
  const out = new Map<string, Issue>();
  for (const issue of report.issues) if (issue.item !== undefined && isUnreadableValue(issue) && !out.has(issue.item)) out.set(issue.item, issue);
  return out;
}

/** The report without the values left out: the items and given populations that carry an unreadable value. */
export function readableReport(report: FileReport, leftOut: ReadonlyMap<string, Issue>): FileReport {
  if (leftOut.size === 0) return report;
  const items: Record<string, ItemReading> = {};
  for (const [code, r] of Object.entries(report.items)) if (!leftOut.has(code)) items[code] = r;
  const populations: Record<string, number> = {};
  for (const [id, v] of Object.entries(report.populations)) if (!leftOut.has(id)) populations[id] = v;
  return { ...report, items, populations };
}
