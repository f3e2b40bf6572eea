import { cpus } from 'node:os';
import { benchSection, hasGnuTime, megabytes, repeat, schoolFiles, seconds, type BenchRow } from './bench-utils';

const FILES = 600;
const TARGET_WALL_MS = 1500;
const TARGET_PEAK_MB = 250;

const cpu = (ms: number | undefined): string => (ms === undefined ? 'n/a' : seconds(ms));

/**
 * `bieu check` over 600 school workbooks, as a child process: wall (best, median of 3), CPU time and peak RSS,
 * with the default thread choice (which looks at the load average) and with 2 and 1 threads forced.
 */
benchSection(`bieu check: ${FILES} school workbooks`, async () => {
  const dir = await schoolFiles(FILES);
  const peakHow = hasGnuTime() ? '/usr/bin/time -v, max RSS of the process (worker threads share it)' : 'not measured: no /usr/bin/time';
  const rows: BenchRow[] = [
    { what: 'files', value: String(FILES) },
    { what: 'CPU cores', value: String(cpus().length) },
    { what: 'peak RSS measured by', value: peakHow },
  ];
  const variants: Array<[string, string[]]> = [
    ['default threads', []],
    ['--jobs 2', ['--jobs', '2']],
    ['--jobs 1', ['--jobs', '1']],
  ];
  for (const [label, extra] of variants) {
    const run = repeat(['bin/bieu.js', 'check', dir, '--json', ...extra]);
    const targeted = label === 'default threads';
    rows.push(
      { what: `${label}: wall, best of 3`, value: seconds(run.bestMs), ...(targeted ? { target: `≤ ${seconds(TARGET_WALL_MS)}`, ok: run.bestMs <= TARGET_WALL_MS } : {}) },
      { what: `${label}: wall, median of 3`, value: seconds(run.medianMs), ...(targeted ? { target: `≤ ${seconds(TARGET_WALL_MS)}`, ok: run.medianMs <= TARGET_WALL_MS } : {}) },
      { what: `${label}: CPU user + sys (median)`, value: cpu(run.cpuMs) },
      {
        what: `${label}: peak RSS`,
        value: megabytes(run.peakMB),
        ...(targeted ? { target: `≤ ${TARGET_PEAK_MB} MB`, ...(run.peakMB !== undefined ? { ok: run.peakMB <= TARGET_PEAK_MB } : {}) } : {}),
      },
      { what: `${label}: exit statuses`, value: run.statuses.join(', ') },
    );
  }
  return rows;
});
