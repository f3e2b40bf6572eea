import type { Finding } from '../issues';
import { isRequired, itemsWithDefinitions, type Check } from './check-context';

/**
 * MISSING_VALUE: a required blank still empty or "...". One of count/rate given is not missing;
 * an item whose line is absent is not reported (it was never read); optional items never.
 */
export const requiredValues: Check = (ctx) => {
  const out: Finding[] = [];
  for (const [item, def] of itemsWithDefinitions(ctx)) {
    if (item.count || item.rate || item.total || item.names?.length || item.notApplicable || item.ambiguous || item.unparseable) continue;
    if (isRequired(def, ctx.level)) out.push({ code: 'MISSING_VALUE', item: item.code, cell: item.cell });
  }
  return out;
};
