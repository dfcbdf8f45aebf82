/**
 * `exportDataset(dir, {to, formats})`: publishes a dataset directory as open data — items in the chosen formats,
 * catalog.schema.json, and a datapackage.json describing them. Every file is written atomically, and equal input
 * gives byte-identical output (no timestamps; items keep the order of items.jsonl).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { CatalogItem } from '../../schemas/catalog-item.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { assertDataset, iterateItems, openDataset } from '../dataset/read.js';
import { catalogItemJsonSchema } from '../json-schema.js';
import { prepareOutputDir } from '../output-path.js';
import { writeFileAtomic, writeStreamAtomic } from './atomic-write.js';
import { writeItemsCsv } from './csv.js';
import {
  buildDataPackage, DATAPACKAGE_FILE, DEFAULT_EXPORT_FORMATS, EXPORT_FORMATS, ITEMS_BASENAME, JSON_SCHEMA_FILE,
  type ExportFormat, type FileFacts,
} from './datapackage.js';
import { headerCells, itemCells } from './item-cells.js';
import { writeItemsJson, writeItemsJsonl } from './json.js';
import { openParquetItemsWriter } from './parquet-writer.js';

export interface ExportOptions {
  to: string;
  /** Default: csv, xlsx, jsonl, json (parquet when asked for). */
  formats?: readonly ExportFormat[];
  /** datapackage.json `name`; default the dataset folder's name. */
  name?: string;
}

export interface ExportResult {
  /** Written file names, relative to `to`, in writing order. */
  files: string[];
  diagnostics: Diagnostic[];
}

async function factsOf(path: string): Promise<FileFacts> {
  const bytes = await readFile(path);
  return { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

async function writeItemsXlsx(path: string, items: AsyncIterable<CatalogItem>, report: (d: Diagnostic) => void): Promise<void> {
  const rows: string[][] = [];
  const places: Array<{ file: string; place: string }> = [];
  for await (const item of items) {
    rows.push(itemCells(item));
    places.push({ file: item.source.file, place: item.source.place });
  }
  // SheetJS loads only when a workbook is written: ingest and the other formats never need it.
  const { itemsWorkbook } = await import('./xlsx.js');
  await writeFileAtomic(path, itemsWorkbook(headerCells(), rows, report, (i) => places[i]!));
}

async function writeItemsParquet(path: string, items: AsyncIterable<CatalogItem>): Promise<void> {
  await writeStreamAtomic(path, async (write) => {
    const parquet = openParquetItemsWriter({ write });
    for await (const item of items) await parquet.add(item);
    await parquet.finish();
  });
}

export async function exportDataset(datasetDir: string, options: ExportOptions): Promise<ExportResult> {
  assertDataset(datasetDir);
  // Every format is written from the same generation, even if a run switches the dataset between two passes.
  const dataset = openDataset(datasetDir);
  const formats = EXPORT_FORMATS.filter((f) => (options.formats ?? DEFAULT_EXPORT_FORMATS).includes(f));
  await prepareOutputDir(options.to, '--to');
  const diagnostics: Diagnostic[] = [];
  const files: string[] = [];
  const written: Array<[ExportFormat, FileFacts]> = [];
  const report = (d: Diagnostic): void => void diagnostics.push(d);
  for (const [index, format] of formats.entries()) {
    const file = `${ITEMS_BASENAME}.${format}`;
    const path = join(options.to, file);
    // One pass over items.jsonl per format keeps memory flat; invalid lines are reported on the first pass only.
    const items = iterateItems(dataset, index === 0 ? report : () => {});
    if (format === 'csv') await writeItemsCsv(path, items);
    else if (format === 'xlsx') await writeItemsXlsx(path, items, report);
    else if (format === 'jsonl') await writeItemsJsonl(path, items);
    else if (format === 'parquet') await writeItemsParquet(path, items);
    else await writeItemsJson(path, items);
    files.push(file);
    written.push([format, await factsOf(path)]);
  }
  const schemaPath = join(options.to, JSON_SCHEMA_FILE);
  await writeFileAtomic(schemaPath, `${JSON.stringify({ title: 'CatalogItem', ...catalogItemJsonSchema() }, null, 2)}\n`);
  files.push(JSON_SCHEMA_FILE);
  const name = options.name ?? basename(resolve(datasetDir));
  const descriptor = buildDataPackage(name, written, await factsOf(schemaPath));
  await writeFileAtomic(join(options.to, DATAPACKAGE_FILE), `${JSON.stringify(descriptor, null, 2)}\n`);
  files.push(DATAPACKAGE_FILE);
  return { files, diagnostics };
}
