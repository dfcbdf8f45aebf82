/**
 * Streaming readers for a dataset directory. items.jsonl can hold 100k+ items, so it is read line by line and
 * handed to a callback; nothing here keeps the whole file in memory.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { CatalogItem } from '../../schemas/catalog-item.js';
import { UsageError } from '../usage-error.js';
import type { DatasetReport, FileRecord } from './types.js';

/** The directory is not a dataset (a usage error: the CLI exits 2 with this message). */
export class DatasetError extends UsageError {
  override name = 'DatasetError';
}

async function ensureFile(path: string): Promise<void> {
  try {
    if ((await stat(path)).isFile()) return;
  } catch {
    // reported below
  }
  throw new DatasetError(`${path} not found: pass a directory written by \`catalog ingest --out <dir>\``);
}

/** Calls `onRecord` for each JSON line of `path`; blank lines are skipped, a broken line names its number. */
export async function readJsonl<T>(path: string, onRecord: (record: T, line: number) => void): Promise<void> {
  await ensureFile(path);
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let record: T;
    try {
      record = JSON.parse(line) as T;
    } catch (error) {
      throw new DatasetError(`${path}:${n}: not valid JSON (${(error as Error).message}); re-run \`catalog ingest\` to rewrite the dataset`);
    }
    onRecord(record, n);
  }
}

export function readItems(datasetDir: string, onItem: (item: CatalogItem) => void): Promise<void> {
  return readJsonl<CatalogItem>(join(datasetDir, 'items.jsonl'), (item) => onItem(item));
}

/** files.jsonl without `cleanedText` (the report never shows whole texts; dropping it keeps memory flat). */
export async function readFiles(datasetDir: string): Promise<FileRecord[]> {
  const files: FileRecord[] = [];
  await readJsonl<FileRecord & { cleanedText?: unknown }>(join(datasetDir, 'files.jsonl'), (record) => {
    const { cleanedText: _dropped, ...rest } = record;
    files.push(rest);
  });
  return files;
}

export async function readReport(datasetDir: string): Promise<DatasetReport> {
  const path = join(datasetDir, 'report.json');
  await ensureFile(path);
  let raw: Partial<DatasetReport>;
  try {
    raw = JSON.parse(await readFile(path, 'utf8')) as Partial<DatasetReport>;
  } catch (error) {
    throw new DatasetError(`${path}: not valid JSON (${(error as Error).message}); re-run \`catalog ingest\``);
  }
  return { ...raw, diagnostics: Array.isArray(raw.diagnostics) ? raw.diagnostics : [] };
}
