import type { ItemDefinition } from '../form/schema';
import type { ItemReading } from '../report';
import type { Aggregated } from './aggregate-sum';
import type { Notice } from './notices';
import type { Contribution } from './types';
import { contributionOf, leftOutContribution, leftOutNotice, type UnitFacts } from './unit-facts';

/** One unit's reading of an item, offered to an aggregation with its contribution to fill. */
export interface Answer {
  facts: UnitFacts;
  reading: ItemReading;
  contribution: Contribution;
}

export interface ItemAnswers {
  /** Every unit's contribution, in unit order: values left out, "Không", and the answers accepted. */
  contributions: Contribution[];
  notices: Notice[];
  notApplicable: number;
  answered: number;
}

/**
 * Walks the units' readings of an item in order, as every aggregation does: a value the check could not read
 * is left out with a VALUE_LEFT_OUT notice, "Không" is tallied, and each other reading goes to `accept`,
 * which fills the contribution and returns whether the unit answered.
 */
export function walkAnswers(item: ItemDefinition, units: readonly UnitFacts[], accept: (answer: Answer) => boolean): ItemAnswers {
  const walk: ItemAnswers = { contributions: [], notices: [], notApplicable: 0, answered: 0 };
  for (const facts of units) {
    const skipped = leftOutContribution(facts, item.code);
    if (skipped) {
      walk.contributions.push(skipped);
      walk.notices.push(leftOutNotice(facts, item.code));
      continue;
    }
    const reading = facts.report.items[item.code];
    if (!reading) continue;
    const contribution = contributionOf(facts, reading);
    if (reading.notApplicable) {
      contribution.notApplicable = true;
      walk.contributions.push(contribution);
      walk.notApplicable++;
    } else if (accept({ facts, reading, contribution })) {
      walk.contributions.push(contribution);
      walk.answered++;
    }
  }
  return walk;
}

/**
 * The result when no unit answered: nothing when no unit said anything, "Không" when every unit that did said it,
 * otherwise only where the values left out came from. Undefined when some unit answered.
 */
export function unanswered(code: string, walk: ItemAnswers): Aggregated | undefined {
  const { contributions, notices } = walk;
  if (contributions.length === 0) return { notices };
  if (walk.answered > 0) return undefined;
  if (walk.notApplicable > 0 && notices.length === 0) return { item: { code, notApplicable: true, contributions }, notices };
  return { item: { code, contributions }, notices };
}
