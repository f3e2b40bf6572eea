/**
 * What the host module needs from Office, passed in so tests drive it with a mock.
 * In the task pane these come from the `Excel` and `Office` globals (defaultOfficeDeps).
 */
export type ExcelBatch = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeDeps {
  /** `Excel.run`. */
  run: ExcelBatch;
  /** `Office.context.requirements.isSetSupported`; false when the host cannot tell. */
  isSetSupported: (name: string, version: string) => boolean;
  /** `Excel.createWorkbook` (ExcelApi 1.8): opens a new workbook from an .xlsx as base64. */
  createWorkbook?: (base64: string) => Promise<void>;
  /** Renders a layout to .xlsx as base64 for `createWorkbook`; default: ExcelJS, loaded on demand. */
  renderXlsxBase64?: (layout: import('../../engine/layout').WorkbookLayout) => Promise<string>;
  /** Request budget for one `context.sync()`, bytes (default: under Excel on the web's 5 MB). */
  payloadBudget?: number;
}

/** The real Office globals, looked up lazily and guarded for old hosts. */
export function defaultOfficeDeps(): OfficeDeps {
  const deps: OfficeDeps = {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => {
      try {
        return typeof Office !== 'undefined' && Boolean(Office.context?.requirements?.isSetSupported(name, version));
      } catch {
        return false;
      }
    },
  };
  if (typeof Excel !== 'undefined' && typeof Excel.createWorkbook === 'function') {
    deps.createWorkbook = (base64) => Excel.createWorkbook(base64);
  }
  return deps;
}
