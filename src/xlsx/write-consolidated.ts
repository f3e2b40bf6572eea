import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import type { WorkbookLayout } from '../engine/layout';
import { renderWorkbook } from './render-layout';

/** The consolidated workbook as .xlsx bytes. */
export async function consolidatedWorkbookBytes(layout: WorkbookLayout): Promise<Uint8Array> {
  const workbook = await renderWorkbook(layout);
  workbook.calcProperties = { fullCalcOnLoad: true };
  // Fastest deflate: a province's workbook is written ~4× faster for ~25 % more bytes.
  const options = { zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } } as unknown as Partial<ExcelJS.XlsxWriteOptions>;
  return new Uint8Array(await workbook.xlsx.writeBuffer(options));
}

/**
 * Writes the consolidated workbook to `outPath` whole or not at all: rendered in memory,
 * written to a temporary file in the target folder, then renamed over the target.
 */
export async function writeConsolidatedWorkbook(layout: WorkbookLayout, outPath: string): Promise<void> {
  const bytes = await consolidatedWorkbookBytes(layout);
  const target = path.resolve(outPath);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: 'wx' });
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
