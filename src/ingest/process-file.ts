/**
 * One input file start to finish, where it runs (a worker thread, or the main thread with --jobs 1): read the bytes
 * once, answer from the cache or run ingestFile, serialize the outputs. Profiling showed the main thread to be the
 * limit of a parallel run when it read files and handed the bytes over, so it now only orders and writes results.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { ingestFile, type IngestFileOptions } from './ingest-file.js';
import { encodeFile, type EncodedFile } from '../emit/dataset-sink.js';
import { prepareFile, type PreparedFile } from './prepared-file.js';
import type { ResultCache } from './result-cache.js';
import type { Severity } from '../../schemas/diagnostic.js';

export type FileOutcome =
  /** `encoded`: the outputs and diagnostics as UTF-8 (transferred from a worker, not copied); `file`: the counts. */
  | { file: FileSummary; encoded: EncodedFile; bytes: number; cached: boolean }
  /** The file could not be read (removed or unreadable since the walk): the error code or message. */
  | { unreadable: string }
  /** ingestFile threw, or (set by the pool) the worker died: a bug, reported for this file only. */
  | { crash: string };

/** What the batch counts of a file; its diagnostics travel serialized in `encoded`. */
export interface FileSummary {
  items: number;
  documents: number;
  severities: Record<Severity, number>;
}

/**
 * How bytes are read. Ingest reads synchronously, in a worker and with --jobs 1 alike: the thread would only wait for
 * the read anyway, and the asynchronous round trips cost more than the read (--jobs 1 on 2,000 pages: 9.4 → 8.1 s).
 */
export type ReadBytes = (path: string) => Buffer | Promise<Buffer>;

export async function processFile(path: string, options: IngestFileOptions, cache?: ResultCache, read: ReadBytes = readFile): Promise<FileOutcome> {
  let bytes: Buffer;
  try {
    bytes = await read(path);
  } catch (error) {
    return { unreadable: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  }
  const sha256 = cache ? createHash('sha256').update(bytes).digest('hex') : '';
  const hit = cache && (await cache.get(path, sha256));
  if (hit) return done(hit, bytes.length, true);
  let file: PreparedFile;
  try {
    file = prepareFile(await ingestFile(path, bytes, options));
  } catch (error) {
    return { crash: (error as Error).stack ?? String(error) };
  }
  // A cache that cannot be written (disk full, permissions) costs the next run time, not this run its result.
  if (cache) await cache.put(file).catch(() => {});
  return done(file, bytes.length, false);
}

function done({ outputs, diagnostics, items, documents }: PreparedFile, bytes: number, cached: boolean): FileOutcome {
  const severities = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) severities[d.severity]++;
  return { file: { items, documents, severities }, encoded: encodeFile(outputs, diagnostics), bytes, cached };
}

/** The buffers a worker hands over with an outcome. */
export function transferables(outcome: FileOutcome): ArrayBuffer[] {
  if (!('encoded' in outcome)) return [];
  const { items, csv, record, diagnostics } = outcome.encoded;
  return [items.buffer, csv.buffer, record.buffer, diagnostics.buffer] as ArrayBuffer[];
}
