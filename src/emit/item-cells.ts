/** One CatalogItem as a row of text cells, one per FLAT_COLUMNS entry (CSV and XLSX share this flattening). */
import type { CatalogItem } from '../../schemas/catalog-item.js';
import { FLAT_COLUMNS, LIST_SEPARATOR, type FlatColumn } from './table-schema.js';

function valueAt(item: CatalogItem, path: readonly string[]): unknown {
  let value: unknown = item;
  for (const key of path) value = (value as Record<string, unknown> | undefined)?.[key];
  return value;
}

const isEmptyObject = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;

/** The text of one column's cell. */
export function cellText(item: CatalogItem, { path, kind }: FlatColumn): string {
  const value = valueAt(item, path);
  if (value === undefined) return '';
  if (kind === 'text-list') return (value as string[]).join(LIST_SEPARATOR);
  // An empty object (no extra columns) reads better as an empty cell than as `{}`.
  if (kind === 'json') return isEmptyObject(value) ? '' : JSON.stringify(value);
  return String(value);
}

export function itemCells(item: CatalogItem): string[] {
  return FLAT_COLUMNS.map((column) => cellText(item, column));
}

export function headerCells(): string[] {
  return FLAT_COLUMNS.map((c) => c.name);
}
