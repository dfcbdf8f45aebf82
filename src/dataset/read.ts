/**
 * The one reader of a dataset directory written by `catalog ingest --out <dir>` (items.jsonl: one CatalogItem per
 * line, or items.parquet when only Parquet was written; files.jsonl: one FileRecord per input; report.json). Lines
 * (and Parquet row groups) are read a few at a time so a large crawl never sits in memory. A broken line is reported
 * as a diagnostic and reading goes on; callers that cannot go on (report, coverage) turn it into an InputError with
 * `failOnDiagnostic`.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { CatalogItem } from '../../schemas/catalog-item.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { InputError, UsageError } from '../usage-error.js';
import { iterateParquetItems, PARQUET_FILE } from './parquet-items.js';
import type { DatasetReport, FileRecordRead } from './types.js';

/** The directory is not a dataset (a usage error: the CLI exits 2 with this message). */
export class DatasetError extends UsageError {
  override name = 'DatasetError';
}

export const ITEMS_FILE = 'items.jsonl';

/** One parsed line of a JSONL file; `line` is 1-based in that file. */
export interface JsonlRecord {
  line: number;
  value: unknown;
  /** Set for a record read from another file than items.jsonl (items.parquet): that file and the place in it. */
  from?: { file: string; place: string };
}


const NOT_A_DATASET = 'pass the folder written by `catalog ingest --out <dir>`';

/** A reporter for readers that cannot go on past a broken line: it throws the diagnostic (an input error, exit 1). */
export function failOnDiagnostic(dir: string): (d: Diagnostic) => never {
  return (d) => {
    throw new InputError(`${d.place ? `${d.place}: ` : ''}${d.message}`, { path: join(dir, d.file) });
  };
}

/** Fails early with a clear message when `dir` is not a dataset directory. */
export function assertDataset(dir: string): void {
  if (!existsSync(dir)) throw new DatasetError('no such dataset folder', { path: dir, hint: NOT_A_DATASET });
  if (!statSync(dir).isDirectory()) throw new DatasetError('a file is where a dataset folder is wanted', { path: dir, hint: NOT_A_DATASET });
  if (!existsSync(join(dir, ITEMS_FILE)) && !existsSync(join(dir, PARQUET_FILE))) {
    throw new DatasetError(`not a dataset: neither ${ITEMS_FILE} nor ${PARQUET_FILE} is there`, { path: dir, hint: NOT_A_DATASET });
  }
}

/**
 * Yields each non-empty line of a JSONL file parsed as JSON. A line that is not JSON is not thrown:
 * it becomes a `dataset/malformed-line` diagnostic (file = the JSONL name, place = `L<n>`) and reading goes on.
 */
export async function* iterateJsonl(
  dir: string,
  name: string,
  report: (d: Diagnostic) => void,
): AsyncGenerator<JsonlRecord> {
  const path = join(dir, name);
  if (!existsSync(path)) return;
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line++;
    // A BOM on the first line is an editor artefact, not data.
    const body = (line === 1 ? text.replace(/^\uFEFF/, '') : text).trim();
    if (body === '') continue;
    try {
      yield { line, value: JSON.parse(body) };
    } catch (error) {
      report({
        file: name,
        source: 'dataset',
        ruleId: 'dataset/malformed-line',
        severity: 'error',
        message: `Line is not valid JSON (${(error as Error).message}); re-run \`catalog ingest\` or fix the line by hand.`,
        place: `L${line}`,
        actual: body.length > 200 ? `${body.slice(0, 200)}…` : body,
      });
    }
  }
}

/**
 * Yields the raw records of items.jsonl, or of items.parquet when the dataset has no JSONL (validation is the
 * `check/schema` rule's job).
 */
export async function* iterateItemRecords(dir: string, report: (d: Diagnostic) => void): AsyncGenerator<JsonlRecord> {
  if (existsSync(join(dir, ITEMS_FILE)) || !existsSync(join(dir, PARQUET_FILE))) {
    yield* iterateJsonl(dir, ITEMS_FILE, report);
    return;
  }
  for await (const { row, value } of iterateParquetItems(join(dir, PARQUET_FILE), report)) {
    yield { line: row, value, from: { file: PARQUET_FILE, place: `row ${row}` } };
  }
}

/**
 * Yields the items of items.jsonl (or items.parquet) that validate as CatalogItem, in file order. Invalid records are
 * reported (`dataset/invalid-item`) and skipped: `catalog check` says why in detail (check/schema).
 */
export async function* iterateItems(dir: string, report: (d: Diagnostic) => void): AsyncGenerator<CatalogItem> {
  for await (const { line, value, from } of iterateItemRecords(dir, report)) {
    const parsed = CatalogItem.safeParse(value);
    if (parsed.success) {
      yield parsed.data;
      continue;
    }
    report({
      file: from?.file ?? ITEMS_FILE,
      source: 'dataset',
      ruleId: 'dataset/invalid-item',
      severity: 'error',
      message: `${from ? 'Row' : 'Line'} is not a valid CatalogItem and was skipped; run \`catalog check\` for details.`,
      place: from?.place ?? `L${line}`,
    });
  }
}

function assertFile(path: string): void {
  if (!existsSync(path) || !statSync(path).isFile()) throw new DatasetError('not a dataset: file missing', { path, hint: NOT_A_DATASET });
}

/** files.jsonl without `cleanedText` (the report never shows whole texts; dropping it keeps memory flat). */
export async function readFiles(dir: string): Promise<FileRecordRead[]> {
  assertFile(join(dir, 'files.jsonl'));
  const files: FileRecordRead[] = [];
  for await (const { value } of iterateJsonl(dir, 'files.jsonl', failOnDiagnostic(dir))) {
    const { cleanedText: _dropped, ...rest } = value as FileRecordRead;
    files.push(rest);
  }
  return files;
}

export async function readReport(dir: string): Promise<DatasetReport> {
  const path = join(dir, 'report.json');
  assertFile(path);
  let raw: Partial<DatasetReport>;
  try {
    raw = JSON.parse(await readFile(path, 'utf8')) as Partial<DatasetReport>;
  } catch (error) {
    throw new InputError(`not valid JSON (${(error as Error).message})`, { path, hint: 're-run `catalog ingest`' });
  }
  return { ...raw, diagnostics: Array.isArray(raw.diagnostics) ? raw.diagnostics : [] };
}
