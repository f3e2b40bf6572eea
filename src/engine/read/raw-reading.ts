import type { UnitLevel } from '../form/schema';
import type { Finding } from '../issues';

/**
 * The intermediate "raw readings" every reader produces (by content, or by the
 * office template's defined names): values with the cells they came from, before checks.
 * Checks run on this, so they behave the same whatever the layout.
 */

/** A number as read, with where and how it was written. */
export interface RawNumber {
  /** The value as read: a count as-is, a rate as a percentage 0–100. */
  value: number;
  /** "Sheet!A1" of the cell holding it. */
  cell: string;
  /** Decimals as written (rates: the precision the rounding rule allows). */
  decimals: number;
  /** True when it came from a cell Excel stores as a number (not typed inside text). */
  numericCell?: boolean;
  /** The text it was read from, when it was read from text. */
  text?: string;
}

export interface RawItem {
  /** Item code "2.1". */
  code: string;
  /** "Sheet!A1" where the item's line (label or value) is. */
  cell: string;
  /** The value text after the label, when read from text. */
  text?: string;
  count?: RawNumber;
  rate?: RawNumber;
  /** A population written with the item ("168/612", or a "Tổng số" cell on its row). */
  total?: RawNumber;
  names?: string[];
  /** "Không", "Không áp dụng". */
  notApplicable?: boolean;
  /** More than one reading is plausible: the count is left unread. */
  ambiguous?: { text: string; readings: number[] };
  /** Text where a value was expected, but no number could be read from it. */
  unparseable?: { text: string };
}

export interface RawReading {
  /** Form id, e.g. "qd131". */
  template: string;
  /** Unit name when the workbook says it, else null (the caller falls back to the file name). */
  unit: string | null;
  /** Unit level when the workbook says it (e.g. chosen on the office template), else null. */
  level: UnitLevel | null;
  /** Items found, in form order; items absent from the workbook are absent here. */
  items: RawItem[];
  /** Populations given on the form ("Tổng số giáo viên: 52"), by population id. */
  populations: Record<string, RawNumber>;
  /** Structural findings (TEMPLATE_MISMATCH: rows missing or out of order). */
  structure: Finding[];
  /** Free texts of the form's cells, for plausibility checks (e.g. "GDPT 2028"). */
  texts?: Array<{ cell: string; text: string }>;
  /**
   * Other readings of the same items in the workbook: a second copy of the table (another sheet, or further
   * down the same sheet), or an item whose label comes again within the form. `items` is the primary reading.
   */
  copies?: RawItem[][];
}
