import { a1, cellAddress, cellKey, type CellRange, type CellValue, type SheetGrid } from '../grid';
import { foldWords, type FoldedText } from '../text/fold';

/**
 * A sheet with per-cell folded text computed at most once, and merges looked up by cell.
 * Readers share one view per sheet so no cell is folded twice.
 */
export class SheetView {
  private readonly folded = new Map<number, FoldedText | null>();
  private mergeIndex: Map<number, CellRange> | undefined;
  /** "'Biểu 1'!" as cellAddress writes it, computed once. */
  private sheetPrefix: string | undefined;

  constructor(
    readonly sheet: SheetGrid,
    readonly index: number,
  ) {}

  get rowCount(): number {
    return this.sheet.values.length;
  }

  rowLength(row: number): number {
    return this.sheet.values[row]?.length ?? 0;
  }

  value(row: number, col: number): CellValue {
    return this.sheet.values[row]?.[col] ?? null;
  }

  /** The cell's text (strings only, trimmed), or null. */
  text(row: number, col: number): string | null {
    const v = this.value(row, col);
    if (typeof v !== 'string') return null;
    return v.trim() ? v : null;
  }

  isEmpty(row: number, col: number): boolean {
    const v = this.value(row, col);
    return v === null || (typeof v === 'string' && !v.trim());
  }

  /** Folded words of a text cell, cached. */
  fold(row: number, col: number): FoldedText | null {
    const key = row * 16384 + col;
    const hit = this.folded.get(key);
    if (hit !== undefined) return hit;
    const text = this.text(row, col);
    const folded = text === null ? null : foldWords(text);
    this.folded.set(key, folded);
    return folded;
  }

  numFmt(row: number, col: number): string | undefined {
    return this.sheet.numFmts[cellKey(row, col)];
  }

  /** The merge whose top-left cell this is, if any. */
  mergeAt(row: number, col: number): CellRange | undefined {
    if (!this.mergeIndex) {
      this.mergeIndex = new Map();
      for (const m of this.sheet.merges) this.mergeIndex.set(m.top * 16384 + m.left, m);
    }
    return this.mergeIndex.get(row * 16384 + col);
  }

  address(row: number, col: number): string {
    if (this.sheetPrefix === undefined) {
      const first = cellAddress(this.sheet.name, 0, 0);
      this.sheetPrefix = first.slice(0, first.lastIndexOf('!') + 1);
    }
    return this.sheetPrefix + a1(row, col);
  }
}
