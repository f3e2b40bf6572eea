/** Stable issue codes (DOMAIN.md "Checks"): reports, tests and scripts rely on them. */
export const ISSUE_CODES = [
  'UNPARSEABLE',
  'AMBIGUOUS_NUMBER',
  'NOT_INTEGER',
  'NEGATIVE',
  'RATE_OUT_OF_RANGE',
  'COUNT_EXCEEDS_TOTAL',
  'RATE_MISMATCH',
  'SUM_MISMATCH',
  'DENOMINATOR_CONFLICT',
  'MISSING_VALUE',
  'CROSS_TABLE_CONFLICT',
  'IMPLAUSIBLE',
  'TEMPLATE_MISMATCH',
  'UNREADABLE_FILE',
  'DUPLICATE_UNIT',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];
export type Severity = 'error' | 'warning';

export const SEVERITY: Record<IssueCode, Severity> = {
  UNPARSEABLE: 'error',
  AMBIGUOUS_NUMBER: 'error',
  NOT_INTEGER: 'error',
  NEGATIVE: 'error',
  RATE_OUT_OF_RANGE: 'error',
  COUNT_EXCEEDS_TOTAL: 'error',
  RATE_MISMATCH: 'error',
  SUM_MISMATCH: 'error',
  DENOMINATOR_CONFLICT: 'warning',
  MISSING_VALUE: 'error',
  CROSS_TABLE_CONFLICT: 'warning',
  IMPLAUSIBLE: 'warning',
  TEMPLATE_MISMATCH: 'error',
  UNREADABLE_FILE: 'error',
  DUPLICATE_UNIT: 'warning',
};

/**
 * What a check found, before it is worded. Checks hold no prose:
 * `toIssue` (messages.ts) picks the message late.
 */
export interface Finding {
  code: IssueCode;
  /** Item code "2.1", or a population id for population-level findings. */
  item?: string;
  /** "Sheet!A1" */
  cell?: string;
  expected?: number | string;
  actual?: number | string;
  /** Machine-readable reason within a code, e.g. "password" for UNREADABLE_FILE, "count"/"rate" for NOT_INTEGER. */
  reason?: string;
  /** The text the value was read from, when it helps the user find it. */
  text?: string;
  /** Other items or cells involved (DENOMINATOR_CONFLICT, SUM_MISMATCH, DUPLICATE_UNIT). */
  related?: string[];
  /** For findings about several files: the file concerned. */
  path?: string;
}

export interface Issue {
  code: IssueCode;
  severity: Severity;
  item?: string;
  cell?: string;
  expected?: number | string;
  actual?: number | string;
  message: string;
  path?: string;
  reason?: string;
  related?: string[];
}
