/** The public library API. The CLI imports only this module. */
export * from '../schemas/index.js';
export type { Parser, ParseContext, ParseLimits, SourceFile } from '../parsers/types.js';
export { parsers } from '../parsers/index.js';
export { decodeBytes } from './decode.js';
export { ingest, DATASET_FILES, type IngestOptions, type IngestResult, type Totals } from './ingest/ingest.js';
export { ingestFile, type FileRecord, type FileResult } from './ingest/ingest-file.js';
export { parseBasis, parseChannels, parseTimeLimit, splitResponsible } from './normalize/index.js';
export { catalogItemJsonSchema } from './json-schema.js';
