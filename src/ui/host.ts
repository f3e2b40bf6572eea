import type { WorkbookGrid } from '../engine/grid';
import type { Issue } from '../engine/issues';
import type { WorkbookLayout } from '../engine/layout';
import type { UnitLevel } from '../engine/form/schema';

/**
 * What the task-pane UI needs from where it runs. Two implementations:
 * - Excel (src/addin/excel-host.ts): Office.js, the only module that calls Excel.run;
 * - web (src/web/web-host.ts): workbooks opened from disk, read and written with ExcelJS.
 * The engine does the checking and consolidating; a host only reads and writes.
 */
export interface HostCapabilities {
  /** Flags carry their message as a cell comment (ExcelApi ≥ 1.10). */
  comments: boolean;
  /** Units' own sheets can be copied in (ExcelApi ≥ 1.13 insertWorksheetsFromBase64). */
  insertSheets: boolean;
}

export interface BieuHost {
  readonly kind: 'excel' | 'web';
  capabilities(): HostCapabilities;
  /** Writes sheets described by the engine. Excel: into the open workbook ('current') or a new one; web: downloads a file. Returns the sheet names used (suffixed when taken). */
  writeWorkbookLayout(layout: WorkbookLayout, target: 'current' | 'new', fileName?: string): Promise<string[]>;
  /** The workbook to check, as the engine's plain grid (one sync in Excel). */
  readActiveWorkbook(): Promise<WorkbookGrid>;
  /** Selects and scrolls to "Sheet!A1". */
  selectCell(address: string): Promise<void>;
  /** Paints flagged cells by severity (remembering their previous fill) and attaches messages where supported. */
  paintFlags(issues: readonly Issue[]): Promise<void>;
  /** Restores every painted cell's previous fill exactly and removes the comments added. */
  clearFlags(): Promise<void>;
  /** Copies sheets of received workbooks in, where supported. */
  insertSheetsFromFiles?(files: ReadonlyArray<{ name: string; base64: string }>): Promise<string[]>;
  /**
   * Web page only: the workbook to check is opened from disk (Excel checks the open workbook).
   * Afterwards `readActiveWorkbook` returns its grid. Throws UnreadableFileError for files that are not .xlsx.
   */
  openWorkbookFile?(file: { name: string; arrayBuffer(): Promise<ArrayBuffer> }): Promise<void>;
}

/** The blank form's options, as the UI asks for them. */
export interface TemplateOptions {
  level: UnitLevel;
  unit: string;
}
