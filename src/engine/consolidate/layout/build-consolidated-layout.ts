import type { FormDefinition, UnitLevel } from '../../form/schema';
import type { WorkbookLayout } from '../../layout';
import type { Consolidation } from '../types';
import { consolidatedLevel } from './consolidated-level';
import { detailSheet } from './detail-sheet';
import { issuesSheet } from './issues-sheet';
import { materializeWorkbook, type LazyWorkbookLayout } from './lazy-sheet';
import { sourcesSheet } from './sources-sheet';
import { buildSummarySheet } from './summary-sheet';

export interface ConsolidatedLayoutOptions {
  /** The consolidating office's name, written in the form's header. */
  unit?: string;
  /** The level the consolidated form is filled at; by default told from the units (schools -> 'phong'). */
  level?: UnitLevel;
}

/**
 * The consolidated workbook, writer-independent: "Tổng hợp" (the filled official form), "Chi tiết đơn vị"
 * (one row per unit, live formulas), "Kiểm tra" (every issue) and "Nguồn" (every input file).
 * The long sheets are lazy: their rows are made as the streaming writer writes them
 * (writeConsolidatedWorkbook(consolidatedLayout(c, form), out)).
 */
export function consolidatedLayout(c: Consolidation, form: FormDefinition, options: ConsolidatedLayoutOptions = {}): LazyWorkbookLayout {
  const level = options.level ?? consolidatedLevel(c.included);
  return {
    sheets: [buildSummarySheet(c, form, options.unit !== undefined ? { unit: options.unit, level } : { level }), detailSheet(c, form), issuesSheet(c), sourcesSheet(c)],
  };
}

/**
 * The consolidated workbook with every cell made, for the in-memory renderers:
 * renderWorkbook(buildConsolidatedLayout(consolidate(inputs, { form }), form)) writes it with ExcelJS.
 */
export const buildConsolidatedLayout = (c: Consolidation, form: FormDefinition, options: ConsolidatedLayoutOptions = {}): WorkbookLayout =>
  materializeWorkbook(consolidatedLayout(c, form, options));
