/**
 * The worker-thread entry of the ingest pool: receives a path, answers with processFile's outcome (the file read,
 * parsed and serialized here). Runs the built JS (dist/src/ingest/ingest-worker.js); see ingest-worker-url.ts.
 */
import { readFileSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import { serveTasks } from './pool-worker.js';
import { processFile, transferables, type FileOutcome } from './process-file.js';
import { ResultCache } from './result-cache.js';
import type { IngestFileOptions } from './ingest-file.js';

export interface WorkerSetup {
  options: IngestFileOptions;
  cache?: { dir: string; salt: string };
}

const setup = workerData as WorkerSetup;
const cache = setup.cache ? new ResultCache(setup.cache.dir, setup.cache.salt) : undefined;

// Profiling showed workers idle half the time waiting on asynchronous reads; a worker has nothing else to do.
serveTasks<string, FileOutcome>((path) => processFile(path, setup.options, cache, readFileSync), transferables);
