import type { LayoutCell, SheetLayout } from '../../layout';
import type { Consolidation, SourceFile, SourceStatus } from '../types';
import { listSheet, materializeSheet, type LazySheetLayout } from './lazy-sheet';
import { SheetBuilder } from './sheet-builder';
import { CENTER, COUNT, ERROR_FILL, TEXT, WARNING_FILL } from './styles';

export const SOURCES_SHEET = 'Nguồn';

export const STATUS_VI: Record<SourceStatus, string> = {
  included: 'Đã tổng hợp',
  duplicate: 'Trùng lặp',
  rejected: 'Bị loại',
  excluded: 'Bị loại (có lỗi)',
};

/** Excel's serial day number of a time, in the time zone the engine runs in (as the file manager shows it). */
export function excelSerial(ms: number): number {
  const offsetMinutes = new Date(ms).getTimezoneOffset();
  return (ms - offsetMinutes * 60_000) / 86_400_000 + 25569;
}

/**
 * "Nguồn": each input file with its unit, size, modification time, SHA-256, and whether (and why not) it was counted;
 * rows made as they are written.
 */
export function sourcesSheet(c: Consolidation): LazySheetLayout {
  const counts = { included: 0, duplicate: 0, rejected: 0, excluded: 0 };
  for (const s of c.sources) counts[s.status]++;
  return listSheet({
    name: SOURCES_SHEET,
    title: 'NGUỒN SỐ LIỆU: CÁC TỆP ĐÃ NHẬN',
    summary: `${c.sources.length} tệp: ${counts.included} đã tổng hợp, ${counts.duplicate} trùng lặp, ${counts.rejected + counts.excluded} bị loại.`,
    headers: ['STT', 'Tệp', 'Đơn vị', 'Kích thước (byte)', 'Thời gian sửa đổi', 'SHA-256', 'Trạng thái', 'Lý do'],
    columnWidths: [5, 45, 30, 12, 19, 34, 16, 60],
    entries: c.sources,
    row: sourceRow,
  });
}

/** "Nguồn" with all its cells. */
export const buildSourcesSheet = (c: Consolidation): SheetLayout => materializeSheet(sourcesSheet(c));

function sourceRow(s: SourceFile, row: number, i: number): LayoutCell[] {
  const b = new SheetBuilder();
  b.set(row, 0, i + 1, CENTER);
  b.set(row, 1, s.path, TEXT);
  b.set(row, 2, s.unit ?? '', TEXT);
  b.set(row, 3, s.size, COUNT);
  b.set(row, 4, excelSerial(s.mtimeMs), { ...CENTER, numFmt: 'dd/mm/yyyy hh:mm:ss' });
  b.set(row, 5, s.sha256, { ...TEXT, font: 'Courier New', size: 9 });
  const fill = s.status === 'included' ? undefined : s.status === 'duplicate' ? WARNING_FILL : ERROR_FILL;
  b.set(row, 6, STATUS_VI[s.status], fill ? { ...CENTER, fill } : CENTER);
  b.set(row, 7, s.reason ?? '', TEXT);
  return b.cells;
}
