import type { ItemDefinition, SectionDefinition, UnitLevel } from '../../form/schema';
import { formatViNumber } from '../../text/format-number';
import { RATE_DECIMALS } from '../to-json';
import type { ConsolidatedItem } from '../types';

/** "2.023" */
export const viCount = (n: number): string => formatViNumber(n, 0);
/** "99,8%" */
export const viRate = (rate: number): string => `${formatViNumber(rate, RATE_DECIMALS)}%`;

/**
 * One blank of the official "Kết quả (số liệu)" text, filled:
 * "- Tổng số giáo viên có máy tính: 2.023, đạt tỉ lệ: 100%"; undefined when there is nothing to say.
 */
export function itemLine(item: ItemDefinition, value: ConsolidatedItem | undefined): string | undefined {
  if (!value) return undefined;
  if (value.notApplicable) return `- ${item.label}: Không`;
  switch (item.kind) {
    case 'countRate': {
      if (value.count === undefined) return undefined;
      const rate = value.rate !== undefined ? `, đạt tỉ lệ: ${viRate(value.rate)}` : '';
      return `- ${item.label}: ${viCount(value.count)}${rate}`;
    }
    case 'rate':
      return value.rate === undefined ? undefined : `- ${item.label} ${viRate(value.rate)}`;
    case 'countNames': {
      if (value.count === undefined) return undefined;
      const names = value.names?.length ? ` (${value.names.join(', ')})` : '';
      return `- ${item.label}: ${viCount(value.count)}${names}`;
    }
    case 'yesNo':
      return `- ${item.label}: ${value.count ? 'Có' : 'Không'}`;
  }
}

/**
 * The whole "Kết quả (số liệu)" cell of one STT: its blanks, one per line. Items the level is not asked for
 * and nobody answered are left out; an item the level is asked for keeps its blank as issued, to be filled;
 * a section with nothing to say reads "Không", as units write it.
 */
export function sectionText(section: SectionDefinition, items: Record<string, ConsolidatedItem>, level: UnitLevel | null): string {
  const lines: string[] = [];
  let said = false;
  for (const item of section.items) {
    const line = itemLine(item, items[item.code]);
    if (line !== undefined) {
      lines.push(line);
      said = true;
    } else if (level && item.levels.includes(level) && !item.optional) lines.push(item.blank);
  }
  return said || lines.length > 0 ? lines.join('\n') : 'Không';
}
