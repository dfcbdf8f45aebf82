/**
 * The CatalogItem columns and their Frictionless Table Schema, generated from the zod schema through JSON Schema
 * (z.toJSONSchema), so a field added to CatalogItem appears in every export without a second list to keep in step.
 */
import { z } from 'zod';
import { CatalogItem } from '../../schemas/catalog-item.js';
import { bilingualTitle, FIELD_TITLES } from '../../schemas/field-titles.js';

/** How a field becomes one spreadsheet cell. */
export type CellKind = 'text' | 'text-list' | 'json' | 'number' | 'boolean';

export interface ItemColumn {
  name: keyof CatalogItem;
  kind: CellKind;
  required: boolean;
  /** The field's JSON Schema, for the Table Schema type. */
  json: JsonSchema;
}

interface JsonSchema {
  type?: string;
  enum?: unknown[];
  pattern?: string;
  items?: JsonSchema;
}

/** The separator of list cells in CSV/XLSX: the full-width semicolon never occurs inside the list values we emit. */
export const LIST_SEPARATOR = '；';

export const CATALOG_JSON_SCHEMA = z.toJSONSchema(CatalogItem) as {
  properties: Record<string, JsonSchema>;
  required: string[];
};

function cellKind(json: JsonSchema): CellKind {
  if (json.type === 'string') return 'text';
  if (json.type === 'number' || json.type === 'integer') return 'number';
  if (json.type === 'boolean') return 'boolean';
  if (json.type === 'array' && json.items?.type === 'string') return 'text-list';
  return 'json';
}

/** Columns in CatalogItem's declaration order. */
export const ITEM_COLUMNS: readonly ItemColumn[] = Object.entries(CATALOG_JSON_SCHEMA.properties).map(([name, json]) => {
  if (!Object.hasOwn(FIELD_TITLES, name)) throw new Error(`CatalogItem field ${name} has no entry in schemas/field-titles.ts`);
  return { name: name as keyof CatalogItem, kind: cellKind(json), required: CATALOG_JSON_SCHEMA.required.includes(name), json };
});

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
 * Table Schema for one serialisation. In CSV/XLSX (`flat`) a list of strings is one text cell joined with `；`,
 * so it is typed `string`; in JSON/JSONL it stays a real `array`.
 */
export function tableSchema(flavour: 'flat' | 'json'): TableSchema {
  const fields = ITEM_COLUMNS.map((column): TableSchemaField => {
    const field: TableSchemaField = { name: column.name, title: bilingualTitle(column.name), type: 'string' };
    const { json } = column;
    if (column.kind === 'text-list') {
      if (flavour === 'flat') field.description = `List of values joined with "${LIST_SEPARATOR}".`;
      else field.type = 'array';
    } else if (column.kind === 'json') {
      field.type = json.type === 'array' ? 'array' : 'object';
      if (flavour === 'flat') field.description = 'Compact JSON.';
    } else if (column.kind === 'number') {
      field.type = json.type === 'integer' ? 'integer' : 'number';
    } else if (column.kind === 'boolean') {
      field.type = 'boolean';
    } else if (json.pattern === ISO_DATE) {
      field.type = 'date';
      field.format = 'default';
    }
    const constraints: NonNullable<TableSchemaField['constraints']> = {};
    if (column.required) constraints.required = true;
    if (column.name === 'id') constraints.unique = true;
    if (json.enum) constraints.enum = json.enum;
    if (Object.keys(constraints).length > 0) field.constraints = constraints;
    return field;
  });
  // An absent optional field is an empty cell in CSV; in JSON it is simply absent.
  return { fields, primaryKey: 'id', missingValues: [''] };
}
