/** One CatalogItem as a row of text cells (CSV and XLSX share this flattening). */
import type { CatalogItem } from '../../schemas/catalog-item.js';
import { ITEM_COLUMNS, LIST_SEPARATOR } from './table-schema.js';

export function itemCells(item: CatalogItem): string[] {
  return ITEM_COLUMNS.map(({ name, kind }) => {
    const value = item[name];
    if (value === undefined) return '';
    switch (kind) {
      case 'text':
        return String(value);
      case 'text-list':
        return (value as string[]).join(LIST_SEPARATOR);
      case 'number':
      case 'boolean':
        return String(value);
      case 'json':
        return JSON.stringify(value);
    }
  });
}

export function headerCells(): string[] {
  return ITEM_COLUMNS.map((c) => c.name);
}
