import type { FileRow } from '../engine-api';
import type { JobResult } from './consolidate-job';

/** A file sent to the worker: a browser File (cloned as a handle, read there) or its bytes. */
export type WorkerFile = Blob & { name: string; lastModified: number } | { name: string; size: number; lastModified: number; data: ArrayBuffer };

export interface RunMessage {
  type: 'run';
  runId: number;
  files: WorkerFile[];
  unitList?: WorkerFile;
  excludeErrors: boolean;
}

export type WorkerReply =
  | { type: 'progress'; runId: number; done: number; total: number; rows: FileRow[] }
  | { type: 'done'; runId: number; result: JobResult; seconds: number }
  | { type: 'failed'; runId: number; message: string };
