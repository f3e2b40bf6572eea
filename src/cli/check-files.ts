import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Issue } from '../engine/issues';
import { checkWorkbook } from '../engine/check-workbook';
import { toIssue } from '../engine/messages';
import type { FileReport } from '../engine/report';
import { unitKey } from '../engine/units/unit-key';
import { readWorkbookBytes, UnreadableFileError } from '../xlsx/read-workbook';
import type { WorkerRequest } from './check-worker';

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

const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xls']);
/** Below this many files, starting workers costs more than it saves. */
const PARALLEL_THRESHOLD = 40;
const BATCH = 8;

export interface CheckPathsOptions {
  /** Worker threads to use; default: available parallelism. 1 checks in this thread. */
  jobs?: number;
  onProgress?: (done: number, total: number, path: string) => void;
}

/** An input that does not exist: misuse, reported before any work. */
export class MissingInputError extends Error {
  readonly path: string;

  constructor(path: string) {
    super(`Không tìm thấy tệp hoặc thư mục: ${path}`);
    this.name = 'MissingInputError';
    this.path = path;
  }
}

const isLockFile = (name: string): boolean => name.startsWith('~$');

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile() && !isLockFile(entry.name) && WORKBOOK_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(path);
  }
}

/**
 * The files to check: folders expanded recursively to their .xlsx/.xlsm/.xls files (Office lock files "~$…" skipped),
 * files named explicitly kept whatever their extension; sorted, without repeats.
 * @throws MissingInputError for an input that does not exist.
 */
export function expandInputs(inputs: readonly string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    if (!existsSync(input)) throw new MissingInputError(input);
    if (statSync(input).isDirectory()) walk(input, out);
    else out.push(input);
  }
  return [...new Set(out)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function workerScript(): string | undefined {
  // Workers run the compiled script; under ts-jest (no .js beside this file) everything runs in this thread.
  const path = join(__dirname, 'check-worker.js');
  return existsSync(path) ? path : undefined;
}

function checkInProcess(paths: string[], onProgress: CheckPathsOptions['onProgress']): CheckedFile[] {
  return paths.map((path, i) => {
    const file = checkOneFile(path);
    onProgress?.(i + 1, paths.length, path);
    return file;
  });
}

function checkInWorkers(paths: string[], jobs: number, script: string, onProgress: CheckPathsOptions['onProgress']): Promise<CheckedFile[]> {
  return new Promise((resolve, reject) => {
    const results = new Array<CheckedFile>(paths.length);
    let next = 0;
    let done = 0;
    let live = 0;
    const workers: Worker[] = [];
    const send = (worker: Worker): void => {
      if (next >= paths.length) {
        worker.postMessage(null);
        return;
      }
      const indexes: number[] = [];
      for (let k = 0; k < BATCH && next < paths.length; k++) indexes.push(next++);
      const request: WorkerRequest = { indexes, paths: indexes.map((i) => paths[i]!) };
      worker.postMessage(request);
    };
    const fail = (error: unknown): void => {
      for (const w of workers) void w.terminate();
      reject(error);
    };
    for (let j = 0; j < jobs; j++) {
      const worker = new Worker(script);
      workers.push(worker);
      live++;
      worker.on('message', (answer: { indexes: number[]; files: CheckedFile[] }) => {
        answer.indexes.forEach((index, k) => {
          results[index] = answer.files[k]!;
          done++;
          onProgress?.(done, paths.length, paths[index]!);
        });
        send(worker);
      });
      worker.on('error', fail);
      worker.on('exit', () => {
        live--;
        if (live === 0) {
          if (done === paths.length) resolve(results);
          else reject(new Error('a worker stopped before checking every file'));
        }
      });
      send(worker);
    }
  });
}

/**
 * Checks every workbook under `inputs` (files or folders), in parallel worker threads when there are many.
 * Keeps one FileReport per file, in path order; unreadable files become UNREADABLE_FILE reports.
 * const files = await checkPaths(["nop-bao-cao/"], { onProgress: (n, m) => … });
 */
export async function checkPaths(inputs: readonly string[], opts: CheckPathsOptions = {}): Promise<CheckedFile[]> {
  const paths = expandInputs(inputs);
  const jobs = Math.max(1, Math.min(opts.jobs ?? availableParallelism(), Math.ceil(paths.length / BATCH)));
  const script = workerScript();
  if (jobs === 1 || paths.length <= PARALLEL_THRESHOLD || !script) return checkInProcess(paths, opts.onProgress);
  return checkInWorkers(paths, jobs, script, opts.onProgress);
}

/**
 * DUPLICATE_UNIT warnings: one per unit that several readable files claim (names matched by unitKey).
 * The newest file by modification time is the one that counts; `related` lists them all, oldest first.
 */
export function duplicateUnitIssues(files: readonly CheckedFile[]): Issue[] {
  const groups = new Map<string, CheckedFile[]>();
  for (const f of files) {
    if (f.meta.status !== 'ok' || !f.report.unit) continue;
    const key = unitKey(f.report.unit);
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  const issues: Issue[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const ordered = [...group].sort((a, b) => a.meta.mtimeMs - b.meta.mtimeMs || (a.meta.path < b.meta.path ? -1 : 1));
    const newest = ordered[ordered.length - 1]!;
    issues.push(toIssue({ code: 'DUPLICATE_UNIT', actual: newest.report.unit!, path: newest.meta.path, related: ordered.map((f) => f.meta.path) }));
  }
  return issues;
}
