import type { CellRange } from './grid';

/**
 * A writer-independent description of sheets to write: cells, styles, merges,
 * formulas, validations, names. The command line renders it with ExcelJS
 * (src/xlsx/render-layout.ts), the add-in with Office.js; both from this one description.
 */
export interface CellStyle {
  font?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  /** RGB hex without '#', e.g. "1F4E79". */
  color?: string;
  /** Background fill, RGB hex without '#'. */
  fill?: string;
  hAlign?: 'left' | 'center' | 'right';
  vAlign?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  /** Thin border on all four sides. */
  border?: boolean;
  numFmt?: string;
  /** Unlocked cells stay editable when the sheet is protected. Default: locked. */
  locked?: boolean;
}

export interface FormulaValue {
  /** Excel formula without the leading "=", in English function names with "," separators. */
  formula: string;
  /** The value the engine expects; written as the cached result. */
  result?: number | string;
}

export type LayoutValue = string | number | boolean | null | FormulaValue;

export interface DataValidationRule {
  type: 'whole' | 'decimal' | 'list';
  operator?: 'between' | 'greaterThanOrEqual' | 'lessThanOrEqual';
  /** Formulae without "=" ("0", "$D$5", "\"Có,Không\""). */
  formulae: string[];
  allowBlank: boolean;
  errorTitle: string;
  error: string;
  promptTitle?: string;
  prompt?: string;
}

export interface LayoutCell {
  /** 0-based */
  row: number;
  col: number;
  value: LayoutValue;
  style?: CellStyle;
  /** A workbook-level defined name for this cell, e.g. "Bieu_1_1_SoLuong". */
  name?: string;
  validation?: DataValidationRule;
  /** A cell comment / note. */
  note?: string;
}

export interface PrintSetup {
  orientation: 'portrait' | 'landscape';
  paper: 'A4';
  fitToWidth: boolean;
  /** 0-based inclusive rows repeated at the top of every printed page. */
  repeatRows?: [number, number];
}

export interface SheetLayout {
  name: string;
  cells: LayoutCell[];
  merges: CellRange[];
  /** Character widths by column index. */
  columnWidths: number[];
  /** Heights in points by row index (sparse). */
  rowHeights?: Record<number, number>;
  /** Rows/columns frozen at the top-left. */
  freeze?: { rows: number; cols: number };
  print: PrintSetup;
  /** Protect the sheet without a password (unlocked cells stay editable). */
  protect: boolean;
  /** Applied to every written cell before its own style. */
  baseStyle: CellStyle;
  /** Hidden columns (0-based), e.g. machine-readable helper columns. */
  hiddenColumns?: number[];
}

export interface WorkbookLayout {
  sheets: SheetLayout[];
}

export const isFormula = (v: LayoutValue): v is FormulaValue => typeof v === 'object' && v !== null;

/** Official documents: Times New Roman. */
export const OFFICIAL_FONT = 'Times New Roman';
