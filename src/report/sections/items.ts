/** 全部条目 item browser: the embedded table, one page at a time. */
import type { ItemSummary } from '../aggregate-items.js';
import { html, type Html } from '../html.js';
import { pagedTable, section } from './parts.js';

export function itemsSection(items: ItemSummary): Html {
  return section(
    'items',
    '全部条目 All items',
    html`<p>${items.items + items.documents} 条 (${items.items} items, ${items.documents} documents); 每页 50 条, 可筛选 (type to filter; all words must match).</p>${pagedTable('items', '条目 items')}`,
  );
}
