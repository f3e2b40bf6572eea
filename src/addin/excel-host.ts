import type { BieuHost, HostCapabilities } from '../ui/host';
import { applyFlags, type FlagResult } from './office/paint-flags';
import { flagTargets } from './office/flag-targets';
import { insertSheetsFromFiles } from './office/insert-sheets';
import { defaultOfficeDeps, type OfficeDeps } from './office/office-deps';
import { readWorkbookGrid } from './office/read-workbook';
import { renderXlsxBase64 } from './office/render-xlsx-base64';
import { detectApiSupport } from './office/requirements';
import { selectCell } from './office/select-cell';
import { cleanSheetName } from './office/unique-sheet-name';
import { writeLayoutIntoWorkbook } from './office/write-workbook-layout';

export interface ExcelHost extends BieuHost {
  readonly kind: 'excel';
  /** What the last paintFlags/clearFlags did (cells painted, restored, sheets left locked). */
  lastFlagResult(): FlagResult | undefined;
}

/**
 * The Excel host: the only door between the task pane and Office.js. Every call is one
 * `Excel.run` with a constant number of `context.sync()` (see each module in ./office).
 * Pass `deps` to drive it with a mock; by default it uses the `Excel` and `Office` globals.
 */
export function createExcelHost(deps: OfficeDeps = defaultOfficeDeps()): ExcelHost {
  // Asked on every call: Office.context is only ready after Office.onReady.
  const support = () => detectApiSupport(deps.isSetSupported);
  let lastFlags: FlagResult | undefined;

  return {
    kind: 'excel',

    capabilities(): HostCapabilities {
      const s = support();
      return { comments: s.comments, insertSheets: s.insertSheets };
    },

    readActiveWorkbook: () => deps.run((context) => readWorkbookGrid(context, support())),

    selectCell: (address) => deps.run((context) => selectCell(context, address)),

    async paintFlags(issues) {
      lastFlags = await deps.run((context) => applyFlags(context, flagTargets(issues), support(), deps.payloadBudget));
    },

    async clearFlags() {
      lastFlags = await deps.run((context) => applyFlags(context, [], support(), deps.payloadBudget));
    },

    async writeWorkbookLayout(layout, target) {
      const s = support();
      // A new workbook (ExcelApi 1.8) opens in its own window, out of this add-in's reach:
      // it is built as an .xlsx with the command line's renderer and handed to Excel whole.
      if (target === 'new' && s.createWorkbook && deps.createWorkbook) {
        const base64 = await (deps.renderXlsxBase64 ?? renderXlsxBase64)(layout);
        await deps.createWorkbook(base64);
        return layout.sheets.map((sheet) => cleanSheetName(sheet.name));
      }
      // Older hosts: into the open workbook, as new sheets.
      const result = await deps.run((context) => writeLayoutIntoWorkbook(context, layout, s, deps.payloadBudget));
      return result.sheetNames;
    },

    async insertSheetsFromFiles(files) {
      if (!support().insertSheets) {
        throw new Error('Phiên bản Excel này chưa chép được trang tính từ tệp khác (cần Excel 2021 / Microsoft 365).');
      }
      return deps.run((context) => insertSheetsFromFiles(context, files, deps.payloadBudget));
    },

    lastFlagResult: () => lastFlags,
  };
}
