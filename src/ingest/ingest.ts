/**
 * A batch: inputs → one dataset directory. Files are processed in sorted path order and their results written as
 * they arrive, so the output is deterministic and memory does not grow with the corpus. Every output goes through a
 * temporary file and is renamed at the end: a killed run leaves the previous dataset intact.
 */
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { openAtomic, type AtomicStream } from '../emit/atomic-write.js';
import { itemCsvRow, itemsCsvHeader } from '../emit/csv.js';
import { collectInputs } from './inputs.js';
import { ingestFile, type FileResult, type IngestFileOptions } from './ingest-file.js';

export const DATASET_VERSION = 1;

export interface IngestOptions extends IngestFileOptions {
  /** Files and directories (walked recursively). */
  inputs: string[];
  /** Dataset directory, or '-' for items JSONL on `stdout`. */
  out: string;
  /** Where '-' writes (defaults to process.stdout). */
  stdout?: NodeJS.WritableStream;
  /** Called after each file (progress display). */
  onFile?: (result: FileResult) => void;
}

export interface Totals {
  files: number;
  items: number;
  documents: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface IngestResult {
  totals: Totals;
  /** 0 done (warnings allowed), 1 some input had errors. */
  exitCode: 0 | 1;
}

export const DATASET_FILES = { items: 'items.jsonl', csv: 'items.csv', files: 'files.jsonl', report: 'report.json' } as const;

export async function ingest(options: IngestOptions): Promise<IngestResult> {
  const { files, problems } = await collectInputs(options.inputs);
  const totals: Totals = { files: files.length, items: 0, documents: 0, errors: 0, warnings: 0, infos: 0 };
  const sink = await openSink(options);
  const count = (d: Diagnostic) => {
    if (d.severity === 'error') totals.errors++;
    else if (d.severity === 'warning') totals.warnings++;
    else totals.infos++;
  };
  try {
    for (const problem of problems) {
      const d: Diagnostic = { source: 'input', ...problem };
      count(d);
      await sink.diagnostic(d);
    }
    for (const path of files) {
      let result: FileResult;
      try {
        result = await ingestFile(path, await readFile(path), options);
      } catch (error) {
        // Reading failed (permissions, a file removed mid-run): report it and go on with the batch.
        const d: Diagnostic = { file: path, source: 'input', ruleId: 'input/unreadable', severity: 'error', message: `Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.` };
        count(d);
        await sink.diagnostic(d);
        continue;
      }
      totals.items += result.record.items;
      totals.documents += result.record.documents;
      for (const d of result.diagnostics) {
        count(d);
        await sink.diagnostic(d);
      }
      await sink.file(result);
      options.onFile?.(result);
    }
    await sink.commit(totals);
  } catch (error) {
    await sink.abort();
    throw error;
  }
  return { totals, exitCode: totals.errors > 0 ? 1 : 0 };
}

interface Sink {
  file(result: FileResult): Promise<void>;
  diagnostic(d: Diagnostic): Promise<void>;
  commit(totals: Totals): Promise<void>;
  abort(): Promise<void>;
}

async function openSink(options: IngestOptions): Promise<Sink> {
  if (options.out === '-') {
    const out = options.stdout ?? process.stdout;
    const write = (s: string) => new Promise<void>((resolve) => (out.write(s) ? resolve() : out.once('drain', resolve)));
    return {
      file: async (r) => {
        for (const item of r.items) await write(JSON.stringify(item) + '\n');
      },
      diagnostic: async () => {},
      commit: async () => {},
      abort: async () => {},
    };
  }
  await mkdir(options.out, { recursive: true });
  const items = openAtomic(join(options.out, DATASET_FILES.items));
  const csv = openAtomic(join(options.out, DATASET_FILES.csv));
  const files = openAtomic(join(options.out, DATASET_FILES.files));
  // Diagnostics stream to a scratch file and are copied into report.json at the end, after the totals.
  const scratchPath = join(options.out, `.diagnostics.${process.pid}.jsonl`);
  const scratch = openAtomic(scratchPath);
  const streams: AtomicStream[] = [items, csv, files, scratch];
  await csv.write(itemsCsvHeader());
  let diagnostics = 0;
  return {
    file: async (r) => {
      for (const item of r.items) {
        await items.write(JSON.stringify(item) + '\n');
        await csv.write(itemCsvRow(item));
      }
      await files.write(JSON.stringify(r.record) + '\n');
    },
    diagnostic: async (d) => {
      await scratch.write((diagnostics++ ? ',\n' : '\n') + JSON.stringify(d));
    },
    commit: async (totals) => {
      await scratch.commit();
      const report = openAtomic(join(options.out, DATASET_FILES.report));
      await report.write(`{"version":${DATASET_VERSION},"totals":${JSON.stringify(totals)},"diagnostics":[`);
      for await (const chunk of createReadStream(scratchPath, 'utf8')) await report.write(chunk as string);
      await report.write((diagnostics ? '\n' : '') + ']}\n');
      await rm(scratchPath, { force: true });
      // Renamed last and together: the dataset switches from the previous run's files to this run's.
      for (const s of [items, csv, files, report]) await s.commit();
    },
    abort: async () => {
      for (const s of streams) await s.abort();
    },
  };
}
