import type { Issue } from './issues';
import { toIssue } from './messages';
import type { UnitLevel } from './form/schema';

/** One item as read from a filled form; the shape `bieu check --json` prints. */
export interface ItemReading {
  count?: number;
  /** Percentage as written, 0–100. */
  rate?: number;
  /** Given, or implied by count ÷ rate. */
  population?: number;
  /** True when the population was implied (count ÷ rate) rather than given. Not printed. */
  populationImplied?: boolean;
  names?: string[];
  notApplicable?: true;
  /** Where the value was read: "Sheet!C8". */
  cell?: string;
}

export interface FileReport {
  path: string;
  unit: string | null;
  template: string | null;
  /** Unit level when it can be told (from the unit name or the form). Not printed by --json. */
  level: UnitLevel | null;
  items: Record<string, ItemReading>;
  /** Populations given on the form ("Số liệu chung"), by population id. Not printed by --json. */
  populations: Record<string, number>;
  issues: Issue[];
}

export interface CheckReport {
  files: FileReport[];
  /** Issues about several files, e.g. DUPLICATE_UNIT. */
  issues: Issue[];
}

export const errorCount = (issues: readonly Issue[]): number => issues.filter((i) => i.severity === 'error').length;

/** The report of a file that could not be opened: one UNREADABLE_FILE issue saying what to do; the run goes on. */
export function unreadableReport(path: string, reason: string | undefined): FileReport {
  return {
    path,
    unit: null,
    template: null,
    level: null,
    items: {},
    populations: {},
    issues: [toIssue({ code: 'UNREADABLE_FILE', path, ...(reason ? { reason } : {}) })],
  };
}
