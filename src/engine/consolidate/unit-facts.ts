import type { FormDefinition } from '../form/schema';
import type { Issue } from '../issues';
import type { FileReport, ItemReading } from '../report';
import type { Notice } from './notices';
import { PopulationResolver } from './resolve-population';
import type { Contribution, ConsolidatedUnit } from './types';
import { readableReport, unreadableValues } from './unreadable-values';

/** A counted unit with what aggregation asks of it. */
export interface UnitFacts {
  unit: ConsolidatedUnit;
  /** The unit's report without the values left out (see `leftOut`): what aggregation sums. */
  report: FileReport;
  /** Values the check could not read, by item code or population id: left out of the sums. */
  leftOut: ReadonlyMap<string, Issue>;
  populations: PopulationResolver;
}

export function unitFacts(form: FormDefinition, unit: ConsolidatedUnit): UnitFacts {
  const leftOut = unreadableValues(unit.report);
  const report = readableReport(unit.report, leftOut);
  return { unit, report, leftOut, populations: new PopulationResolver(form, report) };
}

/** A contribution stub: which unit, which file, which cell. */
export function contributionOf(facts: UnitFacts, reading: Pick<ItemReading, 'cell'>): Contribution {
  const c: Contribution = { unit: facts.unit.name, path: facts.unit.path };
  if (reading.cell !== undefined) c.cell = reading.cell;
  return c;
}

/**
 * The contribution of a unit whose value of `code` could not be read: no figures, the issue that says why.
 * Undefined when the unit's value of `code` was read.
 */
export function leftOutContribution(facts: UnitFacts, code: string): Contribution | undefined {
  const issue = facts.leftOut.get(code);
  if (!issue) return undefined;
  const c: Contribution = { unit: facts.unit.name, path: facts.unit.path };
  const cell = issue.cell ?? facts.unit.report.items[code]?.cell;
  if (cell !== undefined) c.cell = cell;
  c.leftOut = { code: issue.code, message: issue.message };
  return c;
}

/** The VALUE_LEFT_OUT notice of a unit's value of `code` left out of the sums. */
export function leftOutNotice(facts: UnitFacts, code: string, subject?: string): Notice {
  const cause = facts.leftOut.get(code)!;
  const n: Notice = { code: 'VALUE_LEFT_OUT', item: code, related: [facts.unit.name], unit: facts.unit.name, path: facts.unit.path, cause };
  const cell = cause.cell ?? facts.unit.report.items[code]?.cell;
  if (cell !== undefined) n.cell = cell;
  if (subject !== undefined) n.subject = subject;
  return n;
}
