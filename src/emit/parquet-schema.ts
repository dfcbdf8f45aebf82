/**
 * The Parquet schema of items.parquet, generated from CatalogItem's JSON Schema (itself generated from the zod schema),
 * so a field added to CatalogItem reaches Parquet without a second list to keep in step. Each JSON Schema shape maps to
 * one Parquet shape that engines (DuckDB, Spark, polars) read as typed columns:
 *
 * - string → UTF8; a string with the ISO date pattern → DATE; number → DOUBLE; integer → INT64; boolean → BOOLEAN
 * - array → LIST of its items (3-level form); object with properties → STRUCT (`source`, `timeLimit`, …)
 * - object whose values are strings (`extra`) → MAP<UTF8, UTF8>
 * - object with values of any shape (`stats`, whose shape differs per document kind) → JSON
 * - an array of a recursive object (`sections`: a tree) → LIST of STRUCT in pre-order with a `depth` column, since a
 *   Parquet schema is finite; the tree is rebuilt exactly from the order and the depths.
 */
import type { SchemaElement } from 'hyparquet';
import { catalogItemJsonSchema } from '../json-schema.js';

export type Shape =
  | { kind: 'string' | 'date' | 'double' | 'int32' | 'int64' | 'boolean' | 'json' | 'map' }
  | { kind: 'list'; element: Shape }
  | { kind: 'struct'; fields: ParquetField[] }
  /**
   * A tree flattened to a pre-order list; `children` is the field that held the subtrees, `keys` every field of a node
   * in declaration order (so a rebuilt node has its keys in the zod schema's order).
   */
  | { kind: 'tree'; children: string; keys: string[]; fields: ParquetField[] };

export interface ParquetField {
  name: string;
  required: boolean;
  shape: Shape;
}

/** The column added to each node of a flattened tree: 0 for a root, 1 for its children, … */
export const TREE_DEPTH = 'depth';

interface JsonSchema {
  type?: string;
  $ref?: string;
  pattern?: string;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
}

const ISO_DATE = '^\\d{4}-\\d{2}-\\d{2}$';

/** Parquet fields of an object schema, in declaration order. */
export function parquetFields(root: JsonSchema & { $defs?: Record<string, JsonSchema> }): ParquetField[] {
  const resolve = (node: JsonSchema): JsonSchema => {
    if (!node.$ref) return node;
    const name = /^#\/\$defs\/(.+)$/.exec(node.$ref)?.[1];
    const target = name ? root.$defs?.[name] : undefined;
    if (!target) throw new Error(`unresolvable $ref ${node.$ref} in the item schema`);
    return target;
  };

  const fieldsOf = (node: JsonSchema, skip?: string): ParquetField[] =>
    Object.entries(node.properties ?? {})
      .filter(([name]) => name !== skip)
      .map(([name, child]) => ({ name, required: node.required?.includes(name) ?? false, shape: shapeOf(child) }));

  function shapeOf(raw: JsonSchema): Shape {
    const node = resolve(raw);
    switch (node.type) {
      case 'string':
        return { kind: node.pattern === ISO_DATE ? 'date' : 'string' };
      case 'number':
        return { kind: 'double' };
      case 'integer':
        return { kind: 'int64' };
      case 'boolean':
        return { kind: 'boolean' };
      case 'array': {
        const items = node.items ?? {};
        const children = items.$ref ? recursiveChild(items.$ref, resolve(items)) : undefined;
        if (children) {
          const node = resolve(items);
          return { kind: 'tree', children, keys: Object.keys(node.properties ?? {}), fields: fieldsOf(node, children) };
        }
        return { kind: 'list', element: shapeOf(items) };
      }
      case 'object':
        if (node.properties) return { kind: 'struct', fields: fieldsOf(node) };
        if (typeof node.additionalProperties === 'object' && node.additionalProperties.type === 'string') return { kind: 'map' };
        return { kind: 'json' };
      default:
        return { kind: 'json' };
    }
  }

  return fieldsOf(root);
}

/** The property of `node` that is an array of `ref` itself (a tree's children), if any. */
function recursiveChild(ref: string, node: JsonSchema): string | undefined {
  return Object.entries(node.properties ?? {}).find(([, child]) => child.type === 'array' && child.items?.$ref === ref)?.[0];
}

/** The fields of CatalogItem as Parquet columns. */
export const ITEM_PARQUET_FIELDS: readonly ParquetField[] = parquetFields(catalogItemJsonSchema() as JsonSchema);

/** The flat Parquet schema (root first, then each node depth-first with its child count). */
export function parquetSchema(fields: readonly ParquetField[]): SchemaElement[] {
  const out: SchemaElement[] = [{ name: 'root', num_children: fields.length }];
  for (const field of fields) addElements(field, out);
  return out;
}

function addElements({ name, required, shape }: ParquetField, out: SchemaElement[]): void {
  const repetition_type = required ? 'REQUIRED' : 'OPTIONAL';
  switch (shape.kind) {
    case 'string':
      out.push({ name, repetition_type, type: 'BYTE_ARRAY', converted_type: 'UTF8' });
      return;
    case 'date':
      out.push({ name, repetition_type, type: 'INT32', converted_type: 'DATE' });
      return;
    case 'double':
      out.push({ name, repetition_type, type: 'DOUBLE' });
      return;
    case 'int32':
      out.push({ name, repetition_type, type: 'INT32' });
      return;
    case 'int64':
      out.push({ name, repetition_type, type: 'INT64' });
      return;
    case 'boolean':
      out.push({ name, repetition_type, type: 'BOOLEAN' });
      return;
    case 'json':
      out.push({ name, repetition_type, type: 'BYTE_ARRAY', converted_type: 'JSON' });
      return;
    case 'map':
      out.push(
        { name, repetition_type, converted_type: 'MAP', num_children: 1 },
        { name: 'key_value', repetition_type: 'REPEATED', num_children: 2 },
        { name: 'key', repetition_type: 'REQUIRED', type: 'BYTE_ARRAY', converted_type: 'UTF8' },
        { name: 'value', repetition_type: 'REQUIRED', type: 'BYTE_ARRAY', converted_type: 'UTF8' },
      );
      return;
    case 'struct':
      out.push({ name, repetition_type, num_children: shape.fields.length });
      for (const child of shape.fields) addElements(child, out);
      return;
    case 'list':
    case 'tree': {
      out.push(
        { name, repetition_type, converted_type: 'LIST', num_children: 1 },
        { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
      );
      const element: Shape = shape.kind === 'list' ? shape.element : { kind: 'struct', fields: treeNodeFields(shape) };
      addElements({ name: 'element', required: true, shape: element }, out);
      return;
    }
  }
}

/** The columns of one flattened tree node: its depth, then its own fields. */
export function treeNodeFields(shape: Extract<Shape, { kind: 'tree' }>): ParquetField[] {
  return [{ name: TREE_DEPTH, required: true, shape: { kind: 'int32' } }, ...shape.fields];
}
