import { unzipSync, zipSync } from 'fflate';

/**
 * Re-zips a workbook with every entry dated `when`, so the same seed gives the same bytes
 * (ExcelJS stamps entries with the time of writing, which would churn the committed samples).
 */
export function stableZip(bytes: Uint8Array, when: Date): Uint8Array {
  const entries = unzipSync(bytes);
  return zipSync(entries, { level: 6, mtime: when });
}
