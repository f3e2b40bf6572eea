import { formItems, type Aggregation, type FormDefinition, type ItemDefinition } from '../form/schema';
import { peerIssues } from '../peers';
import { missingUnits } from '../units/match-units';
import { aggregateNameSet } from './aggregate-name-set';
import { aggregateSum, type Aggregated } from './aggregate-sum';
import { aggregateWeightedRate } from './aggregate-weighted-rate';
import { classifyInputs } from './classify-inputs';
import { noticeIssue } from './notices';
import type { ConsolidateOptions, ConsolidatedItem, Consolidation, ConsolidationInput } from './types';
import { leftOutNotice, unitFacts, type UnitFacts } from './unit-facts';

const AGGREGATORS: Record<Aggregation, (item: ItemDefinition, units: readonly UnitFacts[]) => Aggregated> = {
  sum: aggregateSum,
  weightedRate: aggregateWeightedRate,
  nameSet: aggregateNameSet,
};

/**
 * Consolidates checked unit workbooks into one set of figures, driven by the form's aggregation rules.
 * consolidate([{ report, meta }, …], { form: QD131, units: ["TH Ngô Sĩ Liên", …] }).items["1.1"]
 *   -> { count: 2023, population: 2023, rate: 100, contributions: [{ unit, path, count, population, cell }, …] }
 */
export function consolidate(inputs: readonly ConsolidationInput[], options: ConsolidateOptions & { form: FormDefinition }): Consolidation {
  const { form } = options;
  const classified = classifyInputs(inputs, options.excludeErrors ?? false);
  const facts = classified.included.map((u) => unitFacts(form, u));

  const items: Record<string, ConsolidatedItem> = {};
  const issues = classified.issues;
  for (const item of formItems(form)) {
    const { item: result, notices } = AGGREGATORS[item.aggregation](item, facts);
    if (result) items[item.code] = result;
    for (const n of notices) issues.push(noticeIssue(n));
  }
  // A population given on the form that could not be read is left out of the unit's sizes (told from its items instead).
  for (const p of form.populations)
    for (const f of facts) if (f.leftOut.has(p.id)) issues.push(noticeIssue(leftOutNotice(f, p.id, `Số liệu chung "${p.label}"`)));

  // Figures far from those of units of the same level (a school that typed the district's total), with unit and file.
  const units = [...classified.included, ...classified.excluded];
  const unitOfReport = new Map(units.map((u) => [u.report.path, u]));
  for (const issue of peerIssues(
    units.map((u) => u.report),
    form,
  )) {
    const unit = issue.path !== undefined ? unitOfReport.get(issue.path) : undefined;
    issues.push(unit ? { ...issue, unit: unit.name, path: unit.path } : issue);
  }

  const populations: Record<string, number> = {};
  for (const p of form.populations) {
    let sum = 0;
    let known = facts.length > 0;
    for (const f of facts) {
      const v = f.populations.resolve(p.id);
      if (v === undefined) {
        known = false;
        break;
      }
      sum += v;
    }
    if (known) populations[p.id] = sum;
  }

  const present = [...classified.included, ...classified.excluded].map((u) => u.name);
  const missing = options.units ? missingUnits(options.units, present) : [];
  return { formId: form.id, ...classified, items, populations, missing, issues };
}
