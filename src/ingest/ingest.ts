/**
 * A batch: inputs → one dataset directory. Inputs are taken in sorted path order (input problems at their path's
 * place), run on a worker pool (`jobs`) and written in that order as their turn comes, so the output is the same
 * bytes whatever the number of jobs, and at most 2 × jobs results are held at once whatever the corpus size.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { openDatasetSink, type Totals } from '../emit/dataset-sink.js';
import { collectInputs, comparePaths, type InputProblem } from './inputs.js';
import { ingestFile, type IngestFileOptions } from './ingest-file.js';
import { INGEST_WORKER_URL } from './ingest-worker-url.js';
import type { WorkerAnswer, WorkerTask } from './ingest-worker.js';
import { orderedMap } from './ordered-map.js';
import { pipelineVersion } from './pipeline-version.js';
import { prepareFile, type PreparedFile } from './prepared-file.js';
import { WorkerPool } from './pool.js';
import { ResultCache } from './result-cache.js';
import { inShard, type Shard } from './shard.js';

export { DATASET_FILES, DATASET_VERSION, type Totals } from '../emit/dataset-sink.js';

export interface IngestOptions extends IngestFileOptions {
  /** Files and directories (walked recursively). */
  inputs: string[];
  /** Dataset directory, or '-' for items JSONL on `stdout`. */
  out: string;
  /** Where '-' writes (defaults to process.stdout). */
  stdout?: NodeJS.WritableStream;
  /** Files processed at once on worker threads; 1 runs in this thread. Default: os.availableParallelism(). */
  jobs?: number;
  /** Folder of cached per-file results (see result-cache.ts). */
  cache?: string;
  /** Take only this share of the inputs (see shard.ts). */
  shard?: Shard;
  /** Called after each input, in output order (progress display). */
  onProgress?: (progress: Progress) => void;
}

export interface Progress {
  /** Inputs written so far, of `total`. */
  done: number;
  total: number;
  items: number;
  bytes: number;
  /** Inputs answered from the cache. */
  cached: number;
}

export interface IngestResult {
  totals: Totals;
  /** 0 done (warnings allowed), 1 some input had errors. */
  exitCode: 0 | 1;
}

/** An input file, or a path that could not be taken as one (its problem). */
interface Unit {
  path: string;
  problem?: InputProblem;
}

interface Outcome {
  file?: PreparedFile;
  diagnostics: Diagnostic[];
  bytes: number;
  cached: boolean;
}

export async function ingest(options: IngestOptions): Promise<IngestResult> {
  const { files, problems } = await collectInputs(options.inputs);
  const units: Unit[] = [...files.map((path) => ({ path })), ...problems.map((problem) => ({ path: problem.file, problem }))]
    .filter((u) => !options.shard || inShard(u.path, options.shard))
    .sort((a, b) => comparePaths(a.path, b.path));
  const fileCount = units.filter((u) => !u.problem).length;
  const jobs = Math.min(Math.max(1, options.jobs ?? availableParallelism()), Math.max(1, fileCount));
  const fileOptions: IngestFileOptions = { limits: options.limits };
  const cache = options.cache ? new ResultCache(options.cache, `${pipelineVersion()}\0${JSON.stringify(fileOptions)}`) : undefined;
  const pool =
    jobs > 1
      ? new WorkerPool<WorkerTask, WorkerAnswer>({ script: INGEST_WORKER_URL, size: jobs, workerData: fileOptions, onCrash: (_, error) => ({ error: error.message }) })
      : undefined;
  const parse = async (path: string, bytes: Uint8Array): Promise<WorkerAnswer> => {
    if (!pool) {
      try {
        return { file: prepareFile(await ingestFile(path, bytes, fileOptions)) };
      } catch (error) {
        return { error: (error as Error).message };
      }
    }
    // The bytes move to the worker (no copy); a view into a shared buffer is copied out first.
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
    return pool.run({ path, bytes: own }, [own.buffer as ArrayBuffer]);
  };

  const runUnit = async (unit: Unit): Promise<Outcome> => {
    const none = { bytes: 0, cached: false };
    if (unit.problem) return { diagnostics: [{ source: 'input', ...unit.problem }], ...none };
    let bytes: Buffer;
    try {
      bytes = await readFile(unit.path);
    } catch (error) {
      // A file removed or unreadable since the walk: report it and go on with the batch.
      const message = `Cannot read ${unit.path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`;
      return { diagnostics: [{ file: unit.path, source: 'input', ruleId: 'input/unreadable', severity: 'error', message }], ...none };
    }
    const size = bytes.length;
    const sha256 = cache ? createHash('sha256').update(bytes).digest('hex') : '';
    const hit = cache && (await cache.get(unit.path, sha256));
    if (hit) return { file: hit, diagnostics: hit.diagnostics, bytes: size, cached: true };
    const answer = await parse(unit.path, bytes);
    if ('error' in answer) {
      const message = `Processing this file failed (${answer.error.split('\n')[0]}); the rest of the batch went on. Please report this file.`;
      return { diagnostics: [{ file: unit.path, source: 'ingest', ruleId: 'internal/worker-crash', severity: 'error', message }], bytes: size, cached: false };
    }
    if (cache) await cache.put(answer.file);
    return { file: answer.file, diagnostics: answer.file.diagnostics, bytes: size, cached: false };
  };

  const totals: Totals = { files: fileCount, items: 0, documents: 0, errors: 0, warnings: 0, infos: 0 };
  const progress: Progress = { done: 0, total: units.length, items: 0, bytes: 0, cached: 0 };
  const sink = await openDatasetSink(options.out, options.stdout);
  try {
    for await (const outcome of orderedMap(units, 2 * jobs, runUnit)) {
      for (const d of outcome.diagnostics) {
        if (d.severity === 'error') totals.errors++;
        else if (d.severity === 'warning') totals.warnings++;
        else totals.infos++;
        await sink.diagnostic(d);
      }
      if (outcome.file) {
        totals.items += outcome.file.items;
        totals.documents += outcome.file.documents;
        await sink.file(outcome.file.serialized);
      }
      progress.done++;
      progress.items = totals.items + totals.documents;
      progress.bytes += outcome.bytes;
      if (outcome.cached) progress.cached++;
      options.onProgress?.(progress);
    }
    await sink.commit(totals);
  } catch (error) {
    await sink.abort();
    throw error;
  } finally {
    await pool?.close();
  }
  return { totals, exitCode: totals.errors > 0 ? 1 : 0 };
}
