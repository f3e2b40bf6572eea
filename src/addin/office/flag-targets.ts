import { a1, parseCellAddress } from '../../engine/grid';
import type { Issue, Severity } from '../../engine/issues';

/** Fill colours by severity: Excel's own "light red" and "light yellow" conditional-format fills. */
export const FLAG_COLORS: Record<Severity, string> = { error: 'FFC7CE', warning: 'FFEB9C' };

/** Comments Bieu adds start with this mark, so they can be told from the user's own. */
export const COMMENT_MARK = 'Bieu: ';

export interface FlagTarget {
  sheet: string;
  /** "C8" */
  cell: string;
  severity: Severity;
  messages: string[];
}

/** One target per flagged cell: the most severe issue decides the colour, every message goes in the comment. */
export function flagTargets(issues: readonly Issue[]): FlagTarget[] {
  const byKey = new Map<string, FlagTarget>();
  for (const issue of issues) {
    if (!issue.cell) continue;
    const at = parseCellAddress(issue.cell);
    if (!at) continue;
    const cell = a1(at.row, at.col);
    const key = flagKey(at.sheet, cell);
    const target = byKey.get(key);
    if (!target) byKey.set(key, { sheet: at.sheet, cell, severity: issue.severity, messages: [issue.message] });
    else {
      if (issue.severity === 'error') target.severity = 'error';
      if (!target.messages.includes(issue.message)) target.messages.push(issue.message);
    }
  }
  return [...byKey.values()];
}

export const flagKey = (sheet: string, cell: string): string => `${sheet}\u0000${cell.toUpperCase()}`;

export const commentText = (target: FlagTarget): string => COMMENT_MARK + target.messages.join('\n');
