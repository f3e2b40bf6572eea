import type { ConsolidationOutcome, ConsolidationProgress, ConsolidationRequest, ConsolidationRunner, ReceivedFile } from '../engine-api';
import type { JobEngine } from './consolidate-job';
import type { RunMessage, WorkerFile, WorkerReply } from './protocol';
import { JobCancelled, runJob, type JobFile } from './run-job';
import { yieldToUi } from '../base64';

const isBlob = (f: ReceivedFile): f is ReceivedFile & Blob => typeof Blob !== 'undefined' && f instanceof Blob;

async function toWorkerFile(f: ReceivedFile): Promise<WorkerFile> {
  if (isBlob(f)) return f as WorkerFile;
  return { name: f.name, size: f.size, lastModified: f.lastModified, data: await f.arrayBuffer() };
}

/** Runs consolidation in a Web Worker loaded from `workerUrl`; a new worker per run, terminated on cancel. */
export function createWorkerRunner(workerUrl: string | URL): ConsolidationRunner {
  let worker: Worker | undefined;
  let reject: ((e: Error) => void) | undefined;
  let runId = 0;
  const stop = (): void => {
    worker?.terminate();
    worker = undefined;
  };
  return {
    async run(request: ConsolidationRequest, onProgress: (p: ConsolidationProgress) => void): Promise<ConsolidationOutcome> {
      stop();
      reject?.(new JobCancelled());
      const id = ++runId;
      const files = await Promise.all(request.files.map(toWorkerFile));
      const message: RunMessage = { type: 'run', runId: id, files, excludeErrors: request.excludeErrors };
      if (request.unitList) message.unitList = await toWorkerFile(request.unitList);
      const w = new Worker(workerUrl);
      worker = w;
      return new Promise<ConsolidationOutcome>((resolve, rej) => {
        reject = rej;
        w.onmessage = (e: MessageEvent<WorkerReply>) => {
          const reply = e.data;
          if (reply.runId !== id) return;
          if (reply.type === 'progress') onProgress({ done: reply.done, total: reply.total, rows: reply.rows });
          else if (reply.type === 'done') {
            stop();
            resolve({ ...reply.result, seconds: reply.seconds });
          } else {
            stop();
            rej(new Error(reply.message));
          }
        };
        w.onerror = (e) => {
          stop();
          rej(new Error(e.message || 'Worker error'));
        };
        w.postMessage(message);
      });
    },
    cancel() {
      runId++;
      stop();
      reject?.(new JobCancelled());
      reject = undefined;
    },
  };
}

/**
 * The fallback where Web Workers are unavailable: the same job on the UI thread,
 * yielding between files so the page keeps painting and answering.
 */
export function createInlineRunner(loadEngine: () => Promise<JobEngine>): ConsolidationRunner {
  let runId = 0;
  return {
    async run(request, onProgress) {
      const id = ++runId;
      const engine = await loadEngine();
      const jobFile = (f: ReceivedFile): JobFile => ({
        name: f.name,
        size: f.size,
        lastModified: f.lastModified,
        read: async () => new Uint8Array(await f.arrayBuffer()),
      });
      const result = await runJob(engine, request.files.map(jobFile), request.unitList ? jobFile(request.unitList) : undefined, request.excludeErrors, {
        progress: (done, total, rows) => onProgress({ done, total, rows }),
        between: yieldToUi,
        cancelled: () => id !== runId,
        progressMs: 100,
      });
      return result;
    },
    cancel() {
      runId++;
    },
  };
}

/** A worker where the platform has them, else the yielding fallback. */
export function createConsolidationRunner(workerUrl: string | URL, loadEngine: () => Promise<JobEngine>): ConsolidationRunner {
  return typeof Worker === 'function' ? createWorkerRunner(workerUrl) : createInlineRunner(loadEngine);
}

/** The worker bundle sits beside the page (webpack entry "consolidate-worker"). */
export const workerUrlBesidePage = (): URL => new URL('consolidate-worker.js', document.baseURI);
