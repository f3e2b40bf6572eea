import { SEVERITY_VI } from '../../messages';
import type { LayoutCell, SheetLayout } from '../../layout';
import type { Consolidation, ConsolidationIssue } from '../types';
import { materializeSheet, rowsOf, type LazySheetLayout } from './lazy-sheet';
import { fileName } from '../classify-inputs';
import { SheetBuilder } from './sheet-builder';
import { BASE, CENTER, ERROR_FILL, HEADER, landscape, TEXT, TITLE, WARNING_FILL } from './styles';

export const ISSUES_SHEET = 'Kiểm tra';

/** "Kiểm tra": every issue of every unit, for sending back to schools; rows made as they are written. */
export function issuesSheet(c: Consolidation): LazySheetLayout {
  const b = new SheetBuilder();
  const { length } = c.issues;
  const errors = c.issues.filter((i) => i.severity === 'error').length;
  b.merge(0, 0, 0, 7, 'KẾT QUẢ KIỂM TRA SỐ LIỆU CÁC ĐƠN VỊ', { ...TITLE, hAlign: 'left' });
  b.merge(1, 0, 1, 7, length === 0 ? 'Không phát hiện lỗi hay cảnh báo nào.' : `${errors} lỗi, ${length - errors} cảnh báo.`, { italic: true });
  const headerRow = 3;
  ['STT', 'Đơn vị', 'Tệp', 'Ô', 'Mục', 'Mã', 'Mức độ', 'Nội dung'].forEach((h, col) => b.set(headerRow, col, h, HEADER));
  function* rows(): Generator<LayoutCell[]> {
    yield* rowsOf(b.cells);
    for (let i = 0; i < c.issues.length; i++) yield issueRow(c.issues[i]!, headerRow + 1 + i, i);
  }
  return {
    name: ISSUES_SHEET,
    rows,
    merges: b.merges,
    columnWidths: [5, 30, 26, 12, 6, 22, 10, 80],
    freeze: { rows: headerRow + 1, cols: 0 },
    print: landscape([headerRow, headerRow]),
    protect: false,
    baseStyle: BASE,
  };
}

/** "Kiểm tra" with all its cells. */
export const buildIssuesSheet = (c: Consolidation): SheetLayout => materializeSheet(issuesSheet(c));

function issueRow(issue: ConsolidationIssue, row: number, i: number): LayoutCell[] {
  const b = new SheetBuilder();
  const fill = issue.severity === 'error' ? ERROR_FILL : WARNING_FILL;
  b.set(row, 0, i + 1, CENTER);
  b.set(row, 1, issue.unit ?? '', TEXT);
  b.set(row, 2, issue.path ? fileName(issue.path) : '', TEXT, issue.path ? { note: issue.path } : undefined);
  b.set(row, 3, issue.cell ?? '', TEXT);
  b.set(row, 4, issue.item ?? '', CENTER);
  b.set(row, 5, issue.code, TEXT);
  b.set(row, 6, SEVERITY_VI[issue.severity], { ...CENTER, fill });
  b.set(row, 7, issue.message, TEXT);
  return b.cells;
}
