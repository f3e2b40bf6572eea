import type { CellValue, SheetGrid, WorkbookGrid } from '../grid';
import { decodeTcvn3, tcvn3Evidence, TCVN3_EVIDENCE } from '../text/tcvn3';

/**
 * The grid with its legacy TCVN3 (.VnTime) texts converted to Unicode, so labels match and numbers parse
 * as in a Unicode workbook. A text is converted when it looks TCVN3 on its own (looksLikeTcvn3), or, once some
 * text of the workbook does, when it has any TCVN3-only letter ("Kh«ng"). Texts that could be either
 * (no TCVN3-only letter) are kept. Returns the grid itself when nothing is TCVN3; the input is never modified.
 *
 *   unicodeGrid(grid).sheets[0].values[8][2] -> "Tổng số giáo viên có máy tính: 45" (was "Tæng sè gi¸o viªn cã m¸y tÝnh: 45")
 */
export function unicodeGrid(grid: WorkbookGrid): WorkbookGrid {
  let evidence: Map<string, number> | undefined;
  let strong = false;
  for (const sheet of grid.sheets)
    for (const row of sheet.values) {
      if (!row) continue;
      for (const v of row) {
        if (typeof v !== 'string') continue;
        const e = tcvn3Evidence(v);
        if (!e) continue;
        (evidence ??= new Map()).set(v, e);
        if (e >= TCVN3_EVIDENCE) strong = true;
      }
    }
  if (!strong || !evidence) return grid;
  const found = evidence;
  const convert = (v: CellValue): CellValue => (typeof v === 'string' && found.has(v) ? decodeTcvn3(v) : v);
  const sheets = grid.sheets.map((sheet): SheetGrid => ({ ...sheet, values: sheet.values.map((row) => row && row.map(convert)) }));
  return { ...grid, sheets };
}
