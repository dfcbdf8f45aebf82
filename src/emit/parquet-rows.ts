/**
 * CatalogItem ↔ Parquet row, driven by the shapes of parquet-schema.ts. Most values pass through as they are (strings,
 * numbers, lists, structs, maps and JSON are walked by the writer itself); only dates (ISO text ↔ days since
 * 1970-01-01), 64-bit integers (number ↔ bigint) and trees (nested ↔ pre-order list with depths) are converted.
 */
import type { CatalogItem } from '../../schemas/catalog-item.js';
import { ITEM_PARQUET_FIELDS, TREE_DEPTH, type ParquetField, type Shape } from './parquet-schema.js';

type Value = unknown;
type Struct = Record<string, Value>;

const DAY_MS = 86_400_000;

const memo = new WeakMap<Shape, boolean>();

/** Whether a value of this shape must be converted before writing (memoized: asked for every value written). */
function converts(shape: Shape): boolean {
  let answer = memo.get(shape);
  if (answer === undefined) memo.set(shape, (answer = needsConversion(shape)));
  return answer;
}

function needsConversion(shape: Shape): boolean {
  switch (shape.kind) {
    case 'date':
    case 'int64':
    case 'tree':
      return true;
    case 'list':
      return converts(shape.element);
    case 'struct':
      return shape.fields.some((f) => converts(f.shape));
    default:
      return false;
  }
}

function toParquet(value: Value, shape: Shape): Value {
  if (value === undefined || value === null || !converts(shape)) return value;
  switch (shape.kind) {
    case 'date': {
      const [y, m, d] = (value as string).split('-').map(Number);
      return Date.UTC(y!, m! - 1, d!) / DAY_MS;
    }
    case 'int64':
      return BigInt(value as number);
    case 'list':
      return (value as Value[]).map((v) => toParquet(v, shape.element));
    case 'struct':
      return structToParquet(value as Struct, shape.fields);
    case 'tree': {
      const flat: Struct[] = [];
      const visit = (nodes: Struct[], depth: number) => {
        for (const node of nodes) {
          flat.push({ ...structToParquet(node, shape.fields), [TREE_DEPTH]: depth });
          visit((node[shape.children] as Struct[] | undefined) ?? [], depth + 1);
        }
      };
      visit(value as Struct[], 0);
      return flat;
    }
    default:
      return value;
  }
}

/** A shallow copy with the fields that need it converted (the writer reads struct fields by name). */
function structToParquet(value: Struct, fields: readonly ParquetField[]): Struct {
  const out: Struct = { ...value };
  for (const { name, shape } of fields) if (converts(shape)) out[name] = toParquet(value[name], shape);
  return out;
}

export function itemToParquetRow(item: CatalogItem): Struct {
  return structToParquet(item as unknown as Struct, ITEM_PARQUET_FIELDS);
}

/** A value as a Parquet reader (hyparquet) returns it → the CatalogItem value; null (absent) → undefined. */
function fromParquet(value: Value, shape: Shape): Value {
  if (value === undefined || value === null) return undefined;
  switch (shape.kind) {
    case 'date': {
      const ms = value instanceof Date ? value.getTime() : Number(value) * DAY_MS;
      return new Date(ms).toISOString().slice(0, 10);
    }
    case 'int64':
    case 'int32':
    case 'double':
      return Number(value);
    case 'json':
      return typeof value === 'string' ? JSON.parse(value) : value;
    case 'map':
      // Readers give a map as an object or as its key/value entries.
      return Array.isArray(value)
        ? Object.fromEntries((value as Array<{ key: string; value: string }>).map((e) => [e.key, e.value]))
        : value;
    case 'list':
      return (value as Value[]).map((v) => fromParquet(v, shape.element));
    case 'struct':
      return structFromParquet(value as Struct, shape.fields);
    case 'tree': {
      const roots: Struct[] = [];
      const open: Struct[] = [];
      for (const flat of value as Struct[]) {
        const depth = Number(flat[TREE_DEPTH]);
        const own = structFromParquet(flat, shape.fields);
        const node: Struct = {};
        for (const key of shape.keys) {
          if (key === shape.children) node[key] = [];
          else if (own[key] !== undefined) node[key] = own[key];
        }
        open.length = depth;
        if (depth === 0) roots.push(node);
        else (open[depth - 1]![shape.children] as Struct[]).push(node);
        open[depth] = node;
      }
      return roots;
    }
    default:
      return value;
  }
}

/** An object with the fields in declaration order; absent optional fields are left out, as in items.jsonl. */
function structFromParquet(value: Struct, fields: readonly ParquetField[]): Struct {
  const out: Struct = {};
  for (const { name, shape } of fields) {
    const v = fromParquet(value[name], shape);
    if (v !== undefined) out[name] = v;
  }
  return out;
}

/** A row read back from items.parquet as the item it was written from (validation is the caller's). */
export function parquetRowToItem(row: Struct): unknown {
  return structFromParquet(row, ITEM_PARQUET_FIELDS);
}
