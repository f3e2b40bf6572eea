import type { Finding } from '../issues';
import { itemsWithDefinitions, type Check } from './check-context';

/** More named things (platforms) than any unit plausibly uses: 1500 is a number of accounts, not of platforms. */
const MAX_PLAUSIBLE_NAMED_COUNT = 50;

/** Programmes referred to by year, and their real year: "Chương trình GDPT 2028" is a typo of 2018. */
const PROGRAMME_YEARS: ReadonlyArray<[RegExp, number]> = [[/\b(?:GDPT|giáo dục phổ thông)\s*(?:năm\s*)?(\d{4})\b/giu, 2018]];

/** A cheap test that a text may name a programme, before the Unicode-aware patterns run. */
const MAY_NAME_PROGRAMME = /gdpt|ph\S{0,4}\s+th\S{0,4}ng/i;

/** IMPLAUSIBLE (warning): a value far from what is plausible. */
export const implausibleValues: Check = (ctx) => {
  const out: Finding[] = [];
  for (const [item, def] of itemsWithDefinitions(ctx))
    if (def.kind === 'countNames' && item.count && item.count.value > MAX_PLAUSIBLE_NAMED_COUNT)
      out.push({ code: 'IMPLAUSIBLE', item: item.code, cell: item.count.cell, actual: item.count.value, expected: MAX_PLAUSIBLE_NAMED_COUNT, reason: 'too-many' });
  for (const { cell, text } of ctx.reading.texts ?? []) {
    if (!MAY_NAME_PROGRAMME.test(text)) continue;
    for (const [pattern, year] of PROGRAMME_YEARS)
      for (const m of text.normalize('NFC').matchAll(pattern)) {
        const written = Number(m[1]);
        if (written !== year) out.push({ code: 'IMPLAUSIBLE', cell, actual: written, expected: year, reason: 'year', text: m[0] });
      }
  }
  return out;
};
