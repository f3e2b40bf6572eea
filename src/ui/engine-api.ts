import type { WorkbookGrid } from '../engine/grid';
import type { WorkbookLayout } from '../engine/layout';
import type { FileReport } from '../engine/report';
import type { FormDefinition } from '../engine/form/schema';
import type { TemplateOptions } from './host';

/**
 * What the task pane needs from the engine, passed to components as props
 * so they are tested with fakes and never import Office or the engine's internals.
 */
export interface UiEngine {
  form: FormDefinition;
  /** The official form to fill, as `bieu template` writes it. */
  buildTemplate(options: TemplateOptions): WorkbookLayout;
  /** Checks one workbook's grid, as `bieu check` does. */
  checkGrid(grid: WorkbookGrid, path: string): FileReport;
}

/** A received file as the consolidation sees it; a browser File fits. */
export interface ReceivedFile {
  name: string;
  size: number;
  lastModified: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** How a received file fared: Hợp lệ / Có lỗi / Bị loại / Trùng lặp / Không tính (errors left out). */
export type FileStatus = 'valid' | 'errors' | 'rejected' | 'duplicate' | 'excluded';

export interface FileRow {
  /** Position in the list of files picked. */
  index: number;
  name: string;
  unit: string | null;
  status: FileStatus;
  errors: number;
  warnings: number;
  /** Why a file was rejected, left out or counted once. */
  reason?: string;
}

export interface ConsolidationRequest {
  files: readonly ReceivedFile[];
  /** The office's list of units (.xlsx or .csv). */
  unitList?: ReceivedFile;
  excludeErrors: boolean;
}

export interface ConsolidationProgress {
  done: number;
  total: number;
  /** Rows of the files checked since the last progress event. */
  rows: FileRow[];
}

export interface ConsolidationOutcome {
  layout: WorkbookLayout;
  /** Every file's final row (duplicates and exclusions known only at the end). */
  rows: FileRow[];
  included: number;
  missing: string[];
  /** Seconds spent, reading to layout. */
  seconds: number;
}

/** Reads, checks and consolidates received files off the UI thread (a Web Worker), or in yielding chunks. */
export interface ConsolidationRunner {
  run(request: ConsolidationRequest, onProgress: (p: ConsolidationProgress) => void): Promise<ConsolidationOutcome>;
  /** Stops a run; its promise rejects. */
  cancel(): void;
}
