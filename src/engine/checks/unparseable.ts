import type { Finding } from '../issues';
import { itemsWithDefinitions, type Check } from './check-context';

/** UNPARSEABLE: a value is expected where the text holds none that can be read. */
export const unparseable: Check = (ctx) => {
  const out: Finding[] = [];
  for (const [item] of itemsWithDefinitions(ctx))
    if (item.unparseable) out.push({ code: 'UNPARSEABLE', item: item.code, cell: item.cell, text: item.unparseable.text });
  return out;
};
