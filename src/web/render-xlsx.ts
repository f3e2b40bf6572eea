import type { WorkbookLayout } from '../engine/layout';
import { toArrayBuffer } from './to-array-buffer';

/** Renders a layout to .xlsx bytes with ExcelJS (its browser bundle, loaded on first use). */
export async function renderXlsx(layout: WorkbookLayout): Promise<ArrayBuffer> {
  const { renderWorkbook } = await import(/* webpackChunkName: "render-layout" */ '../xlsx/render-layout');
  const workbook = await renderWorkbook(layout);
  return toArrayBuffer((await workbook.xlsx.writeBuffer()) as ArrayBuffer | ArrayBufferView);
}
