import { cpus } from 'node:os';
import { join } from 'node:path';
import { BENCH_DIR, benchSection, hasGnuTime, megabytes, repeat, runNode, schoolFiles, seconds, type BenchRow } from './bench-utils';

const PROVINCE = 612; // Lào Cai's number of schools
const TARGET_WALL_MS = 2000;
const TARGET_PEAK_MB = 300;
const GROWTH = [100, 1000, 5000];

const consolidateArgs = (dir: string, n: number): string[] => ['bin/bieu.js', 'consolidate', dir, '--out', join(BENCH_DIR, `tong-hop-${n}.xlsx`), '--force', '--json'];

/**
 * `bieu consolidate` as a child process: 612 school workbooks (wall best/median of 3, peak RSS), then how time
 * and peak memory grow from 100 to 1,000 to 5,000 workbooks (one run each after a warm-up).
 * Reading keeps reports, never workbooks, and the consolidated workbook is streamed, its long sheets' rows made as
 * they are written: memory grows with the reports kept (a few KB per unit), not with the workbooks.
 */
export async function runConsolidateBench(): Promise<BenchRow[]> {
  const memory = hasGnuTime() ? '/usr/bin/time -v' : 'not measured: no /usr/bin/time';
  const dir = await schoolFiles(PROVINCE);
  const run = repeat(consolidateArgs(dir, PROVINCE));
  const rows: BenchRow[] = [
    { what: 'CPU cores', value: String(cpus().length) },
    { what: `${PROVINCE} workbooks: wall, best of 3`, value: seconds(run.bestMs), target: `≤ ${seconds(TARGET_WALL_MS)}`, ok: run.bestMs <= TARGET_WALL_MS },
    { what: `${PROVINCE} workbooks: wall, median of 3`, value: seconds(run.medianMs), target: `≤ ${seconds(TARGET_WALL_MS)}`, ok: run.medianMs <= TARGET_WALL_MS },
    {
      what: `${PROVINCE} workbooks: peak RSS (${memory})`,
      value: megabytes(run.peakMB),
      target: `≤ ${TARGET_PEAK_MB} MB`,
      ...(run.peakMB !== undefined ? { ok: run.peakMB <= TARGET_PEAK_MB } : {}),
    },
    { what: `${PROVINCE} workbooks: exit statuses`, value: run.statuses.join(', ') },
  ];
  let previous: { n: number; ms: number } | undefined;
  for (const n of GROWTH) {
    const growthDir = await schoolFiles(n);
    runNode(consolidateArgs(growthDir, n)); // warm the file cache
    const r = runNode(consolidateArgs(growthDir, n));
    const perFile = r.wallMs / n;
    const growth = previous ? `, ×${(r.wallMs / previous.ms).toFixed(1)} time for ×${n / previous.n} files` : '';
    rows.push({ what: `${n} workbooks: wall`, value: `${seconds(r.wallMs)} (${perFile.toFixed(2)} ms per workbook${growth})` });
    rows.push({ what: `${n} workbooks: peak RSS`, value: megabytes(r.peakMB) + (r.status === 0 ? '' : ` (exit ${r.status})`) });
    previous = { n, ms: r.wallMs };
  }
  return rows;
}

benchSection(`bieu consolidate: ${PROVINCE} school workbooks, and growth to ${GROWTH[GROWTH.length - 1]}`, runConsolidateBench);
