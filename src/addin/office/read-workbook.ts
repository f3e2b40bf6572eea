import { a1, cellKey, type CellRange, type CellValue, type DefinedName, type SheetGrid, type WorkbookGrid } from '../../engine/grid';
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
 *
 * Only when Excel refuses the answer as too large (Excel on the web: 5 MB per response) is the
 * workbook read again in row chunks (readInChunks): one sync for the sizes, one per chunk.
 */
export const READ_SYNCS = 2;

/** Cells per chunk when a workbook is too large for one response (values + formats ≈ 2 MB). */
export const CELLS_PER_CHUNK = 20_000;

const isPayloadLimit = (error: unknown): boolean =>
  /PayloadSizeLimitExceeded/i.test(String((error as { code?: unknown })?.code ?? '') + String((error as { message?: unknown })?.message ?? ''));

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
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadLimit(error)) throw error;
    return { sheets: await readInChunks(context, worksheets.items, support), definedNames: toDefinedNames(names.items) };
  }

  const sheets = pending.map(({ name, used, merged }) =>
    toSheetGrid(
      name,
      used.isNullObject ? undefined : { address: used.address, values: used.values, numberFormat: used.numberFormat },
      merged && !merged.isNullObject ? merged.address : undefined,
    ),
  );
  return { sheets, definedNames: toDefinedNames(names.items) };
}

interface RowSlice {
  sheet: number;
  /** First row, relative to the used range. */
  top: number;
  rows: number;
}

/**
 * The fallback for workbooks too large for one response: sizes first, then rows in chunks of about
 * CELLS_PER_CHUNK cells; a chunk Excel still refuses (very long texts) is split in two and asked again.
 */
async function readInChunks(context: Excel.RequestContext, worksheets: readonly Excel.Worksheet[], support: Pick<ApiSupport, 'mergedAreas'>): Promise<SheetGrid[]> {
  const sized = worksheets.map((ws) => ({
    ws,
    name: ws.name,
    used: ws.getUsedRangeOrNullObject(true).load('address,rowCount,columnCount'),
    merged: support.mergedAreas ? ws.getRange().getMergedAreasOrNullObject().load('address') : undefined,
  }));
  await context.sync();

  const origins = sized.map(({ used }) => (used.isNullObject ? undefined : parseRangeAddress(used.address)!.range));
  const rowsRead = sized.map(() => new Map<number, { values: unknown[][]; numberFormat: unknown[][] }>());

  const readSlices = async (slices: RowSlice[], cellsPerChunk: number): Promise<void> => {
    let batch: Array<{ slice: RowSlice; range: Excel.Range }> = [];
    let cells = 0;
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      const current = batch;
      batch = [];
      cells = 0;
      try {
        await context.sync();
      } catch (error) {
        if (!isPayloadLimit(error) || current.every(({ slice }) => slice.rows === 1)) throw error;
        const halves = current.flatMap(({ slice }) => {
          const first = Math.ceil(slice.rows / 2);
          return slice.rows === 1 ? [slice] : [{ ...slice, rows: first }, { ...slice, top: slice.top + first, rows: slice.rows - first }];
        });
        await readSlices(halves, Math.max(1, Math.floor(cellsPerChunk / 2)));
        return;
      }
      for (const { slice, range } of current) rowsRead[slice.sheet]!.set(slice.top, { values: range.values, numberFormat: range.numberFormat });
    };
    for (const slice of slices) {
      const width = sized[slice.sheet]!.used.columnCount;
      if (cells > 0 && cells + slice.rows * width > cellsPerChunk) await flush();
      const o = origins[slice.sheet]!;
      const address = `${a1(o.top + slice.top, o.left)}:${a1(o.top + slice.top + slice.rows - 1, o.right)}`;
      batch.push({ slice, range: sized[slice.sheet]!.ws.getRange(address).load('values,numberFormat') });
      cells += slice.rows * width;
    }
    await flush();
  };

  const slices: RowSlice[] = [];
  sized.forEach(({ used }, sheet) => {
    if (used.isNullObject) return;
    const step = Math.max(1, Math.floor(CELLS_PER_CHUNK / Math.max(1, used.columnCount)));
    for (let top = 0; top < used.rowCount; top += step) slices.push({ sheet, top, rows: Math.min(step, used.rowCount - top) });
  });
  await readSlices(slices, CELLS_PER_CHUNK);

  return sized.map(({ name, used, merged }, i) => {
    const mergedAddress = merged && !merged.isNullObject ? merged.address : undefined;
    if (used.isNullObject) return toSheetGrid(name, undefined, mergedAddress);
    const parts = [...rowsRead[i]!.entries()].sort((a, b) => a[0] - b[0]).map(([, part]) => part);
    return toSheetGrid(
      name,
      { address: used.address, values: parts.flatMap((p) => p.values), numberFormat: parts.flatMap((p) => p.numberFormat) },
      mergedAddress,
    );
  });
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
