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
  /** Parser that won detection; null/'' when none did. */
  parser?: string | null;
  /** parser name → detection score. */
  detection?: Record<string, number>;
  items?: number;
  diagnostics?: { error?: number; warning?: number; info?: number };
}

/** report.json */
export interface DatasetReport {
  version?: string;
  totals?: Partial<Record<'files' | 'items' | 'documents' | 'errors' | 'warnings' | 'infos', number>>;
  diagnostics: Diagnostic[];
}
