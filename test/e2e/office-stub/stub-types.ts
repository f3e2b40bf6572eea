/**
 * What the e2e test and the browser's Office stub say to each other (plain JSON both ways):
 * the workbook to start from (`window.__BIEU_SEED__`) and what the fake workbook holds afterwards
 * (`window.__BIEU_FAKE__`).
 */
import type { CellValue, CellRange } from '../../../src/engine/grid';

export interface StubFill {
  pattern: string;
  color: string;
  patternColor: string;
}

export interface SeedSheet {
  name: string;
  /** values[row][col] from A1; null leaves the cell empty. */
  values: CellValue[][];
  /** Number formats by A1 reference, e.g. { C8: '0.0%' }. */
  numberFormats?: Record<string, string>;
  merges?: CellRange[];
  /** Fills by A1 reference, set before the task pane opens. */
  fills?: Record<string, StubFill>;
}

export interface StubSeed {
  /** Highest ExcelApi requirement set the host answers yes to, e.g. "1.13" or "1.7". */
  apiVersion?: string;
  sheets?: SeedSheet[];
}

export interface CellSnapshot {
  value: string | number | boolean;
  formula?: string;
  numberFormat: string;
  fill: StubFill;
}

export interface SheetSnapshot {
  name: string;
  /** Cells holding a value, a formula or a fill, by A1 reference. */
  cells: Record<string, CellSnapshot>;
  merges: CellRange[];
  /** Names scoped to this sheet. */
  names: Array<{ name: string; cell: string }>;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  /** Workbook-scoped defined names. */
  names: Array<{ name: string; sheet: string; cell: string }>;
  comments: Array<{ sheet: string; cell: string; content: string }>;
  active: string | null;
  selection: string | null;
  settings: string[];
  /** How many workbooks were handed to Excel.createWorkbook. */
  createdWorkbooks: number;
}

export interface SyncSnapshot {
  syncs: number;
  commands: number;
  /** The largest request of one sync, bytes. */
  largestRequest: number;
}

/** `window.__BIEU_FAKE__`: the fake Excel behind the task pane, seen from the test through page.evaluate. */
export interface FakeHandle {
  apiVersion: string;
  snapshot(): WorkbookSnapshot;
  stats(): SyncSnapshot;
  resetStats(): SyncSnapshot;
  /** Types a value into a cell, as the user would between two checks. */
  setValue(sheet: string, ref: string, value: string | number | boolean): void;
  /** The base64 .xlsx handed to Excel.createWorkbook, by order. */
  createdWorkbook(index: number): string | null;
}
