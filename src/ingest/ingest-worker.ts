/**
 * The worker-thread entry of the ingest pool: receives a path and its bytes (transferred, not copied, not re-read),
 * answers with the file's result, serialized (prepared-file.ts). Runs the built JS (dist/src/ingest/ingest-worker.js); see ingest-worker-url.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ingestFile, type IngestFileOptions } from './ingest-file.js';
import { prepareFile, type PreparedFile } from './prepared-file.js';

export interface WorkerTask {
  path: string;
  bytes: Uint8Array;
}

export type WorkerAnswer = { file: PreparedFile } | { error: string };

const options = (workerData ?? {}) as IngestFileOptions;

parentPort!.on('message', async (task: WorkerTask) => {
  let answer: WorkerAnswer;
  try {
    answer = { file: prepareFile(await ingestFile(task.path, task.bytes, options)) };
  } catch (error) {
    // ingestFile reports bad input as diagnostics; reaching here is a bug, reported for this file only.
    answer = { error: (error as Error).stack ?? String(error) };
  }
  parentPort!.postMessage(answer);
});
