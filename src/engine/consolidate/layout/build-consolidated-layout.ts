import type { FormDefinition, UnitLevel } from '../../form/schema';
import type { WorkbookLayout } from '../../layout';
import type { Consolidation } from '../types';
import { consolidatedLevel } from './consolidated-level';
import { buildDetailSheet } from './detail-sheet';
import { buildIssuesSheet } from './issues-sheet';
import { buildSourcesSheet } from './sources-sheet';
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
 * renderWorkbook(buildConsolidatedLayout(consolidate(inputs, { form }), form)) writes it with ExcelJS.
 */
export function buildConsolidatedLayout(c: Consolidation, form: FormDefinition, options: ConsolidatedLayoutOptions = {}): WorkbookLayout {
  const level = options.level ?? consolidatedLevel(c.included);
  return {
    sheets: [
      buildSummarySheet(c, form, options.unit !== undefined ? { unit: options.unit, level } : { level }),
      buildDetailSheet(c, form),
      buildIssuesSheet(c),
      buildSourcesSheet(c),
    ],
  };
}
