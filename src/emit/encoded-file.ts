/**
 * One file's outputs as UTF-8, encoded where the file was read (a worker thread, or this thread with --jobs 1) item
 * by item as the items are handed over, so that the main thread only copies bytes to disk and a worker transfers
 * buffers instead of cloning object trees (those, stringified on the main thread, were most of its heap).
 */
import type { CatalogItem } from '../../schemas/catalog-item.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import type { FileRecord } from '../ingest/ingest-file.js';
import { itemCsvRecord } from './csv.js';
import { Utf8Lines } from './utf8-lines.js';

/** A file's item outputs and its files.jsonl line, each as UTF-8 chunks that end between lines (see utf8-lines.ts). */
export interface EncodedOutputs {
  /** items.jsonl lines. */
  items: Uint8Array[];
  /** items.csv rows. */
  csv: Uint8Array[];
  /** files.jsonl line. */
  record: Uint8Array[];
}

/** The outputs and the file's diagnostics as report.json array entries (each diagnostic's JSON, joined by ',\n'). */
export interface EncodedFile extends EncodedOutputs {
  diagnostics: Uint8Array[];
  diagnosticCount: number;
}

/**
 * `items` encoded in order (each let go once encoded: the file keeps their bytes, never the items), with `record`, its
 * files.jsonl line, after them (its counts are known once the items are).
 */
export function encodeOutputs(items: Iterable<CatalogItem>, record: FileRecord): EncodedOutputs {
  const jsonl = new Utf8Lines('\n');
  const csv = new Utf8Lines('\r\n');
  for (const item of items) {
    jsonl.add(JSON.stringify(item));
    csv.add(itemCsvRecord(item));
  }
  const line = new Utf8Lines('\n');
  line.add(JSON.stringify(record));
  return { items: jsonl.finish(), csv: csv.finish(), record: line.finish() };
}

export function encodeFile(outputs: EncodedOutputs, diagnostics: readonly Diagnostic[]): EncodedFile {
  const entries = new Utf8Lines('');
  diagnostics.forEach((d, i) => entries.add(i > 0 ? `,\n${JSON.stringify(d)}` : JSON.stringify(d)));
  return { ...outputs, diagnostics: entries.finish(), diagnosticCount: diagnostics.length };
}

/** The total length of `chunks`. */
export const byteLength = (chunks: readonly Uint8Array[]): number => chunks.reduce((n, c) => n + c.length, 0);
