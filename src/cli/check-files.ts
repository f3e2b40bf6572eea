import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { inflateRawSync } from 'node:zlib';
import type { Issue } from '../engine/issues';
import { checkWorkbook } from '../engine/check-workbook';
import { QD131 } from '../engine/form/qd131';
import type { FormDefinition } from '../engine/form/schema';
import { peerIssues } from '../engine/peers';
import { toIssue } from '../engine/messages';
import { unreadableReport, type FileReport } from '../engine/report';
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


/** Node's native inflater: several times faster than fflate's JavaScript one. */
const nativeInflateRaw = (data: Uint8Array): Uint8Array => inflateRawSync(data);

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
    const grid = readWorkbookBytes(bytes, { inflateRaw: nativeInflateRaw });
    const report = checkWorkbook(grid, { path });
    return { report, meta: { path, size, mtimeMs, sha256, status: report.template === null ? 'foreign' : 'ok' } };
  } catch (error) {
    return { report: unreadableReport(path, reasonOf(error)), meta: { path, size, mtimeMs, sha256, status: 'unreadable' } };
  }
}

const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xls']);
/**
 * Below this many files a second thread cannot pay back its start (engine load and JIT warm-up, about 0.5 s of CPU,
 * while one warm thread checks a file in about 0.5 ms; V8 already compiles and collects garbage on the other core).
 */
const PARALLEL_THRESHOLD = 300;
const BATCH = 8;

/**
 * Threads worth using now: this one, plus one per core that other programs leave idle (by the 1-minute load average).
 * Each extra thread pays the engine's load and JIT warm-up again (about half a second of CPU), which only pays back
 * when it gets a core of its own; on a busy machine one thread finishes sooner. (loadavg is 0 on Windows: all cores.)
 */
export function defaultJobs(): number {
  const cores = availableParallelism();
  const idle = Math.floor(cores - loadavg()[0]! + 0.25);
  return Math.max(1, Math.min(cores, 1 + idle));
}

export interface CheckPathsOptions {
  /** Threads to use, this one included; default: defaultJobs(). 1 checks in this thread only. */
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

function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function statSyncOrUndefined(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function walk(dir: string, out: string[], visited: Set<string>): void {
  // A link back to a parent folder must not loop.
  const real = realpathSync(dir);
  if (visited.has(real)) return;
  visited.add(real);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    // Symbolic links count as what they point at (a link to a missing file is skipped).
    const target = entry.isSymbolicLink() ? statSyncOrUndefined(path) : entry;
    if (!target) continue;
    if (target.isDirectory()) walk(path, out, visited);
    else if (target.isFile() && !isLockFile(entry.name) && WORKBOOK_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(path);
  }
}

/**
 * The files to check: folders expanded recursively to their .xlsx/.xlsm/.xls files (Office lock files "~$…" skipped),
 * files named explicitly kept whatever their extension; sorted, without repeats.
 * @throws MissingInputError for an input that does not exist.
 */
export function expandInputs(inputs: readonly string[]): string[] {
  const out: string[] = [];
  const visited = new Set<string>();
  for (const input of inputs) {
    if (!existsSync(input)) throw new MissingInputError(input);
    if (statSync(input).isDirectory()) walk(normalize(input), out, visited);
    else out.push(normalize(input));
  }
  // The same file reached twice ("a/x.xlsx" and "./a/x.xlsx", or through a link) is checked once,
  // under the spelling that sorts first.
  out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const seen = new Set<string>();
  return out.filter((p) => {
    const key = realpathOr(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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

/**
 * This thread and `helpers` worker threads take batches of paths from one queue until it is empty.
 * This thread works too: each thread pays the engine's load and JIT warm-up, so one fewer thread is cheaper.
 */
function checkInThreads(paths: string[], helpers: number, script: string, onProgress: CheckPathsOptions['onProgress']): Promise<CheckedFile[]> {
  return new Promise((resolve, reject) => {
    const results = new Array<CheckedFile>(paths.length);
    let next = 0;
    let done = 0;
    let settled = false;
    const workers: Worker[] = [];
    const take = (size: number): number[] => {
      const indexes: number[] = [];
      for (let k = 0; k < size && next < paths.length; k++) indexes.push(next++);
      return indexes;
    };
    const record = (index: number, file: CheckedFile): void => {
      results[index] = file;
      done++;
      onProgress?.(done, paths.length, paths[index]!);
      if (done === paths.length && !settled) {
        settled = true;
        for (const w of workers) w.postMessage(null);
        resolve(results);
      }
    };
    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      reject(error);
    };
    const feed = (worker: Worker): void => {
      const indexes = take(BATCH);
      if (indexes.length === 0) return;
      const request: WorkerRequest = { indexes, paths: indexes.map((i) => paths[i]!) };
      worker.postMessage(request);
    };
    for (let j = 0; j < helpers; j++) {
      const worker = new Worker(script);
      workers.push(worker);
      worker.on('message', (answer: { indexes: number[]; files: CheckedFile[] }) => {
        answer.indexes.forEach((index, k) => record(index, answer.files[k]!));
        feed(worker);
      });
      worker.on('error', fail);
      worker.on('exit', () => {
        if (!settled) fail(new Error('a worker stopped before checking every file'));
      });
      feed(worker);
    }
    // This thread checks one file per turn of the event loop, so workers' answers are handled between files.
    const step = (): void => {
      if (settled) return;
      const [index] = take(1);
      if (index === undefined) return;
      try {
        record(index, checkOneFile(paths[index]!));
      } catch (error) {
        fail(error);
        return;
      }
      setImmediate(step);
    };
    setImmediate(step);
  });
}

/**
 * Checks every workbook under `inputs` (files or folders), in parallel worker threads when there are many.
 * Keeps one FileReport per file, in path order; unreadable files become UNREADABLE_FILE reports.
 * const files = await checkPaths(["nop-bao-cao/"], { onProgress: (n, m) => … });
 */
export async function checkPaths(inputs: readonly string[], opts: CheckPathsOptions = {}): Promise<CheckedFile[]> {
  const paths = expandInputs(inputs);
  const jobs = Math.max(1, Math.min(opts.jobs ?? defaultJobs(), Math.ceil(paths.length / BATCH)));
  const script = workerScript();
  // An explicit number of threads is obeyed; the default uses threads only for sets large enough to pay.
  const threaded = jobs > 1 && script !== undefined && (opts.jobs !== undefined || paths.length > PARALLEL_THRESHOLD);
  if (!threaded) return checkInProcess(paths, opts.onProgress);
  return checkInThreads(paths, jobs - 1, script, opts.onProgress);
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

/**
 * IMPLAUSIBLE (reason "peers") warnings for figures far from those of units of the same level (src/engine/peers),
 * over the files that could be read as the form.
 */
export function peerCheckIssues(files: readonly CheckedFile[], form: FormDefinition = QD131): Issue[] {
  return peerIssues(
    files.filter((f) => f.meta.status === 'ok').map((f) => f.report),
    form,
  );
}

/** Issues about several files, the top-level "issues" of `bieu check --json`: duplicates, then figures far from their peers. */
export const runIssues = (files: readonly CheckedFile[]): Issue[] => [...duplicateUnitIssues(files), ...peerCheckIssues(files)];
