/**
 * `catalog merge`: combines datasets written by shard runs (`ingest --shard i/n`) into exactly the dataset one run
 * over all inputs would have written. It refuses, saying which folder, anything else: a folder that is no dataset or
 * no shard, shares of different runs (share counts, pipeline versions or options that differ), a share given twice or
 * missing. Every stream of a dataset is in path order, so the merge is a streaming k-way
 * merge by path (memory does not grow with the datasets), written through the same sink as `ingest`; totals are
 * recomputed from what is merged (the file count, which includes unreadable files, is summed).
 *
 * A notice and the files it attaches may lie in different shares, so each share linked only what it held. The merge
 * links again over all shares, as one run does (src/link/): a first streaming pass reads every share's notices and
 * file paths, then each item gets the context the whole set gives it (a share's context is replaced) and the shares'
 * linking diagnostics are replaced by the whole set's.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { CatalogItem } from '../../schemas/catalog-item.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { DATASET_FILES, DATASET_VERSION, openDatasetSink, type Totals } from '../emit/dataset-sink.js';
import type { FileRecord } from './ingest-file.js';
import { comparePaths } from './inputs.js';
import { FIRST_ERRORS } from './first-errors.js';
import type { ShardRecord } from './shard.js';
import { DatasetError, openDataset, type DatasetRead } from '../dataset/read.js';
import { prepareOutputDir } from '../output-path.js';
import { UsageError } from '../usage-error.js';
import { withNoticeContext } from '../link/item-context.js';
import { linkAttachments, LINK_SOURCE, type AttachmentLinks } from '../link/match-attachments.js';
import { noticeRefOfLine, type NoticeRef } from '../link/notice-ref.js';

export interface MergeResult {
  totals: Totals;
  exitCode: 0 | 1;
  /** The first FIRST_ERRORS error diagnostics, in output order (all of them are in report.json). */
  firstErrors: Diagnostic[];
}

export async function mergeDatasets(dirs: string[], out: string): Promise<MergeResult> {
  const heads: Head[] = [];
  // Each shard's files are read from the generation current when the merge began, even if a run switches it meanwhile.
  const shards: DatasetRead[] = [];
  for (const dir of dirs) {
    if (!(await stat(dir).catch(() => undefined))?.isDirectory()) throw new DatasetError('no such dataset folder', { path: dir, hint: SHARD_HINT });
    // items.csv is written anew from the items, so only these are read.
    for (const name of [DATASET_FILES.items, DATASET_FILES.files, DATASET_FILES.report]) {
      if (!(await stat(join(dir, name)).catch(() => undefined))?.isFile()) {
        // Shards written with --partition --format parquet are read as one dataset by engines, without a merge.
        const hint = name === DATASET_FILES.items ? 'merge reads JSONL: ingest the shards with --format jsonl' : SHARD_HINT;
        throw new DatasetError(`not a dataset: ${name} is missing`, { path: dir, hint });
      }
    }
    shards.push(openDataset(dir));
    heads.push(await readHead(shards.at(-1)!));
  }
  assertOneRun(dirs, heads);
  const totals: Totals = { files: 0, items: 0, documents: 0, errors: 0, warnings: 0, infos: 0 };
  for (const head of heads) totals.files += head.totals.files;
  await prepareOutputDir(out);
  const links = await linkShares(shards);
  const sink = await openDatasetSink(out);
  const firstErrors: Diagnostic[] = [];
  try {
    const shareDiagnostics = shards.map((shard) => withoutLinkDiagnostics(reportDiagnostics(shard)));
    for await (const d of mergeByPath([...shareDiagnostics, fromArray(links.diagnostics)], (d) => d.file)) {
      if (d.severity === 'error' && firstErrors.length < FIRST_ERRORS) firstErrors.push(d);
      if (d.severity === 'error') totals.errors++;
      else if (d.severity === 'warning') totals.warnings++;
      else totals.infos++;
      await sink.diagnostic(d);
    }
    const items = shards.map((shard) => jsonLines<CatalogItem>(join(shard.files, DATASET_FILES.items)));
    for await (const item of mergeByPath(items, (i) => i.source.file)) {
      if (item.kind === 'item') totals.items++;
      else totals.documents++;
      await sink.items([withNoticeContext(item, links.contexts.get(item.source.file))]);
    }
    const records = shards.map((shard) => jsonLines<FileRecord>(join(shard.files, DATASET_FILES.files)));
    for await (const record of mergeByPath(records, (r) => r.path)) await sink.record(record);
    await sink.commit(totals);
  } catch (error) {
    await sink.abort();
    throw error;
  }
  return { totals, exitCode: totals.errors > 0 ? 1 : 0, firstErrors };
}

/** The links of the whole set: every share's notices (documents listing attachments) against every share's files. */
async function linkShares(shards: readonly DatasetRead[]): Promise<AttachmentLinks> {
  const notices: NoticeRef[] = [];
  const paths: string[] = [];
  for (const shard of shards) {
    for await (const line of createInterface({ input: createReadStream(join(shard.files, DATASET_FILES.items), 'utf8'), crlfDelay: Infinity })) {
      const ref = noticeRefOfLine(line);
      if (ref) notices.push(ref);
    }
    for await (const line of createInterface({ input: createReadStream(join(shard.files, DATASET_FILES.files), 'utf8'), crlfDelay: Infinity })) {
      if (line) paths.push(recordPath(line));
    }
  }
  return linkAttachments(notices, paths);
}

/** A files.jsonl record's path, read from its head: the record's cleaned text is not parsed for it. */
function recordPath(line: string): string {
  const head = /^\{"path":("(?:[^"\\]|\\.)*")/.exec(line);
  return head ? (JSON.parse(head[1]!) as string) : (JSON.parse(line) as FileRecord).path;
}

async function* withoutLinkDiagnostics(diagnostics: AsyncGenerator<Diagnostic>): AsyncGenerator<Diagnostic> {
  for await (const d of diagnostics) if (d.source !== LINK_SOURCE) yield d;
}

async function* fromArray<T>(values: readonly T[]): AsyncGenerator<T> {
  yield* values;
}

/** Yields the sources' values in path order; each source is in path order already; ties keep source order. */
async function* mergeByPath<T>(sources: AsyncGenerator<T>[], path: (value: T) => string): AsyncGenerator<T> {
  const heads = await Promise.all(sources.map((s) => s.next()));
  for (;;) {
    let best = -1;
    for (let i = 0; i < heads.length; i++) {
      if (heads[i]!.done) continue;
      if (best < 0 || comparePaths(path(heads[i]!.value as T), path(heads[best]!.value as T)) < 0) best = i;
    }
    if (best < 0) return;
    yield heads[best]!.value as T;
    heads[best] = await sources[best]!.next();
  }
}

async function* jsonLines<T>(file: string): AsyncGenerator<T> {
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) if (line) yield JSON.parse(line) as T;
}

/** report.json as written by the sink: a head line with the totals, then one diagnostic per line. */
async function* reportDiagnostics(shard: DatasetRead): AsyncGenerator<Diagnostic> {
  let first = true;
  for await (const line of createInterface({ input: createReadStream(join(shard.files, DATASET_FILES.report), 'utf8'), crlfDelay: Infinity })) {
    if (first) {
      first = false;
      continue;
    }
    if (line.startsWith('{')) yield JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line) as Diagnostic;
  }
}

const SHARD_HINT = 'pass the folders written by `catalog ingest --shard i/n --out <dir>`, one for each i of n';

interface Head {
  totals: Totals;
  shard?: ShardRecord;
}

async function readHead({ dir, files }: DatasetRead): Promise<Head> {
  const file = join(files, DATASET_FILES.report);
  let head = '';
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    head = line;
    break;
  }
  const match = /^\{"version":(\d+),"totals":(\{[^}]*\})(?:,"shard":(\{.*\}))?,"diagnostics":\[/.exec(head);
  if (!match || Number(match[1]) !== DATASET_VERSION) {
    throw new DatasetError(`not a dataset of version ${DATASET_VERSION}: report.json does not start as one`, { path: dir, hint: 're-run `catalog ingest` with this version' });
  }
  return { totals: JSON.parse(match[2]!) as Totals, ...(match[3] && { shard: JSON.parse(match[3]) as ShardRecord }) };
}

/** The folders are the shares 1…n of one run: the same n, pipeline and options, each share once. */
function assertOneRun(dirs: readonly string[], heads: readonly Head[]): void {
  const shards = heads.map((head, i) => {
    if (!head.shard) throw new UsageError('not a shard: written without --shard', { path: dirs[i], hint: SHARD_HINT });
    return head.shard;
  });
  const [first] = shards;
  if (!first) return;
  const share = (s: ShardRecord) => `${s.index}/${s.count}`;
  shards.forEach((shard, i) => {
    const path = dirs[i];
    if (shard.count !== first.count) {
      throw new UsageError(`shares of different runs: ${share(shard)} beside ${share(first)} (${dirs[0]})`, { path, hint: SHARD_HINT });
    }
    if (shard.pipeline !== first.pipeline) {
      throw new UsageError(`shares made by different pipeline versions: ${shard.pipeline} beside ${first.pipeline} (${dirs[0]})`, {
        path,
        hint: 're-run every share with the same catalog version',
      });
    }
    if (JSON.stringify(shard.options) !== JSON.stringify(first.options)) {
      throw new UsageError(`shares made with different options: ${JSON.stringify(shard.options)} beside ${JSON.stringify(first.options)} (${dirs[0]})`, {
        path,
        hint: 're-run every share with the same options',
      });
    }
    const twice = shards.findIndex((other) => other.index === shard.index);
    if (twice !== i) throw new UsageError(`share ${share(shard)} given twice, also as ${dirs[twice]}`, { path, hint: SHARD_HINT });
  });
  for (let index = 1; index <= first.count; index++) {
    if (!shards.some((s) => s.index === index)) {
      throw new UsageError(`share ${index}/${first.count} is missing`, { hint: SHARD_HINT });
    }
  }
}
