/// <reference lib="webworker" />
import type { WorkbookLayout } from '../engine/layout';
import { renderWorkbook } from '../xlsx/render-layout';
import { toArrayBuffer } from './to-array-buffer';

/** Writes .xlsx files off the page's UI thread: ExcelJS takes seconds on a district's consolidated workbook. */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<{ id: number; layout: WorkbookLayout }>) => void) | null;
  postMessage(m: unknown, transfer?: Transferable[]): void;
};

scope.onmessage = (event) => {
  const { id, layout } = event.data;
  renderWorkbook(layout)
    .then((wb) => wb.xlsx.writeBuffer())
    .then((data) => {
      const bytes = toArrayBuffer(data as ArrayBuffer | ArrayBufferView);
      scope.postMessage({ id, bytes }, [bytes]);
    })
    .catch((e: unknown) => scope.postMessage({ id, error: e instanceof Error ? e.message : String(e) }));
};
