/**
 * `catalog merge`: combines datasets written by shard runs (`ingest --shard i/n`) into exactly the dataset one run
 * over all inputs would have written. Every stream of a dataset is in path order, so the merge is a streaming k-way
 * merge by path (memory does not grow with the datasets), written through the same sink as `ingest`; totals are
 * recomputed from what is merged (the file count, which includes unreadable files, is summed).
 */
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { CatalogItem } from '../../schemas/catalog-item.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { DATASET_FILES, DATASET_VERSION, openDatasetSink, type Totals } from '../emit/dataset-sink.js';
import { DatasetError } from '../dataset/read.js';
import type { FileRecord } from './ingest-file.js';
import { comparePaths } from './inputs.js';

export async function mergeDatasets(dirs: string[], out: string): Promise<{ totals: Totals; exitCode: 0 | 1 }> {
  for (const dir of dirs) {
    // items.csv is written anew from the items, so only these are read.
    for (const name of [DATASET_FILES.items, DATASET_FILES.files, DATASET_FILES.report]) {
      await access(join(dir, name)).catch(() => {
        const hint = name === DATASET_FILES.items ? ' (merge reads JSONL: ingest with --format jsonl; shards written with --partition --format parquet are read as one dataset without a merge)' : '';
        throw new DatasetError(`${dir} is not a dataset: ${name} is missing${hint}.`);
      });
    }
  }
  const totals: Totals = { files: 0, items: 0, documents: 0, errors: 0, warnings: 0, infos: 0 };
  for (const dir of dirs) totals.files += (await readHead(dir)).files;
  const sink = await openDatasetSink(out);
  try {
    for await (const d of mergeByPath(dirs.map(reportDiagnostics), (d) => d.file)) {
      if (d.severity === 'error') totals.errors++;
      else if (d.severity === 'warning') totals.warnings++;
      else totals.infos++;
      await sink.diagnostic(d);
    }
    const items = dirs.map((dir) => jsonLines<CatalogItem>(join(dir, DATASET_FILES.items)));
    for await (const item of mergeByPath(items, (i) => i.source.file)) {
      if (item.kind === 'item') totals.items++;
      else totals.documents++;
      await sink.items([item]);
    }
    const records = dirs.map((dir) => jsonLines<FileRecord>(join(dir, DATASET_FILES.files)));
    for await (const record of mergeByPath(records, (r) => r.path)) await sink.record(record);
    await sink.commit(totals);
  } catch (error) {
    await sink.abort();
    throw error;
  }
  return { totals, exitCode: totals.errors > 0 ? 1 : 0 };
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
async function* reportDiagnostics(dir: string): AsyncGenerator<Diagnostic> {
  let first = true;
  for await (const line of createInterface({ input: createReadStream(join(dir, DATASET_FILES.report), 'utf8'), crlfDelay: Infinity })) {
    if (first) {
      first = false;
      continue;
    }
    if (line.startsWith('{')) yield JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line) as Diagnostic;
  }
}

async function readHead(dir: string): Promise<Totals> {
  const file = join(dir, DATASET_FILES.report);
  let head = '';
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    head = line;
    break;
  }
  const match = /^\{"version":(\d+),"totals":(\{[^}]*\}),"diagnostics":\[/.exec(head);
  if (!match || Number(match[1]) !== DATASET_VERSION) throw new Error(`${file} is not a dataset report of version ${DATASET_VERSION}.`);
  return JSON.parse(match[2]!) as Totals;
}
