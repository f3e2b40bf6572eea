import type { WorkbookGrid } from '../../engine/grid';
import type { WorkbookLayout } from '../../engine/layout';
import type { FormDefinition } from '../../engine/form/schema';
import { unreadableReport, type FileReport } from '../../engine/report';
import type { Consolidation, ConsolidationInput, ConsolidateOptions, SourceFile } from '../../engine/consolidate/types';
import type { FileRow } from '../engine-api';
import { unitNamesFromCsv, unitNamesFromGrid } from './read-unit-list';

/** The engine functions a consolidation run uses; the worker passes the real ones, tests may pass others. */
export interface JobEngine {
  form: FormDefinition;
  readWorkbookBytes(bytes: Uint8Array): WorkbookGrid;
  checkWorkbook(grid: WorkbookGrid, options: { path: string }): FileReport;
  consolidate(inputs: readonly ConsolidationInput[], options: ConsolidateOptions & { form: FormDefinition }): Consolidation;
  buildConsolidatedLayout(consolidation: Consolidation, form: FormDefinition): WorkbookLayout;
}

export interface FileMeta {
  name: string;
  size: number;
  lastModified: number;
}


/** SHA-256 in hex with the browser's (or Node's) Web Crypto; empty where there is none. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return '';
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/** Reads and checks one received file. Never throws for bad files: they become an UNREADABLE_FILE report. */
export async function checkReceivedFile(engine: JobEngine, meta: FileMeta, bytes: Uint8Array): Promise<ConsolidationInput> {
  const fileMeta = { path: meta.name, size: meta.size, mtimeMs: meta.lastModified, sha256: await sha256Hex(bytes) };
  let grid: WorkbookGrid;
  try {
    grid = engine.readWorkbookBytes(bytes);
  } catch (e) {
    const reason = e instanceof Error && 'reason' in e ? String((e as { reason: unknown }).reason) : 'corrupt';
    return { report: unreadableReport(meta.name, reason), meta: { ...fileMeta, status: 'unreadable' } };
  }
  return { report: engine.checkWorkbook(grid, { path: meta.name }), meta: fileMeta };
}

const errorsOf = (report: FileReport): { errors: number; warnings: number } => {
  let errors = 0;
  for (const i of report.issues) if (i.severity === 'error') errors++;
  return { errors, warnings: report.issues.length - errors };
};

/** The row shown while files are read: before consolidation, a file is valid, has errors, or is rejected. */
export function provisionalRow(index: number, input: ConsolidationInput): FileRow {
  const { report } = input;
  const { errors, warnings } = errorsOf(report);
  const rejected = input.meta.status === 'unreadable' || report.template === null;
  const row: FileRow = { index, name: input.meta.path, unit: report.unit, status: rejected ? 'rejected' : errors ? 'errors' : 'valid', errors, warnings };
  if (rejected) row.reason = report.issues[0]?.message ?? '';
  return row;
}

/** The final rows, from the consolidation's sources (one per input, in input order). */
export function finalRows(inputs: readonly ConsolidationInput[], sources: readonly SourceFile[]): FileRow[] {
  return inputs.map((input, index) => {
    const row = provisionalRow(index, input);
    const source = sources[index];
    if (!source) return row;
    if (source.status === 'duplicate') row.status = 'duplicate';
    else if (source.status === 'excluded') row.status = 'excluded';
    else if (source.status === 'rejected') row.status = 'rejected';
    if (source.reason) row.reason = source.reason;
    return row;
  });
}

/** Unit names from the office's list: a workbook's first sheet, or CSV text. */
export function readUnitList(engine: JobEngine, name: string, bytes: Uint8Array): string[] {
  if (/\.csv$/i.test(name)) return unitNamesFromCsv(new TextDecoder('utf-8').decode(bytes));
  return unitNamesFromGrid(engine.readWorkbookBytes(bytes));
}

export interface JobResult {
  layout: WorkbookLayout;
  rows: FileRow[];
  included: number;
  missing: string[];
}

/** Consolidates the checked inputs and lays out the workbook to write. */
export function finishConsolidation(
  engine: JobEngine,
  inputs: readonly ConsolidationInput[],
  options: { units?: readonly string[]; excludeErrors: boolean },
): JobResult {
  const consolidation = engine.consolidate(inputs, {
    form: engine.form,
    excludeErrors: options.excludeErrors,
    ...(options.units ? { units: options.units } : {}),
  });
  return {
    layout: engine.buildConsolidatedLayout(consolidation, engine.form),
    rows: finalRows(inputs, consolidation.sources),
    included: consolidation.included.length,
    missing: consolidation.missing,
  };
}
