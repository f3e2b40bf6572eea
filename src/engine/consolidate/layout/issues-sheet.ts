import { SEVERITY_VI } from '../../messages';
import type { LayoutCell, SheetLayout } from '../../layout';
import type { Consolidation, ConsolidationIssue } from '../types';
import { listSheet, materializeSheet, type LazySheetLayout } from './lazy-sheet';
import { fileName } from '../classify-inputs';
import { SheetBuilder } from './sheet-builder';
import { CENTER, ERROR_FILL, TEXT, WARNING_FILL } from './styles';

export const ISSUES_SHEET = 'Kiểm tra';

/** "Kiểm tra": every issue of every unit, for sending back to schools; rows made as they are written. */
export function issuesSheet(c: Consolidation): LazySheetLayout {
  const errors = c.issues.filter((i) => i.severity === 'error').length;
  return listSheet({
    name: ISSUES_SHEET,
    title: 'KẾT QUẢ KIỂM TRA SỐ LIỆU CÁC ĐƠN VỊ',
    summary: c.issues.length === 0 ? 'Không phát hiện lỗi hay cảnh báo nào.' : `${errors} lỗi, ${c.issues.length - errors} cảnh báo.`,
    headers: ['STT', 'Đơn vị', 'Tệp', 'Ô', 'Mục', 'Mã', 'Mức độ', 'Nội dung'],
    columnWidths: [5, 30, 26, 12, 6, 22, 10, 80],
    entries: c.issues,
    row: issueRow,
  });
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
