/**
 * Shapes of the dataset directory written by `catalog ingest --out <dir>`. These mirror what the emitter writes;
 * readers treat every field as possibly missing so that an older or partial dataset still renders.
 */
import type { Diagnostic } from '../../schemas/diagnostic.js';
import type { FileRecord } from '../ingest/ingest-file.js';

/**
 * One line of files.jsonl as read back. The shape is the writer's (ingest-file.ts); every field but `path` may be
 * missing so that a partial dataset still renders.
 */
export type FileRecordRead = Partial<Omit<FileRecord, 'path' | 'diagnostics'>> & {
  path: string;
  diagnostics?: Partial<FileRecord['diagnostics']>;
};

/** report.json */
export interface DatasetReport {
  version?: string | number;
  totals?: Partial<Record<'files' | 'items' | 'documents' | 'errors' | 'warnings' | 'infos', number>>;
  diagnostics: Diagnostic[];
}

/** The parser(s) that read a file, as one label (`key-value+text-rows`); '' when none did. */
export function fileParser(file: FileRecordRead): string {
  return file.parsers?.join('+') ?? '';
}
