import type { FormDefinition, ItemDefinition } from '../engine/form/schema';
import { formatCount, formatRate, type NumberStyle } from './number-style';
import type { ItemTruth } from './school-figures';

/** One blank as a school fills it. */
export interface FillLine {
  code: string;
  /** As written in a text cell: "- Tổng số giáo viên có máy tính: 45, đạt tỉ lệ: 100%". */
  text: string;
  /** Layout with numbers in their own cells: the text in the label cell ("- Tổng số giáo viên có máy tính"). */
  labelText: string;
  /** The count cell's stored value (null: empty). */
  countCell: number | null;
  /** The rate cell, 0–100 (null: empty). */
  rateCell: number | null;
}

export interface SectionFill {
  stt: string;
  label: string;
  lines: FillLine[];
}

export interface FillStyle {
  numbers: NumberStyle;
  /** What stands between the count and the rate: "đạt tỉ lệ:", "tỷ lệ:", … */
  rateWord: string;
}

export const RATE_WORDS = ['đạt tỉ lệ:', 'đạt tỉ lệ:', 'tỉ lệ:', 'đạt tỷ lệ:', 'đạt tỉ lệ'];

/** The text of one blank, filled. */
export function lineText(item: ItemDefinition, truth: ItemTruth, style: FillStyle): string {
  const count = truth.count === undefined ? '' : formatCount(truth.count, style.numbers);
  const rate = truth.rate === undefined ? '' : `${formatRate(truth.rate, style.numbers)}%`;
  switch (item.kind) {
    case 'rate':
      return `- ${item.label} ${rate}`;
    case 'countNames':
      return `- ${item.label}: ${count}${truth.names?.length ? ` (${truth.names.join(', ')})` : ''}`;
    default:
      return `- ${item.label}: ${count}, ${style.rateWord} ${rate}`;
  }
}

function fillLine(item: ItemDefinition, truth: ItemTruth, style: FillStyle): FillLine {
  const names = item.kind === 'countNames' && truth.names?.length ? `: ${truth.names.join(', ')}` : '';
  return {
    code: item.code,
    text: lineText(item, truth, style),
    labelText: `- ${item.label}${names}`,
    countCell: truth.count ?? null,
    rateCell: truth.rate ?? null,
  };
}

/** The school's answers, section by section; a section with none of its items is answered "Không". */
export function buildFill(form: FormDefinition, items: Record<string, ItemTruth>, style: FillStyle): SectionFill[] {
  return form.sections.map((section) => ({
    stt: section.stt,
    label: section.label,
    lines: section.items.flatMap((item) => {
      const truth = items[item.code];
      return truth && !truth.notApplicable ? [fillLine(item, truth, style)] : [];
    }),
  }));
}
