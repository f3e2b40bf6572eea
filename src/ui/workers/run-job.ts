import type { ConsolidationInput } from '../../engine/consolidate/types';
import type { FileRow } from '../engine-api';
import { checkReceivedFile, finishConsolidation, readUnitList, provisionalRow, type JobEngine, type JobResult } from './consolidate-job';

export interface JobFile {
  name: string;
  size: number;
  lastModified: number;
  read(): Promise<Uint8Array>;
}

export interface JobHooks {
  /** Called with the rows of files checked since the last call, at most every `progressMs`. */
  progress(done: number, total: number, rows: FileRow[]): void;
  /** Between files: the inline runner yields to the UI here; the worker does not need to. */
  between?(): Promise<void>;
  cancelled(): boolean;
  progressMs?: number;
}

export class JobCancelled extends Error {
  constructor() {
    super('Đã dừng.');
    this.name = 'JobCancelled';
  }
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Reads and checks each file in turn, reporting progress, then consolidates: the worker's whole job. */
export async function runJob(
  engine: JobEngine,
  files: readonly JobFile[],
  unitList: JobFile | undefined,
  excludeErrors: boolean,
  hooks: JobHooks,
): Promise<JobResult & { seconds: number }> {
  const started = now();
  const every = hooks.progressMs ?? 50;
  const units = unitList ? readUnitList(engine, unitList.name, await unitList.read()) : undefined;
  const inputs: ConsolidationInput[] = [];
  let pending: FileRow[] = [];
  let last = now();
  for (let i = 0; i < files.length; i++) {
    if (hooks.cancelled()) throw new JobCancelled();
    const file = files[i]!;
    const input = await checkReceivedFile(engine, file, await file.read());
    inputs.push(input);
    pending.push(provisionalRow(i, input));
    if (now() - last >= every || i === files.length - 1) {
      hooks.progress(i + 1, files.length, pending);
      pending = [];
      last = now();
    }
    if (hooks.between) await hooks.between();
  }
  if (hooks.cancelled()) throw new JobCancelled();
  const result = finishConsolidation(engine, inputs, { excludeErrors, ...(units ? { units } : {}) });
  return { ...result, seconds: (now() - started) / 1000 };
}
