/**
 * The one reader of a dataset directory written by `catalog ingest --out <dir>` (items.jsonl: one CatalogItem per
 * line, or items.parquet when only Parquet was written; files.jsonl: one FileRecord per input; report.json). Lines
 * (and Parquet row groups) are read a few at a time so a large crawl never sits in memory. A broken line is reported
 * as a diagnostic and reading goes on; callers that cannot go on (report, coverage) turn it into an InputError with
 * `failOnDiagnostic`. Each file name of a dataset links into its current generation: a read resolves the generation
 * once (`openDataset`) and opens every file there, so it never mixes the files of two runs.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { CatalogItem } from '../../schemas/catalog-item.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { datasetFolder } from '../emit/dataset-generation.js';
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

/**
 * A dataset as one read sees it: `dir` as it was named (messages say `<dir>/items.jsonl`) and `files`, the folder
 * its files are opened in: the generation that was current when the read began.
 */
export interface DatasetRead {
  dir: string;
  files: string;
}

/** Resolves the dataset's current generation once; a read that opens several files passes the result to each reader. */
export function openDataset(dataset: string | DatasetRead): DatasetRead {
  return typeof dataset === 'string' ? { dir: dataset, files: datasetFolder(dataset) } : dataset;
}

/** A newer run removes the generation it replaced: a read begun there cannot go on without mixing two runs. */
function assertGenerationKept(read: DatasetRead): void {
  if (read.files !== read.dir && !existsSync(read.files)) {
    throw new DatasetError('the dataset was replaced by a newer run while it was read', { path: read.dir, hint: 'run the command again' });
  }
}

/** A reporter for readers that cannot go on past a broken line: it throws the diagnostic (an input error, exit 1). */
export function failOnDiagnostic(dataset: string | DatasetRead): (d: Diagnostic) => never {
  const dir = typeof dataset === 'string' ? dataset : dataset.dir;
  return (d) => {
    throw new InputError(`${d.place ? `${d.place}: ` : ''}${d.message}`, { path: join(dir, d.file) });
  };
}

/** Fails early with a clear message when `dir` is not a dataset directory. */
export function assertDataset(dataset: string | DatasetRead): void {
  const dir = typeof dataset === 'string' ? dataset : dataset.dir;
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
  dataset: string | DatasetRead,
  name: string,
  report: (d: Diagnostic) => void,
): AsyncGenerator<JsonlRecord> {
  const read = openDataset(dataset);
  const path = join(read.files, name);
  if (!existsSync(path)) return assertGenerationKept(read);
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
export async function* iterateItemRecords(dataset: string | DatasetRead, report: (d: Diagnostic) => void): AsyncGenerator<JsonlRecord> {
  const read = openDataset(dataset);
  if (existsSync(join(read.files, ITEMS_FILE)) || !existsSync(join(read.files, PARQUET_FILE))) {
    yield* iterateJsonl(read, ITEMS_FILE, report);
    return;
  }
  for await (const { row, value } of iterateParquetItems(join(read.files, PARQUET_FILE), report)) {
    yield { line: row, value, from: { file: PARQUET_FILE, place: `row ${row}` } };
  }
}

/**
 * Yields the items of items.jsonl (or items.parquet) that validate as CatalogItem, in file order. Invalid records are
 * reported (`dataset/invalid-item`) and skipped: `catalog check` says why in detail (check/schema).
 */
export async function* iterateItems(dataset: string | DatasetRead, report: (d: Diagnostic) => void): AsyncGenerator<CatalogItem> {
  for await (const { line, value, from } of iterateItemRecords(dataset, report)) {
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

/** The path to open `name` at; fails (naming the file as the dataset shows it) when it is not a file there. */
function fileOf(read: DatasetRead, name: string): string {
  const path = join(read.files, name);
  if (!existsSync(path)) assertGenerationKept(read);
  if (!existsSync(path) || !statSync(path).isFile()) throw new DatasetError('not a dataset: file missing', { path: join(read.dir, name), hint: NOT_A_DATASET });
  return path;
}

/** files.jsonl without `cleanedText` (the report never shows whole texts; dropping it keeps memory flat). */
export async function readFiles(dataset: string | DatasetRead): Promise<FileRecordRead[]> {
  const read = openDataset(dataset);
  fileOf(read, 'files.jsonl');
  const files: FileRecordRead[] = [];
  for await (const { value } of iterateJsonl(read, 'files.jsonl', failOnDiagnostic(read))) {
    const { cleanedText: _dropped, ...rest } = value as FileRecordRead;
    files.push(rest);
  }
  return files;
}

export async function readReport(dataset: string | DatasetRead): Promise<DatasetReport> {
  const read = openDataset(dataset);
  const path = fileOf(read, 'report.json');
  let raw: Partial<DatasetReport>;
  try {
    raw = JSON.parse(await readFile(path, 'utf8')) as Partial<DatasetReport>;
  } catch (error) {
    throw new InputError(`not valid JSON (${(error as Error).message})`, { path: join(read.dir, 'report.json'), hint: 're-run `catalog ingest`' });
  }
  return { ...raw, diagnostics: Array.isArray(raw.diagnostics) ? raw.diagnostics : [] };
}
