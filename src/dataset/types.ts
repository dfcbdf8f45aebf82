/**
 * Shapes of the dataset directory written by `catalog ingest --out <dir>`. These mirror what the emitter writes;
 * readers treat every field as possibly missing so that an older or partial dataset still renders.
 */
import type { Diagnostic } from '../../schemas/diagnostic.js';

/** One line of files.jsonl: what happened to one input file. */
export interface FileRecord {
  path: string;
  sha256?: string;
  bytes?: number;
  encoding?: string;
  script?: string;
  format?: string;
  /** Encoding decision as explained by decode (`valid UTF-8`, …). */
  decision?: string;
  /** Parsers that ran, in registry order ([] when none recognised the file). */
  parsers?: string[];
  /** Older datasets name one parser; null/'' when none did. */
  parser?: string | null;
  /** parser name → detection score. */
  detection?: Record<string, number>;
  /** kind 'item' rows from this file. */
  items?: number;
  documents?: number;
  diagnostics?: { error?: number; warning?: number; info?: number };
}

/** report.json */
export interface DatasetReport {
  version?: string | number;
  totals?: Partial<Record<'files' | 'items' | 'documents' | 'errors' | 'warnings' | 'infos', number>>;
  diagnostics: Diagnostic[];
}

/** The parser(s) that read a file, as one label (`key-value+text-rows`); '' when none did. */
export function fileParser(file: FileRecord): string {
  return file.parsers?.length ? file.parsers.join('+') : (file.parser ?? '');
}
