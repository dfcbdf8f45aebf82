/**
 * datapackage.json: a Frictionless Data Package (v1, tabular-data-package profile) describing the exported files.
 * Every tabular resource carries the Table Schema generated from CatalogItem; sizes and hashes make a download checkable.
 */
import { UsageError } from '../usage-error.js';
import { tableSchema, type TableSchema } from './table-schema.js';

export type ExportFormat = 'csv' | 'xlsx' | 'jsonl' | 'json' | 'parquet';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'xlsx', 'jsonl', 'json', 'parquet'];
/** What `catalog export` writes without `--format` (Parquet is asked for by name). */
export const DEFAULT_EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'xlsx', 'jsonl', 'json'];

/** `csv,json` → ['csv', 'json'], each one of `allowed`; anything else is a usage error. */
export function parseFormatList<F extends string>(list: string, allowed: readonly F[]): F[] {
  const formats = list.split(',').map((f) => f.trim()).filter(Boolean);
  const unknown = formats.filter((f) => !(allowed as readonly string[]).includes(f));
  if (unknown.length > 0 || formats.length === 0) {
    throw new UsageError(`--format ${list}: expected a comma-separated list of ${allowed.join(', ')}.`);
  }
  return formats as F[];
}

export function parseExportFormats(list: string): ExportFormat[] {
  return parseFormatList(list, EXPORT_FORMATS);
}

export const ITEMS_BASENAME = 'items';
export const JSON_SCHEMA_FILE = 'catalog.schema.json';
export const DATAPACKAGE_FILE = 'datapackage.json';

const MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  jsonl: 'application/jsonl',
  json: 'application/json',
  parquet: 'application/vnd.apache.parquet',
};

export interface FileFacts {
  bytes: number;
  /** Hex SHA-256 of the file. */
  sha256: string;
}

export interface DataResource {
  name: string;
  path: string;
  profile: 'tabular-data-resource' | 'data-resource';
  title: string;
  description?: string;
  format: string;
  mediatype: string;
  encoding?: string;
  bytes: number;
  hash: string;
  dialect?: Record<string, unknown>;
  schema?: TableSchema;
}

export interface DataPackage {
  profile: 'tabular-data-package';
  name: string;
  title: string;
  description: string;
  resources: DataResource[];
}

const CSV_DIALECT = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true };

function itemsResource(format: ExportFormat, facts: FileFacts): DataResource {
  const resource: DataResource = {
    name: `${ITEMS_BASENAME}-${format}`,
    path: `${ITEMS_BASENAME}.${format}`,
    profile: 'tabular-data-resource',
    title: `政府信息公开目录事项 / Catalogue items (${format.toUpperCase()})`,
    format,
    mediatype: MEDIA_TYPES[format],
    bytes: facts.bytes,
    hash: `sha256:${facts.sha256}`,
    schema: tableSchema(format === 'csv' || format === 'xlsx' ? 'flat' : format === 'parquet' ? 'parquet' : 'json'),
  };
  if (format !== 'xlsx' && format !== 'parquet') resource.encoding = 'utf-8';
  if (format === 'csv') {
    resource.dialect = CSV_DIALECT;
    resource.description =
      "UTF-8 with BOM. A cell that begins with = + - @, a tab or a CR is prefixed with ' so spreadsheets do not run it as a formula; a plain signed number (-5, +3.5) is left as it is.";
  }
  if (format === 'parquet') {
    resource.description =
      'Apache Parquet, Snappy-compressed, one row per item with typed columns: lists as LIST, objects as STRUCT, `extra` as ' +
      'MAP, `publishedAt` as DATE, `stats` as JSON, `sections` as a pre-order LIST of {depth, heading, number, text}.';
  }
  return resource;
}

/** Package name: lowercase letters, digits and `-._` only (the spec's pattern). */
export function packageName(raw: string): string {
  const name = raw.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  return name || 'catalog';
}

export function buildDataPackage(
  name: string,
  items: ReadonlyArray<[ExportFormat, FileFacts]>,
  jsonSchema: FileFacts,
): DataPackage {
  return {
    profile: 'tabular-data-package',
    name: packageName(name),
    title: '政府信息公开目录 / Government information disclosure catalogue',
    description:
      'Items of Chinese government information-disclosure catalogues (政府信息公开目录, 基层政务公开标准目录) and related documents, ' +
      'one record per item; each record names its source file and place.',
    resources: [
      ...items.map(([format, facts]) => itemsResource(format, facts)),
      {
        name: 'catalog-schema',
        path: JSON_SCHEMA_FILE,
        profile: 'data-resource',
        title: 'JSON Schema of one item',
        format: 'json',
        mediatype: 'application/schema+json',
        encoding: 'utf-8',
        bytes: jsonSchema.bytes,
        hash: `sha256:${jsonSchema.sha256}`,
      },
    ],
  };
}
