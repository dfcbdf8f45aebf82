/**
 * The stable identity of an item across crawls: publisher + category path + name. Ids hash the input
 * bytes, so they change whenever a page is re-crawled; this key does not.
 */
import type { CatalogItem } from '../../schemas/catalog-item.js';

/** Who published the item: the publisher, or the source file's base name when no publisher was read. */
function owner(item: CatalogItem): string {
  const publisher = item.publisher?.trim();
  if (publisher) return publisher;
  const file = item.source.file.replace(/\\/g, '/');
  return file.slice(file.lastIndexOf('/') + 1);
}

/** `publisher › 类别 › 子类 › name`; readable in reports and unique enough for matching. */
export function itemIdentity(item: CatalogItem): string {
  return [owner(item), ...item.category.map((c) => c.trim()), item.name.trim()].join(' › ');
}
