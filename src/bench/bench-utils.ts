import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateSchools } from '../samples/generate-district';
import { writeGeneratedFile } from '../samples/write-sample-district';

/** The repository root (dist/bench/.. /..). */
export const ROOT = resolve(__dirname, '../..');
export const BENCH_DIR = join(ROOT, '.bench');
const TIME = '/usr/bin/time';

/** One line of a results table. */
export interface BenchRow {
  what: string;
  value: string;
  target?: string;
  ok?: boolean;
}

type Section = { name: string; run: () => Promise<BenchRow[]> };
const sections: Section[] = [];

/** Registers a benchmark section; run-bench.ts runs them in order and prints one table each. */
export function benchSection(name: string, run: () => Promise<BenchRow[]>): void {
  sections.push({ name, run });
}

export function registeredSections(): readonly Section[] {
  return sections;
}

/**
 * `n` generated school workbooks in .bench/schools-<n>-<seed>/, generated once and reused.
 * The folder is written under a temporary name and renamed, so an interrupted run leaves no half set.
 */
export async function schoolFiles(n: number, seed = 'bench'): Promise<string> {
  const dir = join(BENCH_DIR, `schools-${n}-${seed}`);
  if (existsSync(dir) && readdirSync(dir).filter((f) => f.endsWith('.xlsx')).length === n) return dir;
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  for (const f of await generateSchools(n, seed)) writeGeneratedFile(tmp, f);
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return dir;
}

export interface CommandRun {
  wallMs: number;
  /** Peak resident set of the process tree in MB, when measurable. */
  peakMB: number | undefined;
  /** User + system CPU time of the process (all its threads), when measurable. */
  cpuMs: number | undefined;
  status: number | null;
}

export const hasGnuTime = (): boolean => existsSync(TIME);

/**
 * Runs `node <args>` once with stdout discarded. Wall time is measured here; peak RSS by GNU time -v
 * ("Maximum resident set size": the largest RSS of the process, worker threads included since they share it).
 */
export function runNode(args: string[]): CommandRun {
  const useTime = hasGnuTime();
  const cmd = useTime ? TIME : process.execPath;
  const cmdArgs = useTime ? ['-v', process.execPath, ...args] : args;
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, cmdArgs, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const err = r.stderr ?? '';
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(err)?.[1];
  const user = /User time \(seconds\): ([\d.]+)/.exec(err)?.[1];
  const sys = /System time \(seconds\): ([\d.]+)/.exec(err)?.[1];
  const cpuMs = user !== undefined && sys !== undefined ? (Number(user) + Number(sys)) * 1000 : undefined;
  return { wallMs, peakMB: kb ? Number(kb) / 1024 : undefined, cpuMs, status: r.status };
}

export interface RepeatedRun {
  bestMs: number;
  medianMs: number;
  peakMB: number | undefined;
  /** Median CPU time (user + system). */
  cpuMs: number | undefined;
  statuses: Array<number | null>;
}

/** Runs a command `times` times (after one warm-up for the file cache): best and median wall, highest peak. */
export function repeat(args: string[], times = 3): RepeatedRun {
  runNode(args);
  const runs = Array.from({ length: times }, () => runNode(args));
  const walls = runs.map((r) => r.wallMs).sort((a, b) => a - b);
  const peaks = runs.map((r) => r.peakMB).filter((p): p is number => p !== undefined);
  const cpus = runs.map((r) => r.cpuMs).filter((c): c is number => c !== undefined).sort((a, b) => a - b);
  return {
    cpuMs: cpus.length ? cpus[Math.floor(cpus.length / 2)] : undefined,
    bestMs: walls[0]!,
    medianMs: walls[Math.floor(walls.length / 2)]!,
    peakMB: peaks.length ? Math.max(...peaks) : undefined,
    statuses: runs.map((r) => r.status),
  };
}

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
export const megabytes = (mb: number | undefined): string => (mb === undefined ? 'n/a' : `${Math.round(mb)} MB`);

/** A small fixed-width table. */
export function formatTable(title: string, rows: readonly BenchRow[]): string {
  const head = ['', 'value', 'target', ''];
  const body = rows.map((r) => [r.what, r.value, r.target ?? '', r.ok === undefined ? '' : r.ok ? 'ok' : 'MISSED']);
  const widths = head.map((h, c) => Math.max(h.length, ...body.map((b) => b[c]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [`## ${title}`, line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line), ''].join('\n');
}

/** Appends the figures to .bench/results.md as well, for the README. */
export function saveResults(text: string): void {
  mkdirSync(BENCH_DIR, { recursive: true });
  writeFileSync(join(BENCH_DIR, 'results.md'), text);
}
