import { parentPort } from 'node:worker_threads';
import { checkOneFile } from './check-files';

/**
 * Worker side of checkPaths: receives batches of paths, answers with their CheckedFile (reports only,
 * never workbooks), and asks for more by answering.
 */
export interface WorkerRequest {
  indexes: number[];
  paths: string[];
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (request: WorkerRequest | null) => {
    if (request === null) {
      port.close();
      return;
    }
    const files = request.paths.map((path) => checkOneFile(path));
    port.postMessage({ indexes: request.indexes, files });
  });
}
