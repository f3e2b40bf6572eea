import { cpus } from 'node:os';
import { benchSection, hasGnuTime, megabytes, repeat, schoolFiles, seconds, type BenchRow } from './bench-utils';

const FILES = 600;
const TARGET_WALL_MS = 1500;
const TARGET_PEAK_MB = 250;

/** `bieu check` over 600 school workbooks, as a child process: wall (best, median of 3) and peak RSS. */
benchSection(`bieu check: ${FILES} school workbooks`, async () => {
  const dir = await schoolFiles(FILES);
  const run = repeat(['bin/bieu.js', 'check', dir, '--json']);
  const rows: BenchRow[] = [
    { what: 'files', value: String(FILES) },
    { what: 'CPU cores', value: String(cpus().length) },
    { what: 'wall, best of 3', value: seconds(run.bestMs), target: `≤ ${seconds(TARGET_WALL_MS)}`, ok: run.bestMs <= TARGET_WALL_MS },
    { what: 'wall, median of 3', value: seconds(run.medianMs), target: `≤ ${seconds(TARGET_WALL_MS)}`, ok: run.medianMs <= TARGET_WALL_MS },
    {
      what: `peak RSS (${hasGnuTime() ? '/usr/bin/time -v' : 'not measured: no /usr/bin/time'})`,
      value: megabytes(run.peakMB),
      target: `≤ ${TARGET_PEAK_MB} MB`,
      ...(run.peakMB !== undefined ? { ok: run.peakMB <= TARGET_PEAK_MB } : {}),
    },
    { what: 'exit statuses', value: run.statuses.join(', ') },
  ];
  return rows;
});
