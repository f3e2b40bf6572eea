import type { WorkbookGrid } from '../../engine/grid';
import { parseCellAddress } from '../../engine/grid';
import type { Issue, Severity } from '../../engine/issues';

export interface CellFlag {
  severity: Severity;
  messages: string[];
}

export interface GridState {
  fileName: string | null;
  grid: WorkbookGrid | null;
  /** Index of the sheet shown. */
  sheet: number;
  /** Flags keyed by flagKey(sheet, row, col). */
  flags: ReadonlyMap<string, CellFlag>;
  selected: { sheet: string; row: number; col: number } | null;
}

export const flagKey = (sheet: string, row: number, col: number): string => `${sheet}\u0000${row},${col}`;

const EMPTY: GridState = { fileName: null, grid: null, sheet: 0, flags: new Map(), selected: null };

/**
 * The web page's view of the opened workbook: the grid shown, its painted flags and the selected cell.
 * The web host writes it; the grid view reads it with useSyncExternalStore.
 */
export class GridStore {
  private state: GridState = EMPTY;
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): GridState => this.state;

  private update(patch: Partial<GridState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  open(fileName: string, grid: WorkbookGrid): void {
    this.update({ fileName, grid, sheet: 0, flags: new Map(), selected: null });
  }

  showSheet(index: number): void {
    this.update({ sheet: index });
  }

  /** Paints the cells of issues; an error wins over a warning on the same cell. */
  paint(issues: readonly Issue[]): void {
    const flags = new Map(this.state.flags);
    for (const issue of issues) {
      const pos = issue.cell ? parseCellAddress(issue.cell) : undefined;
      if (!pos) continue;
      const key = flagKey(pos.sheet, pos.row, pos.col);
      const flag = flags.get(key);
      if (!flag) flags.set(key, { severity: issue.severity, messages: [issue.message] });
      else
        flags.set(key, {
          severity: flag.severity === 'error' || issue.severity === 'error' ? 'error' : 'warning',
          messages: [...flag.messages, issue.message],
        });
    }
    // Show where the flags are: the form is often not the first sheet ("Báo cáo", then "Sheet1").
    const sheets = this.state.grid?.sheets ?? [];
    const current = sheets[this.state.sheet]?.name;
    const flagged = new Set([...flags.keys()].map((k) => k.slice(0, k.indexOf('\u0000'))));
    const first = sheets.findIndex((s) => flagged.has(s.name));
    const sheet = current !== undefined && !flagged.has(current) && first >= 0 ? first : this.state.sheet;
    this.update({ flags, sheet });
  }

  /** Number of flagged cells on a sheet. */
  flagCount(sheet: string): number {
    let n = 0;
    for (const k of this.state.flags.keys()) if (k.startsWith(`${sheet}\u0000`)) n++;
    return n;
  }

  clear(): void {
    this.update({ flags: new Map(), selected: null });
  }

  /** Selects "Sheet!A1", showing its sheet. False when the address is not in the workbook. */
  select(address: string): boolean {
    const pos = parseCellAddress(address);
    const sheets = this.state.grid?.sheets ?? [];
    const index = pos ? sheets.findIndex((s) => s.name === pos.sheet) : -1;
    if (!pos || index < 0) return false;
    this.update({ sheet: index, selected: pos });
    return true;
  }
}
