import { QD131 } from '../../engine/form/qd131';
import { checkWorkbook } from '../../engine/check-workbook';
import { consolidate, buildConsolidatedLayout } from '../../engine/consolidate';
import { readWorkbookBytes } from '../../xlsx/read-workbook';
import type { JobEngine } from './consolidate-job';

/** The real engine, for the worker and for the inline fallback. */
export const JOB_ENGINE: JobEngine = { form: QD131, readWorkbookBytes, checkWorkbook, consolidate, buildConsolidatedLayout };
