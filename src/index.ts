/** The public library API. The CLI imports only this module. */
export * from '../schemas/index.js';
export type { Parser, ParseContext, ParseLimits, SourceFile } from '../parsers/types.js';
export { parsers } from '../parsers/index.js';
export { decodeBytes } from './decode.js';
export { ingest, DATASET_FILES, type IngestOptions, type IngestResult, type Totals } from './ingest/ingest.js';
export { ingestFile, type FileRecord, type FileResult } from './ingest/ingest-file.js';
export { parseBasis, parseChannels, parseTimeLimit, splitResponsible } from './normalize/index.js';
export { catalogItemJsonSchema } from './json-schema.js';
export { DatasetError, readFiles, readItems, readReport } from './dataset/read-dataset.js';
export type { DatasetReport } from './dataset/types.js';
export * from './coverage/index.js';
export { buildReportHtml, renderReport, type RenderReportOptions } from './report/index.js';
export { sectionsFromText, documentSections } from '../parsers/shared/sections-from-text.js';
export { REPORT_RULES, runReportRules, type ReportRule } from '../parsers/annual-report/report-rules.js';
