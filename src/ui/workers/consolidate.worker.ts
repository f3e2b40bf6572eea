/// <reference lib="webworker" />
import { JOB_ENGINE } from './job-engine';
import { runJob, type JobFile } from './run-job';
import type { RunMessage, WorkerFile, WorkerReply } from './protocol';

/**
 * Reads, checks and consolidates received workbooks off the task pane's UI thread:
 * Office restarts an add-in that is unresponsive for 5 s, and the web page must stay usable.
 */
const scope = self as unknown as { onmessage: ((e: MessageEvent<RunMessage>) => void) | null; postMessage(m: WorkerReply): void };
let current = 0;

const jobFile = (f: WorkerFile): JobFile => ({
  name: f.name,
  size: 'data' in f ? f.data.byteLength : f.size,
  lastModified: f.lastModified,
  read: async () => new Uint8Array('data' in f ? f.data : await f.arrayBuffer()),
});

scope.onmessage = (event) => {
  const msg = event.data;
  if (msg.type !== 'run') return;
  current = msg.runId;
  const runId = msg.runId;
  runJob(JOB_ENGINE, msg.files.map(jobFile), msg.unitList ? jobFile(msg.unitList) : undefined, msg.excludeErrors, {
    progress: (done, total, rows) => scope.postMessage({ type: 'progress', runId, done, total, rows }),
    cancelled: () => current !== runId,
  })
    .then(({ seconds, ...result }) => scope.postMessage({ type: 'done', runId, result, seconds }))
    .catch((e: unknown) => scope.postMessage({ type: 'failed', runId, message: e instanceof Error ? e.message : String(e) }));
};
