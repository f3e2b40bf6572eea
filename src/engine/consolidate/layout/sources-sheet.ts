import type { LayoutCell, SheetLayout } from '../../layout';
import type { Consolidation, SourceFile, SourceStatus } from '../types';
import { materializeSheet, rowsOf, type LazySheetLayout } from './lazy-sheet';
import { SheetBuilder } from './sheet-builder';
import { BASE, CENTER, COUNT, ERROR_FILL, HEADER, landscape, TEXT, TITLE, WARNING_FILL } from './styles';

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
  const b = new SheetBuilder();
  b.merge(0, 0, 0, 7, 'NGUỒN SỐ LIỆU: CÁC TỆP ĐÃ NHẬN', { ...TITLE, hAlign: 'left' });
  const counts = { included: 0, duplicate: 0, rejected: 0, excluded: 0 };
  for (const s of c.sources) counts[s.status]++;
  b.merge(1, 0, 1, 7, `${c.sources.length} tệp: ${counts.included} đã tổng hợp, ${counts.duplicate} trùng lặp, ${counts.rejected + counts.excluded} bị loại.`, { italic: true });
  const headerRow = 3;
  ['STT', 'Tệp', 'Đơn vị', 'Kích thước (byte)', 'Thời gian sửa đổi', 'SHA-256', 'Trạng thái', 'Lý do'].forEach((h, col) => b.set(headerRow, col, h, HEADER));
  function* rows(): Generator<LayoutCell[]> {
    yield* rowsOf(b.cells);
    for (let i = 0; i < c.sources.length; i++) yield sourceRow(c.sources[i]!, headerRow + 1 + i, i);
  }
  return {
    name: SOURCES_SHEET,
    rows,
    merges: b.merges,
    columnWidths: [5, 45, 30, 12, 19, 34, 16, 60],
    freeze: { rows: headerRow + 1, cols: 0 },
    print: landscape([headerRow, headerRow]),
    protect: false,
    baseStyle: BASE,
  };
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
