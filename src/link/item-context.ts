/**
 * Sets an item's notice context. The key goes where the schema declares it (after `source`, before `flags`), so an
 * item given its context here serializes to the same bytes whether it was written by ingest or by merge, and a context
 * written before (a shard's, linked within the shard alone) is replaced, never kept beside the batch's.
 */
import type { CatalogItem, ItemContext, NoticeContext } from '../../schemas/catalog-item.js';

export function withNoticeContext(item: CatalogItem, notice: NoticeContext | undefined): CatalogItem {
  if (!notice && !item.context) return item;
  const { context, flags, ...rest } = item;
  const { notice: _old, ...others } = context ?? {};
  const next: ItemContext = { ...others, ...(notice ? { notice } : {}) };
  return Object.keys(next).length > 0 ? { ...rest, context: next, flags } : { ...rest, flags };
}
