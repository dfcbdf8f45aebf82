/**
 * A file's result ready to be written: outputs encoded where it was computed (a worker thread), so the main thread
 * only copies bytes to disk and the message back from the worker carries buffers, not object trees. This is also
 * what the cache stores.
 */
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { encodeOutputs, type EncodedOutputs } from '../emit/encoded-file.js';
import type { FileResult } from './ingest-file.js';
import { drain } from './drain.js';

export interface PreparedFile {
  path: string;
  sha256: string;
  items: number;
  documents: number;
  diagnostics: Diagnostic[];
  outputs: EncodedOutputs;
}

/**
 * Takes the result's items (its array is left empty): each is let go as soon as it is encoded, so a 125,000-row
 * table's items are never all held beside their UTF-8 (the largest hold of a big file, with the lines as strings).
 */
export function prepareFile(result: FileResult): PreparedFile {
  const { record } = result;
  return {
    path: record.path,
    sha256: record.sha256,
    items: record.items,
    documents: record.documents,
    diagnostics: result.diagnostics,
    outputs: encodeOutputs(drain(result.items), record),
  };
}
