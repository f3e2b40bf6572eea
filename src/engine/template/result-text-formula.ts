import type { ItemDefinition } from '../form/schema';
import { formulaText, viIntegerFormula, viRateFormula } from './vi-number-formula';

/** Where an item's numbers sit on its row (A1 references, same sheet). */
export interface ItemRefs {
  count?: string;
  rate?: string;
  names?: string;
  answer?: string;
}

/** The dash the issued blank starts with, if any: "- Tổng số giáo viên có máy tính: …" */
export const itemPrefix = (item: ItemDefinition): string => (item.blank.trimStart().startsWith('-') ? '- ' : '');

/** The text a not-applicable item shows: "- Tổng số giảng viên có máy tính: Không áp dụng". */
export const notApplicableText = (item: ItemDefinition): string => `${itemPrefix(item)}${item.label}: Không áp dụng`;

const isBlank = (ref: string): string => `${ref}=""`;

/**
 * The "Kết quả (số liệu)" text of one item, built by formula from its numbers so the printed
 * form reads like the issued one: "- Tổng số giáo viên có máy tính: 2.023, đạt tỉ lệ: 100%".
 * While its inputs are empty the item shows its blank as issued.
 */
export function resultTextFormula(item: ItemDefinition, refs: ItemRefs): string {
  const head = formulaText(`${itemPrefix(item)}${item.label}`);
  const blank = formulaText(item.blank);
  switch (item.kind) {
    case 'countRate': {
      const count = refs.count!;
      const rate = refs.rate!;
      return (
        `IF(${isBlank(count)},${blank},${head}&": "&${viIntegerFormula(count)}` +
        `&", đạt tỉ lệ: "&IF(${isBlank(rate)},"...",${viRateFormula(rate)})&"%")`
      );
    }
    case 'rate': {
      const rate = refs.rate!;
      return `IF(${isBlank(rate)},${blank},${head}&" "&${viRateFormula(rate)}&"%")`;
    }
    case 'countNames': {
      const count = refs.count!;
      const names = refs.names!;
      return (
        `IF(AND(${isBlank(count)},${isBlank(names)}),${blank},${head}&": "` +
        `&IF(${isBlank(count)},"...",${viIntegerFormula(count)})&IF(${isBlank(names)},""," ("&${names}&")"))`
      );
    }
    case 'yesNo': {
      const answer = refs.answer!;
      return `IF(${isBlank(answer)},${blank},${head}&": "&${answer})`;
    }
  }
}

/** A rough upper bound of the text's length once filled, for row heights. */
export const filledTextLength = (item: ItemDefinition): number =>
  Math.max(item.blank.length, item.label.length + (item.kind === 'countNames' ? 60 : 32));
