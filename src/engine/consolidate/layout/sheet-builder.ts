import type { CellRange } from '../../grid';
import type { CellStyle, LayoutCell, LayoutValue } from '../../layout';

/** Collects a sheet's cells and merges. */
export class SheetBuilder {
  readonly cells: LayoutCell[] = [];
  readonly merges: CellRange[] = [];

  set(row: number, col: number, value: LayoutValue, style?: CellStyle, extra?: Pick<LayoutCell, 'name' | 'note'>): LayoutCell {
    const cell: LayoutCell = { row, col, value };
    if (style) cell.style = style;
    if (extra?.name) cell.name = extra.name;
    if (extra?.note) cell.note = extra.note;
    this.cells.push(cell);
    return cell;
  }

  /** Writes `value` at the top-left and merges the rectangle; every cell of it gets the style (borders show). */
  merge(top: number, left: number, bottom: number, right: number, value: LayoutValue, style?: CellStyle, extra?: Pick<LayoutCell, 'name' | 'note'>): void {
    this.set(top, left, value, style, extra);
    if (style)
      for (let r = top; r <= bottom; r++)
        for (let c = left; c <= right; c++) if (r !== top || c !== left) this.set(r, c, null, style);
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }
}
