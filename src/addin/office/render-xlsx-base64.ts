import type { WorkbookLayout } from '../../engine/layout';

/** Bytes -> base64 without building one huge string of char codes. */
export function bytesToBase64(bytes: Uint8Array): string {
  if (typeof Buffer !== 'undefined') return Buffer.from(bytes).toString('base64');
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}

/**
 * Renders a layout to an .xlsx with the same ExcelJS renderer the command line uses, for
 * `Excel.createWorkbook(base64)`. ExcelJS is loaded only when a new workbook is asked for.
 */
export async function renderXlsxBase64(layout: WorkbookLayout): Promise<string> {
  const { renderWorkbook } = await import('../../xlsx/render-layout');
  const workbook = await renderWorkbook(layout);
  const buffer = await workbook.xlsx.writeBuffer();
  return bytesToBase64(new Uint8Array(buffer as ArrayBuffer));
}
