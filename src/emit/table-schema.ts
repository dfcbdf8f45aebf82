/**
 * The columns of items.csv / items.xlsx and the Frictionless Table Schemas of every export, generated from the zod
 * schema through JSON Schema (z.toJSONSchema), so a field added to CatalogItem reaches every export without a second
 * list to keep in step. Spreadsheet columns split two nested fields for people: `timeLimit` (text) +
 * `timeLimitClauses`, `source.*`, and `context.notice.*`.
 */
import { catalogItemJsonSchema } from '../json-schema.js';
import { bilingualTitle } from '../../schemas/field-titles.js';
import { ITEM_PARQUET_FIELDS, treeNodeFields } from './parquet-schema.js';

/** How a value becomes one spreadsheet cell. */
export type CellKind = 'text' | 'text-list' | 'json' | 'number' | 'boolean';

interface JsonSchema {
  type?: string;
  enum?: unknown[];
  pattern?: string;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

export interface FlatColumn {
  name: string;
  /** Where the value lives in a CatalogItem (`['source', 'file']`). */
  path: readonly string[];
  kind: CellKind;
  json: JsonSchema;
}

/** The separator of list cells in CSV/XLSX (full-width, so it does not clash with ASCII commas in values). */
export const LIST_SEPARATOR = '；';

const ITEM_SCHEMA = catalogItemJsonSchema() as unknown as JsonSchema & { properties: Record<string, JsonSchema> };

/** Source columns in reading order: where first, then how it was read. */
const SOURCE_ORDER = ['file', 'place', 'parser', 'format', 'encoding', 'script', 'sha256'];

function cellKind(json: JsonSchema): CellKind {
  if (json.type === 'string') return 'text';
  if (json.type === 'number' || json.type === 'integer') return 'number';
  if (json.type === 'boolean') return 'boolean';
  if (json.type === 'array' && json.items?.type === 'string') return 'text-list';
  return 'json';
}

function flatColumns(): FlatColumn[] {
  const columns: FlatColumn[] = [];
  const add = (name: string, path: string[], json: JsonSchema) => columns.push({ name, path, kind: cellKind(json), json });
  for (const [field, json] of Object.entries(ITEM_SCHEMA.properties)) {
    if (field === 'timeLimit') {
      add('timeLimit', ['timeLimit', 'text'], json.properties!.text!);
      add('timeLimitClauses', ['timeLimit', 'clauses'], json.properties!.clauses!);
    } else if (field === 'source') {
      const keys = Object.keys(json.properties!);
      if (keys.length !== SOURCE_ORDER.length || !keys.every((k) => SOURCE_ORDER.includes(k))) {
        throw new Error('Source fields changed: update SOURCE_ORDER in src/emit/table-schema.ts');
      }
      for (const key of SOURCE_ORDER) add(`source.${key}`, ['source', key], json.properties![key]!);
    } else if (field === 'context') {
      // One column per fact (`context.notice.title`, …): a spreadsheet filters on them, not on a JSON cell.
      for (const [part, partJson] of Object.entries(json.properties!)) {
        for (const [key, keyJson] of Object.entries(partJson.properties!)) add(`context.${part}.${key}`, ['context', part, key], keyJson);
      }
    } else {
      add(field, [field], json);
    }
  }
  return columns;
}

/** Columns of items.csv and items.xlsx, in CatalogItem's declaration order. */
export const FLAT_COLUMNS: readonly FlatColumn[] = flatColumns();

export interface TableSchemaField {
  name: string;
  title: string;
  type: string;
  format?: string;
  description?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: unknown[] };
}

export interface TableSchema {
  fields: TableSchemaField[];
  primaryKey: string;
  missingValues: string[];
}

const ISO_DATE = '^\\d{4}-\\d{2}-\\d{2}$';
/**
 * Columns never empty in a valid item. Other zod-required strings may legitimately be '' (an item with no 公开依据),
 * which a CSV cannot tell from a missing value, so they carry no `required` constraint.
 */
const NEVER_EMPTY = new Set(['id', 'kind', 'source.file', 'source.place']);

function field(name: string, json: JsonSchema, flat: boolean): TableSchemaField {
  const out: TableSchemaField = { name, title: bilingualTitle(name), type: 'string' };
  const kind = cellKind(json);
  if (kind === 'text-list') {
    if (flat) out.description = `List of values joined with "${LIST_SEPARATOR}".`;
    else out.type = 'array';
  } else if (kind === 'json') {
    out.type = json.type === 'array' ? 'array' : 'object';
    if (flat) out.description = 'Compact JSON.';
  } else if (kind === 'number') {
    out.type = json.type === 'integer' ? 'integer' : 'number';
  } else if (kind === 'boolean') {
    out.type = 'boolean';
  } else if (json.pattern === ISO_DATE) {
    out.type = 'date';
    out.format = 'default';
  }
  const constraints: NonNullable<TableSchemaField['constraints']> = {};
  if (NEVER_EMPTY.has(name)) constraints.required = true;
  if (name === 'id') constraints.unique = true;
  if (json.enum) constraints.enum = json.enum;
  if (Object.keys(constraints).length > 0) out.constraints = constraints;
  return out;
}

/**
 * Table Schema of one serialisation: `flat` for CSV/XLSX (the columns above, lists as joined text, nested values as
 * compact JSON), `json` for JSON/JSONL (CatalogItem's own fields, lists as arrays), `parquet` for items.parquet (the
 * same fields; a tree such as `sections` is a pre-order list of nodes with their depth, see parquet-schema.ts).
 */
export function tableSchema(flavour: 'flat' | 'json' | 'parquet'): TableSchema {
  const fields =
    flavour === 'flat'
      ? FLAT_COLUMNS.map((c) => field(c.name, c.json, true))
      : Object.entries(ITEM_SCHEMA.properties).map(([name, json]) => field(name, json, false));
  if (flavour === 'parquet') {
    for (const { name, shape } of ITEM_PARQUET_FIELDS) {
      if (shape.kind !== 'tree') continue;
      const keys = treeNodeFields(shape).map((f) => f.name).join(', ');
      fields.find((f) => f.name === name)!.description = `Tree in pre-order: a list of {${keys}}; depth 0 is a root, depth d+1 a child of the nearest d before it.`;
    }
  }
  // An absent optional value is an empty cell in CSV; in JSON it is simply absent.
  return { fields, primaryKey: 'id', missingValues: [''] };
}
