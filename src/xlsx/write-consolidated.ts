import { randomBytes } from 'node:crypto';
import { open, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { isLazySheet, materializeWorkbook, rowsOf, type ConsolidatedSheetLayout, type LazyWorkbookLayout } from '../engine/consolidate/layout/lazy-sheet';
import type { CellRange } from '../engine/grid';
import type { LayoutCell } from '../engine/layout';
import { excelStyle, renderWorkbook, setColumns, sheetPageSetup, sheetViews, writeLayoutCell } from './render-layout';

/** Fastest deflate: a province's workbook is written ~4× faster for ~25 % more bytes. */
const DEFLATE_LEVEL = 1;

/** The consolidated workbook as .xlsx bytes, built in memory (the browser's way). */
export async function consolidatedWorkbookBytes(layout: LazyWorkbookLayout): Promise<Uint8Array> {
  const workbook = await renderWorkbook(materializeWorkbook(layout));
  workbook.lastModifiedBy = 'Bieu';
  workbook.calcProperties = { fullCalcOnLoad: true };
  const options = { zip: { compression: 'DEFLATE', compressionOptions: { level: DEFLATE_LEVEL } } } as unknown as Partial<ExcelJS.XlsxWriteOptions>;
  return new Uint8Array(await workbook.xlsx.writeBuffer(options));
}

/** The parts of ExcelJS's streaming writer this module relies on, beyond its published types. */
interface StreamingWorkbook {
  addWorksheet(name: string, options: { pageSetup: Partial<ExcelJS.PageSetup>; views: Array<Partial<ExcelJS.WorksheetView>> }): StreamingWorksheet;
  commit(): Promise<void>;
  creator: string;
  lastModifiedBy: string;
  zip: { append(source: unknown, data: { name: string }): unknown };
}
interface StreamingWorksheet {
  getColumn(c: number): ExcelJS.Column;
  getRow(r: number): ExcelJS.Row;
  getCell(r: number, c: number): ExcelJS.Cell;
  mergeCells(top: number, left: number, bottom: number, right: number): void;
  protect(password: string, options: Partial<ExcelJS.WorksheetProtection>): Promise<void>;
  commit(): void;
  pageSetup: Partial<ExcelJS.PageSetup>;
  /** The sheet's part of the zip; piped into the zip's entry (a PassThrough) once the zip takes it. */
  stream: NodeJS.EventEmitter & { pipes?: NodeJS.WritableStream[] };
}

const nextTick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Waits while the zip is behind: ExcelJS's sheet stream ignores back-pressure, so rows written faster than
 * they are compressed would pile up in the zip entry's buffer, the whole sheet in memory at worst.
 */
async function zipCaughtUp(ws: StreamingWorksheet): Promise<void> {
  const entry = ws.stream.pipes?.[0] as (NodeJS.WritableStream & { writableNeedDrain?: boolean }) | undefined;
  if (entry?.writableNeedDrain) await new Promise<void>((resolve) => entry.once('drain', () => resolve()));
  else await nextTick();
}

/**
 * One sheet through the streaming writer, rows in order, lazy sheets' rows made as they are written. As in memory,
 * every cell is written before the merges over it (a merge gives its cells the top-left cell's style), so a row is
 * committed once no merge still to be applied covers it.
 */
async function streamSheet(workbook: StreamingWorkbook, sheet: ConsolidatedSheetLayout): Promise<void> {
  const pageSetup = sheetPageSetup(sheet);
  const ws = workbook.addWorksheet(sheet.name, { pageSetup, views: sheetViews(sheet) });
  // The writer fills in defaults the in-memory one does not have; the page setup is the layout's alone.
  ws.pageSetup = pageSetup;
  setColumns(ws, sheet);
  // One ExcelJS style object per look: ExcelJS then finds its style id by identity instead of re-serialising it per cell.
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const styleOf = (c: LayoutCell): Partial<ExcelJS.Style> => {
    const key = c.style ? JSON.stringify(c.style) : '';
    let style = styles.get(key);
    if (!style) styles.set(key, (style = excelStyle({ ...sheet.baseStyle, ...c.style })));
    return style;
  };
  const mergesByBottom = new Map<number, CellRange[]>();
  for (const m of sheet.merges) mergesByBottom.set(m.bottom, [...(mergesByBottom.get(m.bottom) ?? []), m]);
  const byTop = [...sheet.merges].sort((a, b) => a.top - b.top);
  const heights = sheet.rowHeights ?? {};
  // Merges whose rows are being written: their top rows wait for them.
  const pending = new Set<CellRange>();
  let nextMerge = 0;
  let committed = -1;
  let next = 0;
  const writeRow = (r: number, cells: readonly LayoutCell[]): void => {
    while (nextMerge < byTop.length && byTop[nextMerge]!.top <= r) pending.add(byTop[nextMerge++]!);
    const height = heights[r];
    if (height !== undefined) ws.getRow(r + 1).height = height;
    for (const c of cells) writeLayoutCell(ws.getCell(c.row + 1, c.col + 1), sheet, c, styleOf(c));
    for (const m of mergesByBottom.get(r) ?? []) {
      ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
      pending.delete(m);
    }
    let upTo = r;
    for (const m of pending) upTo = Math.min(upTo, m.top - 1);
    if (upTo > committed) {
      ws.getRow(upTo + 1).commit();
      committed = upTo;
    }
  };
  for (const cells of isLazySheet(sheet) ? sheet.rows() : rowsOf(sheet.cells)) {
    if (cells.length === 0) continue;
    const r = cells[0]!.row;
    while (next < r) writeRow(next++, []);
    writeRow(next++, cells);
    if (next % 128 === 0) await zipCaughtUp(ws);
  }
  let last = next - 1;
  for (const m of sheet.merges) last = Math.max(last, m.bottom);
  for (const r of Object.keys(heights)) last = Math.max(last, Number(r));
  while (next <= last) writeRow(next++, []);
  if (sheet.protect)
    await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, insertRows: false, deleteRows: false });
  const zipped = new Promise<void>((resolve) => ws.stream.once('zipped', () => resolve()));
  ws.commit();
  await zipped;
}

/**
 * The workbook streamed into `out` sheet by sheet, row by row: the same sheets, values, formulas, names, styles,
 * merges, notes, views and print setup as `renderWorkbook` gives, without holding the workbook (nor, for lazy sheets,
 * their cells) in memory.
 */
export async function streamWorkbook(layout: LazyWorkbookLayout, out: NodeJS.WritableStream): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out as unknown as import('stream').Stream,
    useSharedStrings: true,
    useStyles: true,
    zip: { zlib: { level: DEFLATE_LEVEL } },
  }) as unknown as StreamingWorkbook;
  workbook.creator = 'Bieu';
  workbook.lastModifiedBy = 'Bieu';
  // The streaming writer has no calcProperties: ask Excel to recalculate on load, as the in-memory writer does.
  const append = workbook.zip.append.bind(workbook.zip);
  workbook.zip.append = (source, data) =>
    append(data.name === '/xl/workbook.xml' && typeof source === 'string' ? source.replace('<calcPr calcId="171027"/>', '<calcPr calcId="171027" fullCalcOnLoad="1"/>') : source, data);
  for (const sheet of layout.sheets) await streamSheet(workbook, sheet);
  await workbook.commit();
}

/**
 * Writes the consolidated workbook to `outPath` whole or not at all: written to a temporary file in the target
 * folder, then renamed over the target. Streamed by default: ExcelJS's in-memory workbook holds ~1 KB per cell,
 * most of a province's peak memory, and streaming measured faster too (612 units: 0,28 s against 0,68 s);
 * `stream: false` builds it in memory, as the browser does.
 */
export async function writeConsolidatedWorkbook(layout: LazyWorkbookLayout, outPath: string, options: { stream?: boolean } = {}): Promise<void> {
  const target = path.resolve(outPath);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    if (options.stream ?? true) {
      const out = (await open(temp, 'wx')).createWriteStream();
      // A write that fails (disk full) fails the whole: the streaming writer itself would wait forever.
      const failed = new Promise<never>((_resolve, reject) => out.once('error', reject));
      const closed = new Promise<void>((resolve) => out.once('close', resolve));
      try {
        await Promise.race([streamWorkbook(layout, out).then(() => closed), failed]);
      } catch (error) {
        out.on('error', () => undefined); // the zip may still write into it: nothing more to report
        out.destroy();
        throw error;
      }
    } else await writeFile(temp, await consolidatedWorkbookBytes(layout), { flag: 'wx' });
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
