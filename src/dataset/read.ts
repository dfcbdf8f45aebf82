/**
 * Streaming reader of a dataset directory written by `catalog ingest --out <dir>` (items.jsonl: one CatalogItem per
 * line; `iterateJsonl` also reads files.jsonl). Lines are read one at a time so a large crawl never sits in memory.
 * Unlike the callback readers in read-dataset.ts, these are async iterators that report a broken line as a
 * diagnostic and go on, and `iterateItems` validates each item: what `check`, `export` and `diff` need.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { CatalogItem } from '../../schemas/catalog-item.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { DatasetError } from './read-dataset.js';

export const ITEMS_FILE = 'items.jsonl';

/** One parsed line of a JSONL file; `line` is 1-based in that file. */
export interface JsonlRecord {
  line: number;
  value: unknown;
}


/** Fails early with a clear message when `dir` is not a dataset directory. */
export function assertDataset(dir: string): void {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new DatasetError(`${dir} is not a directory: pass the folder written by \`catalog ingest --out <dir>\``);
  }
  if (!existsSync(join(dir, ITEMS_FILE))) {
    throw new DatasetError(`${dir} has no ${ITEMS_FILE}: pass the folder written by \`catalog ingest --out <dir>\``);
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

/** Yields the raw records of items.jsonl (validation is the `check/schema` rule's job). */
export function iterateItemRecords(dir: string, report: (d: Diagnostic) => void): AsyncGenerator<JsonlRecord> {
  return iterateJsonl(dir, ITEMS_FILE, report);
}

/**
 * Yields the items of items.jsonl that validate as CatalogItem, in file order. Invalid lines are reported
 * (`dataset/invalid-item`) and skipped: `catalog check` says why in detail (check/schema).
 */
export async function* iterateItems(dir: string, report: (d: Diagnostic) => void): AsyncGenerator<CatalogItem> {
  for await (const { line, value } of iterateItemRecords(dir, report)) {
    const parsed = CatalogItem.safeParse(value);
    if (parsed.success) {
      yield parsed.data;
      continue;
    }
    report({
      file: ITEMS_FILE,
      source: 'dataset',
      ruleId: 'dataset/invalid-item',
      severity: 'error',
      message: `Line is not a valid CatalogItem and was skipped; run \`catalog check\` for details.`,
      place: `L${line}`,
    });
  }
}
