import type { Finding } from '../issues';
import { ambiguousNumber } from './ambiguous-number';
import type { Check, CheckContext } from './check-context';
import { countExceedsTotal } from './count-exceeds-total';
import { crossTableConflict } from './cross-table-conflict';
import { implausibleValues } from './implausible-values';
import { negative } from './negative';
import { notInteger } from './not-integer';
import { partsSumToTotal } from './parts-sum-to-total';
import { rateMatchesCount } from './rate-matches-count';
import { rateOutOfRange } from './rate-out-of-range';
import { requiredValues } from './required-values';
import { sharedDenominators } from './shared-denominators';
import { templateStructure } from './template-structure';
import { unparseable } from './unparseable';

export type { Check, CheckContext } from './check-context';

/** Every check that applies within one workbook. */
export const WORKBOOK_CHECKS: readonly Check[] = [
  templateStructure,
  unparseable,
  ambiguousNumber,
  notInteger,
  negative,
  rateOutOfRange,
  countExceedsTotal,
  rateMatchesCount,
  partsSumToTotal,
  sharedDenominators,
  requiredValues,
  crossTableConflict,
  implausibleValues,
];

/** Runs every check on one reading. */
export function runChecks(ctx: CheckContext, checks: readonly Check[] = WORKBOOK_CHECKS): Finding[] {
  const out: Finding[] = [];
  for (const check of checks) out.push(...check(ctx));
  return out;
}
