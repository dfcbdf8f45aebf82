/**
 * A batch: inputs → one dataset directory. Inputs are taken in sorted path order (input problems at their path's
 * place), run on a worker pool (`jobs`) and written in that order as their turn comes, so the output is the same
 * bytes whatever the number of jobs, and at most 4 × jobs results are held at once whatever the corpus size: twice
 * what the workers hold (two each, see pool.ts), so that a worker that is done can take a file not queued behind a
 * slow one; with --jobs 1, one. After the last input, the notices the files listed are matched to the files read (src/link/), and the
 * sink gives the attachments' items their notice as it commits (emit/item-stage.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Severity, type Diagnostic } from '../../schemas/diagnostic.js';
import { openDatasetSink, type ItemFormat, type Totals } from '../emit/dataset-sink.js';
import type { EncodedFile } from '../emit/encoded-file.js';
import { UsageError } from '../usage-error.js';
import { collectInputs, comparePaths, type InputProblem, type InputSelection, type SkipReason } from './inputs.js';
import { DEFAULT_LIMITS, type IngestFileOptions } from './ingest-file.js';
import { INGEST_WORKER_URL } from './ingest-worker-url.js';
import type { WorkerSetup } from './ingest-worker.js';
import { orderedMap } from './ordered-map.js';
import { pipelineVersion } from './pipeline-version.js';
import { workerCount, workerResourceLimits } from './worker-limits.js';
import { processFile, type FileOutcome, type FileSummary } from './process-file.js';
import { WorkerPool } from './pool.js';
import { runsAlone } from './heavy-input.js';
import { ResultCache } from './result-cache.js';
import { prepareOutputDir } from '../output-path.js';
import { FIRST_ERRORS } from './first-errors.js';
import { inShard, shardFolder, type Shard, type ShardRecord } from './shard.js';
import { linkAttachments } from '../link/match-attachments.js';
import type { NoticeRef } from '../link/notice-ref.js';

export { DATASET_FILES, DATASET_VERSION, type Totals } from '../emit/dataset-sink.js';

export interface IngestOptions extends IngestFileOptions, Pick<InputSelection, 'include' | 'exclude' | 'stdin'> {
  /** Files, directories (walked recursively), unexpanded globs, `-` (paths on stdin), `@list` (a list file). */
  inputs: string[];
  /** Dataset directory, or '-' for items JSONL on `stdout`. */
  out: string;
  /** Where '-' writes (defaults to process.stdout). */
  stdout?: NodeJS.WritableStream;
  /**
   * Files processed at once on worker threads; 1 runs in this thread. Default: os.availableParallelism(). Capped by
   * the cores and the free memory (see worker-limits.ts); the cap is said through `onWarning`.
   */
  jobs?: number;
  /** Problems that are not the inputs' (a cache entry that could not be used, --jobs lowered). Default: stderr. */
  onWarning?: (message: string) => void;
  /** Folder of cached per-file results (see result-cache.ts). */
  cache?: string;
  /** Take only this share of the inputs (see shard.ts). */
  shard?: Shard;
  /** With `shard`: write into `out/shard=i-of-n/`, so that the shards' folders read as one partitioned dataset. */
  partition?: boolean;
  /** Item files to write (default items.jsonl and items.csv); files.jsonl and report.json are always written. */
  formats?: readonly ItemFormat[];
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
  /** The dataset directory written (`out`, or its shard folder with `partition`). */
  out: string;
  /** Workers used (1: this thread). */
  jobs: number;
  /** 0 done (warnings allowed), 1 some input had errors. */
  exitCode: 0 | 1;
  /** Inputs taken (files, and paths that could not be taken as one): the progress line's total. */
  inputs: number;
  /** What the folder walk passed over, by reason. */
  skipped: Record<SkipReason, number>;
  /** Inputs that gave no item or document, and their reasons (rule id → inputs), commonest first. */
  empty: { inputs: number; reasons: Array<{ ruleId: string; inputs: number }> };
  /** The first FIRST_ERRORS error diagnostics, in output order (all of them are in report.json). */
  firstErrors: Diagnostic[];
}

/** An input file, or a path that could not be taken as one (its problem). */
interface Unit {
  path: string;
  problem?: InputProblem;
}

interface Outcome {
  path: string;
  file?: FileSummary;
  /** The documents of the file that list attachments. */
  notices: NoticeRef[];
  encoded?: EncodedFile;
  /** Diagnostics of a unit that gave no file result (a file's own are in `encoded`). */
  diagnostics: Diagnostic[];
  bytes: number;
  cached: boolean;
}

export async function ingest(options: IngestOptions): Promise<IngestResult> {
  const out = datasetDir(options);
  // Before any work: a wrong output path is the user's mistake, said in one line (and no worker is started yet).
  if (out !== '-') await prepareOutputDir(out);
  if (options.cache) await prepareOutputDir(options.cache, '--cache');
  const outputs = [...(options.out === '-' ? [] : [options.out]), ...(options.cache ? [options.cache] : [])];
  const { files, problems, skipped } = await collectInputs(options.inputs, { include: options.include, exclude: options.exclude, stdin: options.stdin, outputs });
  const units: Unit[] = [...files.map((path) => ({ path })), ...problems.map((problem) => ({ path: problem.file, problem }))]
    .filter((u) => !options.shard || inShard(u.path, options.shard))
    .sort((a, b) => comparePaths(a.path, b.path));
  const fileCount = units.filter((u) => !u.problem).length;
  const warn = options.onWarning ?? ((message: string) => process.stderr.write(`catalog: warning: ${message}\n`));
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const allowed = workerCount(options.jobs, limits);
  if (allowed.note) warn(allowed.note);
  const jobs = Math.min(allowed.jobs, Math.max(1, fileCount));
  const fileOptions: IngestFileOptions = { limits: options.limits };
  const cacheSetup = options.cache ? { dir: options.cache, salt: `${pipelineVersion()}\0${JSON.stringify(fileOptions)}` } : undefined;
  const cache = cacheSetup && new ResultCache(cacheSetup.dir, cacheSetup.salt);
  const setup: WorkerSetup = { options: fileOptions, cache: cacheSetup };
  const pool =
    jobs > 1
      ? new WorkerPool<string, FileOutcome>({
          script: INGEST_WORKER_URL,
          size: jobs,
          workerData: setup,
          resourceLimits: workerResourceLimits(limits),
          onCrash: (_, error) => ({ crash: error.message }),
          alone: runsAlone,
        })
      : undefined;

  const runUnit = async (unit: Unit): Promise<Outcome> => {
    if (unit.problem) return { path: unit.path, diagnostics: [{ source: 'input', ...unit.problem }], notices: [], bytes: 0, cached: false };
    const outcome = pool ? await pool.run(unit.path) : await processFile(unit.path, fileOptions, cache, readFileSync);
    if ('unreadable' in outcome) {
      const message = `Cannot read ${unit.path}: ${outcome.unreadable}.`;
      return { path: unit.path, diagnostics: [{ file: unit.path, source: 'input', ruleId: 'input/unreadable', severity: 'error', message }], notices: [], bytes: 0, cached: false };
    }
    if ('crash' in outcome) {
      const message = `Processing this file failed (${outcome.crash.split('\n')[0]}); the rest of the batch went on. Please report this file.`;
      return { path: unit.path, diagnostics: [{ file: unit.path, source: 'ingest', ruleId: 'internal/worker-crash', severity: 'error', message }], notices: [], bytes: 0, cached: false };
    }
    if (outcome.warning) warn(outcome.warning);
    return { path: unit.path, file: outcome.file, encoded: outcome.encoded, notices: outcome.notices, diagnostics: [], bytes: outcome.bytes, cached: outcome.cached };
  };

  const totals: Totals = { files: fileCount, items: 0, documents: 0, errors: 0, warnings: 0, infos: 0 };
  const progress: Progress = { done: 0, total: units.length, items: 0, bytes: 0, cached: 0 };
  const firstErrors: Diagnostic[] = [];
  const emptyReasons = new Map<string, number>();
  // What linking needs of the whole batch: the notices' attachment lists and the paths of the files read (small per
  // input; the items themselves stay on disk until commit, see emit/item-stage.ts).
  const notices: NoticeRef[] = [];
  const linkable: string[] = [];
  const sink = await openDatasetSink(out, options.stdout, options.formats);
  try {
    // In this thread a file starts once the one before is written: its parsers await, and at each await the next
    // files of a window would go on, so that huge tables were parsed at once while the outputs before were still
    // held (125,000 rows × 3: 1.25 GiB where one alone peaks at 0.85).
    for await (const outcome of orderedMap(units, pool ? 4 * jobs : 1, runUnit)) {
      for (const d of outcome.diagnostics) {
        count(totals, d.severity, 1);
        await sink.diagnostic(d);
      }
      const empty = !outcome.file || outcome.file.items + outcome.file.documents === 0;
      const wantErrors = firstErrors.length < FIRST_ERRORS && (outcome.file?.severities.error ?? 0) > 0;
      // A file's diagnostics come serialized; they are read back only for the few files the summary talks about.
      const diagnostics = outcome.file && (empty || wantErrors) ? decodeDiagnostics(outcome.encoded!) : outcome.diagnostics;
      for (const d of diagnostics) if (d.severity === 'error' && firstErrors.length < FIRST_ERRORS) firstErrors.push(d);
      if (empty) {
        const reason = emptyReason(diagnostics);
        emptyReasons.set(reason, (emptyReasons.get(reason) ?? 0) + 1);
      }
      if (outcome.file) {
        totals.items += outcome.file.items;
        totals.documents += outcome.file.documents;
        for (const severity of Severity.options) count(totals, severity, outcome.file.severities[severity]);
        await sink.file(outcome.encoded!, outcome.path);
        notices.push(...outcome.notices);
        linkable.push(outcome.path);
      }
      progress.done++;
      progress.items = totals.items + totals.documents;
      progress.bytes += outcome.bytes;
      if (outcome.cached) progress.cached++;
      options.onProgress?.(progress);
    }
    const links = linkAttachments(notices, linkable);
    for (const d of links.diagnostics) count(totals, d.severity, 1);
    await sink.commit(totals, options.shard && shardRecord(options.shard, fileOptions), links);
  } catch (error) {
    await sink.abort();
    throw error;
  } finally {
    await pool?.close();
  }
  const reasons = [...emptyReasons].map(([ruleId, inputs]) => ({ ruleId, inputs })).sort((a, b) => b.inputs - a.inputs || comparePaths(a.ruleId, b.ruleId));
  return {
    totals,
    out,
    jobs,
    exitCode: totals.errors > 0 ? 1 : 0,
    inputs: units.length,
    skipped,
    empty: { inputs: reasons.reduce((n, r) => n + r.inputs, 0), reasons },
    firstErrors,
  };
}

function datasetDir({ out, shard, partition, formats }: IngestOptions): string {
  // Standard output carries the JSONL items alone (the other files are dropped); Parquet asked for there would be lost.
  if (out === '-' && formats?.includes('parquet')) {
    throw new UsageError(`--out - streams items as JSONL; --format ${formats.join(',')} needs a dataset directory.`);
  }
  if (!partition) return out;
  if (!shard || out === '-') throw new UsageError('--partition needs --shard i/n and a dataset directory (--out DIR).');
  return join(out, shardFolder(shard));
}

/** What a shard records so that `merge` can refuse shares of different runs: its share, the pipeline and options. */
function shardRecord(shard: Shard, options: IngestFileOptions): ShardRecord {
  return { index: shard.index, count: shard.count, pipeline: pipelineVersion(), options: { limits: { ...DEFAULT_LIMITS, ...options.limits } } };
}

function decodeDiagnostics(encoded: EncodedFile): Diagnostic[] {
  return encoded.diagnosticCount === 0 ? [] : (JSON.parse(`[${Buffer.concat(encoded.diagnostics).toString('utf8')}]`) as Diagnostic[]);
}

/** Why an input gave nothing: its first error, else what the parsing stage said, else its first diagnostic. */
function emptyReason(diagnostics: readonly Diagnostic[]): string {
  const reason =
    diagnostics.find((d) => d.severity === 'error') ?? diagnostics.find((d) => d.ruleId.startsWith('parse/')) ?? diagnostics[0];
  return reason?.ruleId ?? '(no diagnostic)';
}

function count(totals: Totals, severity: Severity, n: number): void {
  if (severity === 'error') totals.errors += n;
  else if (severity === 'warning') totals.warnings += n;
  else totals.infos += n;
}
