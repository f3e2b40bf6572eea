import type { CellRange } from '../grid';
import type { CellStyle, LayoutCell, LayoutValue } from '../layout';

type CellExtras = Pick<LayoutCell, 'name' | 'validation' | 'note'>;

/** Collects cells, merges and row heights of one sheet, row by row. */
export class SheetBuilder {
  readonly cells: LayoutCell[] = [];
  readonly merges: CellRange[] = [];
  readonly rowHeights: Record<number, number> = {};

  put(row: number, col: number, value: LayoutValue, style?: CellStyle, extras: CellExtras = {}): LayoutCell {
    const cell: LayoutCell = { row, col, value, ...extras };
    if (style) cell.style = style;
    this.cells.push(cell);
    return cell;
  }

  /**
   * A value over a merged rectangle. Every cell of the rectangle gets the style,
   * because spreadsheet programs draw a merged area's borders and fill from each of its cells.
   */
  block(range: CellRange, value: LayoutValue, style?: CellStyle, extras: CellExtras = {}): LayoutCell {
    const master = this.put(range.top, range.left, value, style, extras);
    if (range.bottom > range.top || range.right > range.left) {
      // Only the top-left cell of a merged area holds a value: the others stay locked.
      const { locked: _locked, ...filler } = style ?? {};
      for (let r = range.top; r <= range.bottom; r++)
        for (let c = range.left; c <= range.right; c++) if (r !== range.top || c !== range.left) this.put(r, c, null, filler);
      this.merges.push(range);
    }
    return master;
  }

  /** Raises a row's height to at least `points`. */
  atLeast(row: number, points: number): void {
    this.rowHeights[row] = Math.max(this.rowHeights[row] ?? 0, points);
  }
}

/** Points per printed line of 13 pt Times New Roman with Vietnamese diacritics. */
export const LINE_POINTS = 18;

/** How many lines a text takes in a column `width` characters wide (estimated; spreadsheets do not fit merged rows). */
export function lineCount(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 0.95));
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
}
