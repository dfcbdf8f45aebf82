/**
 * One input file start to finish, where it runs (a worker thread, or the main thread with --jobs 1): read the bytes
 * once, answer from the cache or run ingestFile, encode the outputs. Profiling showed the main thread to be the
 * limit of a parallel run when it read files and handed the bytes over, so it now only orders and writes results.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { DEFAULT_LIMITS, ingestFile, oversizedFile, type IngestFileOptions } from './ingest-file.js';
import { encodeFile, type EncodedFile } from '../emit/encoded-file.js';
import { prepareFile, type PreparedFile } from './prepared-file.js';
import type { ResultCache } from './result-cache.js';
import type { Severity } from '../../schemas/diagnostic.js';
import { noticeRefsOfJsonl, type NoticeRef } from '../link/notice-ref.js';

export type FileOutcome =
  /**
   * `encoded`: the outputs and diagnostics as UTF-8 (transferred from a worker, not copied); `file`: the counts;
   * `notices`: the file's documents that list attachments, for the batch's linking step (src/link/);
   * `warning`: a cache entry that could not be used (the file was parsed again).
   */
  | { file: FileSummary; encoded: EncodedFile; notices: NoticeRef[]; bytes: number; cached: boolean; warning?: string }
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
  // The size is checked before the bytes are read: a file over the limit is refused without holding it in memory.
  const { maxBytes } = { ...DEFAULT_LIMITS, ...options.limits };
  let size: number;
  try {
    size = statSync(path).size;
    if (size > maxBytes) return done(prepareFile(oversizedFile(path, size, hashFile(path), options)), size, false);
  } catch (error) {
    return { unreadable: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  }
  let bytes: Buffer;
  try {
    bytes = await read(path);
  } catch (error) {
    return { unreadable: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  }
  const sha256 = cache ? createHash('sha256').update(bytes).digest('hex') : '';
  const lookup = cache ? await cache.get(path, sha256) : undefined;
  if (lookup && 'hit' in lookup) return done(lookup.hit, bytes.length, true);
  let file: PreparedFile;
  try {
    file = prepareFile(await ingestFile(path, bytes, options));
  } catch (error) {
    return { crash: (error as Error).stack ?? String(error) };
  }
  // A cache that cannot be written (disk full, permissions) costs the next run time, not this run its result.
  if (cache) await cache.put(file).catch(() => {});
  const outcome = done(file, bytes.length, false);
  return lookup && 'invalid' in lookup ? { ...outcome, warning: `${lookup.invalid}; the file was parsed again and the entry rewritten.` } : outcome;
}

/** The sha256 of a file read in chunks (a file too large to hold still gets its digest in files.jsonl). */
function hashFile(path: string): string {
  const hash = createHash('sha256');
  const chunk = Buffer.allocUnsafe(1024 * 1024);
  const fd = openSync(path, 'r');
  try {
    for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) hash.update(chunk.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

function done({ outputs, diagnostics, items, documents }: PreparedFile, bytes: number, cached: boolean): FileOutcome & { file: FileSummary } {
  const severities = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) severities[d.severity]++;
  // Read here, where the file was: the main thread never parses a file's items.
  const notices = noticeRefsOfJsonl(outputs.items);
  return { file: { items, documents, severities }, encoded: encodeFile(outputs, diagnostics), notices, bytes, cached };
}

/** The buffers a worker hands over with an outcome (a cached file's outputs share one). */
export function transferables(outcome: FileOutcome): ArrayBuffer[] {
  if (!('encoded' in outcome)) return [];
  const { items, csv, record, diagnostics } = outcome.encoded;
  return [...new Set([...items, ...csv, ...record, ...diagnostics].map((chunk) => chunk.buffer as ArrayBuffer))];
}
