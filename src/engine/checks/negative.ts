import type { Finding } from '../issues';
import { itemsWithDefinitions, type Check } from './check-context';

/** NEGATIVE: a count, rate or population below zero. */
export const negative: Check = (ctx) => {
  const out: Finding[] = [];
  for (const [item] of itemsWithDefinitions(ctx))
    for (const [reason, n] of [['count', item.count], ['rate', item.rate], ['total', item.total]] as const)
      if (n && n.value < 0) out.push({ code: 'NEGATIVE', item: item.code, cell: n.cell, actual: n.value, reason });
  for (const [id, p] of Object.entries(ctx.reading.populations))
    if (p.value < 0) out.push({ code: 'NEGATIVE', item: id, cell: p.cell, actual: p.value, reason: 'population' });
  return out;
};
