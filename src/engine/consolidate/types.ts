import type { FileReport, ItemReading } from '../report';
import type { Issue, IssueCode, Severity } from '../issues';
import type { UnitLevel } from '../form/schema';

/** What the file layer knows of a file besides its report. */
export interface InputFileMeta {
  path: string;
  size: number;
  mtimeMs: number;
  sha256: string;
  /** Set by the file layer; when absent it is told from the report's issues. */
  status?: 'ok' | 'unreadable' | 'foreign';
}

/** One checked input: the shape `checkPaths` returns. */
export interface ConsolidationInput {
  report: FileReport;
  meta: InputFileMeta;
}

export interface ConsolidateOptions {
  /** The office's list of its units; those that sent nothing are listed as missing. */
  units?: readonly string[];
  /** Leave out units whose workbook has errors. */
  excludeErrors?: boolean;
}

/** Codes of what consolidation itself notices (the checks' codes stay in issues.ts). */
export type ConsolidationNoticeCode = 'UNWEIGHTED_MEAN' | 'PARTIAL_POPULATION' | 'NAMES_MISSING' | 'VALUE_LEFT_OUT';

/** An issue as listed by consolidation: a unit's issue, a cross-file issue, or a consolidation notice. */
export interface ConsolidationIssue extends Omit<Issue, 'code'> {
  code: Issue['code'] | ConsolidationNoticeCode;
  /** The unit the issue is about, when it is about one. */
  unit?: string;
}

/** How one unit's reading went into one consolidated figure. */
export interface Contribution {
  unit: string;
  path: string;
  count?: number;
  population?: number;
  rate?: number;
  /** Weight used for a weighted rate. */
  weight?: number;
  names?: string[];
  notApplicable?: true;
  /** Where the value was read in the unit's workbook. */
  cell?: string;
  /** The unit's value could not be read (UNREADABLE_VALUE_CODES): left out of the sums, with the issue that says why. */
  leftOut?: { code: IssueCode; message: string };
}

/** A consolidated item: the `bieu check` reading shape, plus where it came from. */
export interface ConsolidatedItem extends Omit<ItemReading, 'cell' | 'populationImplied'> {
  code: string;
  /** Units whose reading entered the figure, in unit order. */
  contributions: Contribution[];
  /** Total weight behind a weighted rate, when every unit's weight was known. */
  weight?: number;
}

export type SourceStatus = 'included' | 'duplicate' | 'rejected' | 'excluded';

/** One input file as the "Nguồn" sheet lists it. */
export interface SourceFile {
  path: string;
  size: number;
  mtimeMs: number;
  sha256: string;
  unit: string | null;
  status: SourceStatus;
  /** Why it was not consolidated (rejected, duplicate, excluded). */
  reason?: string;
}

/** A unit whose file was consolidated (or excluded for errors). */
export interface ConsolidatedUnit {
  name: string;
  key: string;
  level: UnitLevel | null;
  path: string;
  report: FileReport;
  errors: number;
  warnings: number;
  status: 'included' | 'excluded';
}

export interface Consolidation {
  formId: string;
  /** Units counted, in a stable order (level, then name). */
  included: ConsolidatedUnit[];
  /** Units left out because their workbook has errors (excludeErrors). */
  excluded: ConsolidatedUnit[];
  /** Names from the office's list that sent nothing. */
  missing: string[];
  /** Units that sent more than one file; the newer was counted. */
  duplicates: Array<{ unit: string; kept: string; dropped: string[] }>;
  rejected: Array<{ path: string; reason: string }>;
  /** Every input file, in input order. */
  sources: SourceFile[];
  items: Record<string, ConsolidatedItem>;
  /** Populations summed over the units, by population id, when every unit's is known. */
  populations: Record<string, number>;
  /** Every unit's issues (with unit), cross-file issues and consolidation notices. */
  issues: ConsolidationIssue[];
}

export const severityCounts = (issues: readonly { severity: Severity }[]): { errors: number; warnings: number } => {
  let errors = 0;
  let warnings = 0;
  for (const i of issues) if (i.severity === 'error') errors++;
  else warnings++;
  return { errors, warnings };
};
