import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { checkWorkbook } from '../engine/check-workbook';
import { toIssue } from '../engine/messages';
import type { FileReport } from '../engine/report';
import { readWorkbookBytes, UnreadableFileError } from '../xlsx/read-workbook';

export type FileStatus = 'ok' | 'unreadable' | 'foreign';

export interface FileMeta {
  path: string;
  size: number;
  mtimeMs: number;
  sha256: string;
  status: FileStatus;
}

/** A file's report and where it came from; the workbook itself is never kept. */
export interface CheckedFile {
  report: FileReport;
  meta: FileMeta;
}

/** The report of a file that could not be read: one UNREADABLE_FILE issue with what to do. */
export function unreadableReport(path: string, reason: string): FileReport {
  return {
    path,
    unit: null,
    template: null,
    level: null,
    items: {},
    populations: {},
    issues: [toIssue({ code: 'UNREADABLE_FILE', reason, path })],
  };
}

function reasonOf(error: unknown): string {
  if (error instanceof UnreadableFileError) return error.reason;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' ? 'missing' : 'corrupt';
}

/**
 * Reads one file read-only, parses and checks it. Never throws: a file that cannot be read or checked
 * becomes a report with an UNREADABLE_FILE issue, so the run goes on.
 */
export function checkOneFile(path: string): CheckedFile {
  let size = 0;
  let mtimeMs = 0;
  let sha256 = '';
  try {
    const stat = statSync(path);
    size = stat.size;
    mtimeMs = stat.mtimeMs;
    const bytes = readFileSync(path, { flag: 'r' });
    sha256 = createHash('sha256').update(bytes).digest('hex');
    const grid = readWorkbookBytes(bytes);
    const report = checkWorkbook(grid, { path });
    return { report, meta: { path, size, mtimeMs, sha256, status: report.template === null ? 'foreign' : 'ok' } };
  } catch (error) {
    return { report: unreadableReport(path, reasonOf(error)), meta: { path, size, mtimeMs, sha256, status: 'unreadable' } };
  }
}
