/**
 * A cell's fill as Office.js tells it, enough to put it back exactly.
 * ExcelApi 1.9 has `pattern`, which tells "no fill" ("None") from a white fill.
 * Before 1.9 only `color` exists, and a cell without fill reads "#FFFFFF": it is restored as
 * "no fill", which looks the same except that a white fill hid the gridlines.
 */
export interface FillState {
  /** "None", "Solid", "Gray50", …; null when the host has no fill pattern (ExcelApi < 1.9). */
  pattern: string | null;
  /** "#RRGGBB" */
  color: string | null;
  patternColor?: string | null;
}

export const FILL_PROPS_1_9 = 'color,pattern,patternColor';
export const FILL_PROPS_1_7 = 'color';

export const normalColor = (color: string | null | undefined): string => (color ?? '').replace(/^#/, '').toUpperCase();

export function readFill(fill: Excel.RangeFill, withPattern: boolean): FillState {
  if (!withPattern) return { pattern: null, color: fill.color ?? null };
  return { pattern: fill.pattern ?? null, color: fill.color ?? null, patternColor: fill.patternColor ?? null };
}

export function hasNoFill(state: FillState): boolean {
  if (state.pattern !== null) return state.pattern === 'None';
  return state.color === null || normalColor(state.color) === 'FFFFFF';
}

/** Puts the fill back as it was. */
export function restoreFill(fill: Excel.RangeFill, state: FillState): void {
  if (hasNoFill(state)) {
    fill.clear();
    return;
  }
  if (state.color) fill.color = state.color;
  if (state.pattern !== null && state.pattern !== 'Solid') {
    fill.pattern = state.pattern as Excel.FillPattern;
    if (state.patternColor) fill.patternColor = state.patternColor;
  }
}

/** Our paint: a solid fill of `color`. Setting the colour makes the fill solid. */
export function paintFill(fill: Excel.RangeFill, color: string, withPattern: boolean): void {
  if (withPattern) fill.pattern = 'Solid';
  fill.color = `#${color}`;
}

/** True when the fill is still the one we painted (the user has not changed it since). */
export function isOurPaint(state: FillState, painted: string): boolean {
  if (state.pattern !== null && state.pattern !== 'Solid') return false;
  return normalColor(state.color) === normalColor(painted);
}
