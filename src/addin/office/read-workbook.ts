import { cellKey, type CellRange, type CellValue, type DefinedName, type SheetGrid, type WorkbookGrid } from '../../engine/grid';
import { parseRangeAddress, parseSingleCellReference, splitAddressList } from './a1-ranges';
import type { ApiSupport } from './requirements';

/**
 * Reads the open workbook into the engine's plain grid.
 *
 * Two `context.sync()` calls whatever the size of the workbook:
 *  1. the list of sheets and the workbook's defined names;
 *  2. every sheet's used range (values + number formats) and merged areas, all in one batch.
 * The first cannot be avoided: a sheet's used range can only be asked for once its proxy is known.
 * The count depends neither on the number of rows nor on the number of sheets.
 */
export const READ_SYNCS = 2;

export async function readWorkbookGrid(context: Excel.RequestContext, support: Pick<ApiSupport, 'mergedAreas'>): Promise<WorkbookGrid> {
  const worksheets = context.workbook.worksheets.load('items/name');
  const names = context.workbook.names.load('items/name,items/type,items/value');
  await context.sync();

  const pending = worksheets.items.map((ws) => ({
    name: ws.name,
    used: ws.getUsedRangeOrNullObject(true).load('address,values,numberFormat'),
    // Merged areas of the whole sheet (ExcelApi 1.13); older hosts read without merges.
    merged: support.mergedAreas ? ws.getRange().getMergedAreasOrNullObject().load('address') : undefined,
  }));
  await context.sync();

  const sheets = pending.map(({ name, used, merged }) =>
    toSheetGrid(
      name,
      used.isNullObject ? undefined : { address: used.address, values: used.values, numberFormat: used.numberFormat },
      merged && !merged.isNullObject ? merged.address : undefined,
    ),
  );
  return { sheets, definedNames: toDefinedNames(names.items) };
}

export interface UsedRangeData {
  address: string;
  values: unknown[][];
  numberFormat: unknown[][];
}

/** A used range as Office.js returns it -> SheetGrid with absolute 0-based positions. */
export function toSheetGrid(name: string, used: UsedRangeData | undefined, mergedAddress: string | undefined): SheetGrid {
  const sheet: SheetGrid = { name, values: [], numFmts: {}, merges: [] };
  if (used) {
    const origin = parseRangeAddress(used.address)?.range ?? { top: 0, left: 0, bottom: 0, right: 0 };
    for (let r = 0; r < origin.top; r++) sheet.values.push([]);
    used.values.forEach((row, i) => {
      const out: CellValue[] = new Array<CellValue>(origin.left).fill(null);
      row.forEach((raw, j) => {
        const value = toCellValue(raw);
        out.push(value);
        const format = used.numberFormat[i]?.[j];
        if (typeof value === 'number' && typeof format === 'string' && format !== '' && format !== 'General') {
          sheet.numFmts[cellKey(origin.top + i, origin.left + j)] = format;
        }
      });
      sheet.values.push(out);
    });
  }
  if (mergedAddress) sheet.merges = parseMergedAreas(mergedAddress);
  return sheet;
}

/** Office.js gives "" for empty cells and error text ("#DIV/0!") for errors. */
function toCellValue(raw: unknown): CellValue {
  if (raw === '' || raw === null || raw === undefined) return null;
  if (typeof raw === 'number' || typeof raw === 'boolean' || typeof raw === 'string') return raw;
  return String(raw);
}

export function parseMergedAreas(address: string): CellRange[] {
  const out: CellRange[] = [];
  for (const part of splitAddressList(address)) {
    const parsed = parseRangeAddress(part);
    if (parsed && (parsed.range.top !== parsed.range.bottom || parsed.range.left !== parsed.range.right)) out.push(parsed.range);
  }
  return out;
}

/** Workbook names that point at one cell, e.g. Bieu_1_1_SoLuong -> 'Biểu số liệu'!$D$12. */
export function toDefinedNames(items: ReadonlyArray<{ name: string; type: string; value: unknown }>): DefinedName[] {
  const out: DefinedName[] = [];
  for (const item of items) {
    if (item.type !== 'Range' || typeof item.value !== 'string') continue;
    const ref = parseSingleCellReference(item.value);
    if (ref) out.push({ name: item.name, sheet: ref.sheet, row: ref.row, col: ref.col });
  }
  return out;
}
