/**
 * Writes a dataset directory (items.jsonl, items.csv, files.jsonl, report.json) as three independent streams —
 * items, file records, diagnostics — each in the order it is fed. `ingest` and `merge` both write through this one
 * module, so a merged dataset is byte-identical to a single run's by construction. Every output is written into a
 * fresh generation folder that becomes current in one step at commit (dataset-generation.ts): a killed run leaves
 * the previous dataset intact, and readers never see some files of one run beside files of another. Item files are
 * staged until commit (item-stage.ts), where what the whole batch learned (src/link/) reaches the items written before.
 */
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { CatalogItem } from '../../schemas/catalog-item.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import type { FileRecord } from '../ingest/ingest-file.js';
import { openAtomic } from './atomic-write.js';
import { ItemStage } from './item-stage.js';
import type { AttachmentLinks } from '../link/match-attachments.js';
import { openGeneration, type GenerationOptions } from './dataset-generation.js';
import { itemCsvRow, itemsCsvHeader } from './csv.js';
import type { EncodedFile } from './encoded-file.js';
import { PARQUET_FILE } from './parquet-writer.js';

export const DATASET_VERSION = 1;

export const DATASET_FILES = { items: 'items.jsonl', csv: 'items.csv', files: 'files.jsonl', report: 'report.json' } as const;

/** The files that hold the items, by `--format` name; files.jsonl and report.json are always written. */
export const ITEM_FORMAT_FILES = { jsonl: DATASET_FILES.items, csv: DATASET_FILES.csv, parquet: PARQUET_FILE } as const;
export type ItemFormat = keyof typeof ITEM_FORMAT_FILES;
export const ITEM_FORMATS = Object.keys(ITEM_FORMAT_FILES) as ItemFormat[];
export const DEFAULT_ITEM_FORMATS: readonly ItemFormat[] = ['jsonl', 'csv'];

export interface Totals {
  files: number;
  items: number;
  documents: number;
  errors: number;
  warnings: number;
  infos: number;
}

const itemLine = (item: CatalogItem) => JSON.stringify(item) + '\n';

export interface DatasetSink {
  /**
   * A file's outputs and its diagnostics (written as `diagnostic` would, in order). `path`: the input they are of, so
   * that the batch's links (a notice's context, diagnostics on the notice) can reach them at commit.
   */
  file(file: EncodedFile, path?: string): Promise<void>;
  items(items: CatalogItem[]): Promise<void>;
  record(record: FileRecord): Promise<void>;
  diagnostic(d: Diagnostic): Promise<void>;
  /**
   * Where to write one more output file of the dataset (`name` in the dataset folder); it switches together with
   * the others at commit. Undefined when the sink writes to stdout.
   */
  extraFile(name: string): string | undefined;
  /**
   * `shard`: what a shard run records for `merge` (see ingest/shard.ts), after the totals. `links`: the notices'
   * contexts for the items of the files they attach, and diagnostics on files already written (src/link/).
   */
  commit(totals: Totals, shard?: object, links?: AttachmentLinks): Promise<void>;
  abort(): Promise<void>;
}

/** `out` '-' streams items as JSONL to `stdout` and drops the rest; `formats` picks the item files of a directory. */
export async function openDatasetSink(
  out: string,
  stdout: NodeJS.WritableStream = process.stdout,
  formats: readonly ItemFormat[] = DEFAULT_ITEM_FORMATS,
  options: GenerationOptions = {},
): Promise<DatasetSink> {
  if (out === '-') {
    const write = (s: string | Uint8Array) => new Promise<void>((resolve) => (stdout.write(s) ? resolve() : stdout.once('drain', resolve)));
    return {
      file: async (file) => {
        for (const chunk of file.items) await write(chunk);
      },
      items: async (items) => {
        for (const item of items) await write(itemLine(item));
      },
      record: async () => {},
      diagnostic: async () => {},
      extraFile: () => undefined,
      commit: async () => {},
      abort: async () => {},
    };
  }
  const generation = await openGeneration(out, options);
  const at = (name: string) => join(generation.dir, name);
  const stage = new ItemStage(
    { jsonl: at('.stage.items.jsonl'), csv: at('.stage.items.csv') },
    {
      ...(formats.includes('jsonl') && { jsonl: at(DATASET_FILES.items) }),
      ...(formats.includes('csv') && { csv: at(DATASET_FILES.csv) }),
      ...(formats.includes('parquet') && { parquet: at(PARQUET_FILE) }),
    },
  );
  const files = openAtomic(at(DATASET_FILES.files));
  // Diagnostics stream to a scratch file and are copied into report.json at the end, after the totals.
  const scratchPath = at('.diagnostics.jsonl');
  const scratch = openAtomic(scratchPath);
  const extra: string[] = [];
  await stage.csvPrefix(itemsCsvHeader());
  let diagnostics = 0;
  let scratchBytes = 0;
  /** Where each input's diagnostics end in the scratch file: the batch's own diagnostics on a file go there. */
  const diagnosticsEnd = new Map<string, number>();
  const writeScratch = async (chunk: string | Uint8Array) => {
    await scratch.write(chunk);
    scratchBytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
  };
  return {
    file: async (file, path) => {
      await stage.write(file.items, file.csv, path);
      for (const chunk of file.record) await files.write(chunk);
      if (file.diagnosticCount > 0) {
        await writeScratch(diagnostics ? ',\n' : '\n');
        for (const chunk of file.diagnostics) await writeScratch(chunk);
        diagnostics += file.diagnosticCount;
      }
      if (path !== undefined) diagnosticsEnd.set(path, scratchBytes);
    },
    items: async (list) => {
      for (const item of list) await stage.write([itemLine(item)], [itemCsvRow(item)]);
    },
    record: (record) => files.write(JSON.stringify(record) + '\n'),
    diagnostic: (d) => writeScratch((diagnostics++ ? ',\n' : '\n') + JSON.stringify(d)),
    extraFile: (name) => {
      if (!extra.includes(name)) extra.push(name);
      return at(name);
    },
    commit: async (totals, shard, links) => {
      await scratch.commit();
      await stage.finish(links?.contexts ?? new Map());
      const report = openAtomic(at(DATASET_FILES.report));
      const shardField = shard ? `,"shard":${JSON.stringify(shard)}` : '';
      await report.write(`{"version":${DATASET_VERSION},"totals":${JSON.stringify(totals)}${shardField},"diagnostics":[`);
      const inserted = (links?.diagnostics ?? [])
        .map((d) => ({ at: diagnosticsEnd.get(d.file) ?? scratchBytes, text: JSON.stringify(d) }))
        .sort((a, b) => a.at - b.at);
      const written = await copyWithInsertions(scratchPath, inserted, (chunk) => report.write(chunk));
      await report.write((written ? '\n' : '') + ']}\n');
      await rm(scratchPath, { force: true });
      for (const s of [files, report]) await s.commit();
      // Every file is complete in the new generation: the dataset switches to it in one step. A previous run's
      // items in a format not written now lose their name, since they would no longer match files.jsonl.
      const names = [DATASET_FILES.files, DATASET_FILES.report, ...formats.map((f) => ITEM_FORMAT_FILES[f])];
      await generation.commit([...names, ...extra]);
    },
    abort: async () => {
      await stage.abort();
      for (const s of [files, scratch]) await s.abort();
      await generation.abort();
    },
  };
}

/**
 * Copies the diagnostics scratch (`\n{…}` then `,\n{…}` each) into report.json with more diagnostics put in at byte
 * offsets of it (each after the diagnostics of its file, so the report stays in path order). Returns whether any
 * diagnostic was written.
 */
async function copyWithInsertions(scratchPath: string, insertions: ReadonlyArray<{ at: number; text: string }>, write: (chunk: string) => Promise<void>): Promise<boolean> {
  let position = 0;
  let written = false;
  const copyUntil = async (end: number) => {
    if (end <= position) return;
    let first = true;
    const range = { encoding: 'utf8' as const, start: position, ...(Number.isFinite(end) ? { end: end - 1 } : {}) };
    for await (const chunk of createReadStream(scratchPath, range)) {
      const text = chunk as string;
      if (!text) continue;
      // The scratch's first diagnostic has no comma before it; a diagnostic put in before it needs one.
      await write(first && position === 0 && written ? `,${text}` : text);
      first = false;
      written = true;
    }
    position = end;
  };
  for (const { at, text } of insertions) {
    await copyUntil(at);
    await write((written ? ',\n' : '\n') + text);
    written = true;
  }
  await copyUntil(Infinity);
  return written;
}
