import type { WorkbookGrid } from '../engine/grid';
import type { Issue } from '../engine/issues';
import type { WorkbookLayout } from '../engine/layout';
import type { BieuHost, HostCapabilities } from '../ui/host';
import { GridStore } from '../ui/grid/grid-store';
import { readWorkbookBytes } from '../xlsx/read-workbook';
import { downloadBytes } from './download';
import { renderXlsx } from './render-xlsx';

export interface WebHost extends BieuHost {
  readonly kind: 'web';
  /** The opened workbook as the page shows it. */
  readonly view: GridStore;
  openWorkbookFile(file: { name: string; arrayBuffer(): Promise<ArrayBuffer> }): Promise<void>;
}

export interface WebHostOptions {
  /** Turns a layout into .xlsx bytes; default: a render worker, or ExcelJS on the page. */
  render?: (layout: WorkbookLayout) => Promise<ArrayBuffer>;
  download?: (bytes: ArrayBuffer, fileName: string) => void;
  read?: (bytes: Uint8Array) => WorkbookGrid;
}

/** Renders in a worker where possible; falls back to the page when the worker cannot start. */
export function workerRenderer(workerUrl: URL): (layout: WorkbookLayout) => Promise<ArrayBuffer> {
  let nextId = 0;
  return async (layout) => {
    if (typeof Worker !== 'function') return renderXlsx(layout);
    const worker = new Worker(workerUrl);
    const id = ++nextId;
    try {
      return await new Promise<ArrayBuffer>((resolve, reject) => {
        worker.onmessage = (e: MessageEvent<{ id: number; bytes?: ArrayBuffer; error?: string }>) => {
          if (e.data.id !== id) return;
          if (e.data.bytes) resolve(e.data.bytes);
          else reject(new Error(e.data.error ?? 'render failed'));
        };
        worker.onerror = (e) => {
          e.preventDefault();
          reject(new Error('worker'));
        };
        worker.postMessage({ id, layout });
      });
    } catch (e) {
      if (e instanceof Error && e.message === 'worker') return renderXlsx(layout);
      throw e;
    } finally {
      worker.terminate();
    }
  };
}

/**
 * The host of the standalone page: workbooks come from disk and go back as downloads;
 * selecting and painting happen in the page's grid view.
 */
export function createWebHost(options: WebHostOptions = {}): WebHost {
  const view = new GridStore();
  const render = options.render ?? renderXlsx;
  const download = options.download ?? downloadBytes;
  const read = options.read ?? readWorkbookBytes;
  const capabilities: HostCapabilities = { comments: false, insertSheets: false };

  return {
    kind: 'web',
    view,
    capabilities: () => capabilities,
    async openWorkbookFile(file) {
      const grid = read(new Uint8Array(await file.arrayBuffer()));
      view.open(file.name, grid);
    },
    async readActiveWorkbook() {
      const grid = view.getSnapshot().grid;
      if (!grid) throw new Error('Chưa mở tệp nào. Hãy chọn một tệp .xlsx.');
      return grid;
    },
    async writeWorkbookLayout(layout, _target, fileName = 'bieu.xlsx') {
      download(await render(layout), fileName);
      return layout.sheets.map((s) => s.name);
    },
    async selectCell(address) {
      view.select(address);
    },
    async paintFlags(issues: readonly Issue[]) {
      view.paint(issues);
    },
    async clearFlags() {
      view.clear();
    },
  };
}
