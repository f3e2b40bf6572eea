import type { Finding } from '../issues';
import { formatViNumber } from '../text/format-number';
import { itemsWithDefinitions, type Check } from './check-context';

/** AMBIGUOUS_NUMBER: more than one reading is plausible ("mức độ 3 và 495": 95 or 495). Never guessed. */
export const ambiguousNumber: Check = (ctx) => {
  const out: Finding[] = [];
  for (const [item] of itemsWithDefinitions(ctx))
    if (item.ambiguous)
      out.push({
        code: 'AMBIGUOUS_NUMBER',
        item: item.code,
        cell: item.cell,
        text: item.ambiguous.text,
        expected: item.ambiguous.readings.map((n) => formatViNumber(n)).join(' hoặc '),
      });
  return out;
};
