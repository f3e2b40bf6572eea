import { cpus, loadavg } from 'node:os';
import './check-bench';
import './consolidate-bench';
import { formatTable, registeredSections, saveResults } from './bench-utils';

/**
 * npm run bench: each registered section (see bench-utils.benchSection) prints a table.
 * Other sections register by being imported above.
 */
async function main(): Promise<void> {
  // Other jobs on the machine slow wall times down: the load average says how busy it was.
  const out: string[] = [
    `Bieu benchmark, ${new Date().toISOString()}, ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`,
    '',
  ];
  process.stdout.write(`${out[0]}\n\n`);
  for (const section of registeredSections()) {
    const table = formatTable(section.name, await section.run());
    out.push(table);
    process.stdout.write(`${table}\n`);
  }
  const after = `load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`;
  out.push(after);
  process.stdout.write(`${after}\n`);
  saveResults(out.join('\n'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
