import type { Issue } from '../engine/issues';
import { SEVERITY_VI } from '../engine/messages';
import { errorCount, type CheckReport, type FileReport } from '../engine/report';
import { formatViNumber } from '../engine/text/format-number';
import { renderTable } from './print-table';

const warningCount = (issues: readonly Issue[]): number => issues.filter((i) => i.severity === 'warning').length;

function issueRows(issues: readonly Issue[], withFile: boolean): string[][] {
  return issues.map((i) => [
    ...(withFile ? [i.path ?? ''] : []),
    i.item ?? '',
    i.cell ?? '',
    i.code,
    SEVERITY_VI[i.severity],
    i.message,
  ]);
}

/** "th-tran-phu.xlsx — Trường TH Trần Phú: 1 lỗi, 0 cảnh báo" */
export function fileSummaryLine(f: FileReport): string {
  const errors = errorCount(f.issues);
  const warnings = warningCount(f.issues);
  const unit = f.unit ?? 'không rõ đơn vị';
  const verdict = errors === 0 && warnings === 0 ? 'không có lỗi' : `${errors} lỗi, ${warnings} cảnh báo`;
  return `${errors > 0 ? '✗' : warnings > 0 ? '!' : '✓'} ${f.path} — ${unit}: ${verdict}`;
}

/** The report for people, in Vietnamese: per file a summary line and a table of issues, then totals. */
export function humanReport(report: CheckReport): string {
  const out: string[] = [];
  for (const f of report.files) {
    out.push(fileSummaryLine(f));
    if (f.issues.length > 0) out.push(renderTable(['Mục', 'Ô', 'Mã', 'Mức độ', 'Nội dung'], issueRows(f.issues, false)), '');
  }
  if (report.issues.length > 0) {
    out.push('', 'Vấn đề giữa các tệp:');
    out.push(renderTable(['Tệp', 'Mục', 'Ô', 'Mã', 'Mức độ', 'Nội dung'], issueRows(report.issues, true)));
  }
  const all = [...report.files.flatMap((f) => f.issues), ...report.issues];
  const filesWithErrors = report.files.filter((f) => errorCount(f.issues) > 0).length;
  out.push(
    '',
    `Tổng cộng: ${formatViNumber(report.files.length)} tệp, ${formatViNumber(filesWithErrors)} tệp có lỗi; ` +
      `${formatViNumber(errorCount(all))} lỗi, ${formatViNumber(warningCount(all))} cảnh báo.`,
  );
  return `${out.join('\n')}\n`;
}
