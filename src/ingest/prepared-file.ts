/**
 * A file's result ready to be written: outputs serialized where it was computed (a worker thread), so the main
 * thread only copies strings to disk and the structured clone back from the worker is of strings, not object trees.
 * This is also what the cache stores.
 */
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { serializeFile, type SerializedFile } from '../emit/dataset-sink.js';
import type { FileResult } from './ingest-file.js';

export interface PreparedFile {
  path: string;
  sha256: string;
  items: number;
  documents: number;
  diagnostics: Diagnostic[];
  outputs: SerializedFile;
}

export function prepareFile(result: FileResult): PreparedFile {
  const { record } = result;
  return {
    path: record.path,
    sha256: record.sha256,
    items: record.items,
    documents: record.documents,
    diagnostics: result.diagnostics,
    outputs: serializeFile(result.items, record),
  };
}
