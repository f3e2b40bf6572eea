/**
 * Which Excel API features the host has, from `isSetSupported`.
 * The add-in works from ExcelApi 1.7 (Office 2019); everything newer degrades.
 */
export interface ApiSupport {
  /** 1.8: data validation, Excel.createWorkbook. */
  dataValidation: boolean;
  createWorkbook: boolean;
  /** 1.9: fill pattern (tells "no fill" from white), page layout. */
  fillPattern: boolean;
  pageLayout: boolean;
  /** 1.10: threaded comments. */
  comments: boolean;
  /** 1.13: merged areas, insertWorksheetsFromBase64. */
  mergedAreas: boolean;
  insertSheets: boolean;
  /** 1.18: cell notes. */
  notes: boolean;
}

export function detectApiSupport(isSetSupported: (name: string, version: string) => boolean): ApiSupport {
  const at = (version: string): boolean => {
    try {
      return isSetSupported('ExcelApi', version);
    } catch {
      return false;
    }
  };
  return {
    dataValidation: at('1.8'),
    createWorkbook: at('1.8'),
    fillPattern: at('1.9'),
    pageLayout: at('1.9'),
    comments: at('1.10'),
    mergedAreas: at('1.13'),
    insertSheets: at('1.13'),
    notes: at('1.18'),
  };
}
