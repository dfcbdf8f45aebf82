/**
 * An article page (no catalogue table) → one `document` item: title, metadata and the main text. It reads the
 * cleaned text (so Traditional is already converted and chrome lines already blank), and the page's metadata.
 */
import type { DraftItem, ItemField } from '../../schemas/draft-item.js';
import type { HtmlPage } from '../html-page.js';

export function pageDocument(lines: string[], page: HtmlPage): DraftItem {
  const body = lines.slice(page.bodyStart).map((l) => l.trim()).filter((l) => l !== '');
  const fields: Partial<Record<ItemField, string>> = {};
  const title = (page.titleLine !== undefined ? lines[page.titleLine]?.trim() : undefined) || page.meta.title;
  if (title) fields.name = title;
  if (page.meta.breadcrumb.length > 0) fields.category = page.meta.breadcrumb.join(' > ');
  if (page.meta.publisher) fields.publisher = page.meta.publisher;
  if (page.meta.publishedAt) fields.publishedAt = page.meta.publishedAt;
  const item: DraftItem = {
    kind: 'document',
    // Places of an HTML file are lines of the page itself, like the places of its diagnostics.
    place: page.contentPlace ?? 'page',
    fields,
    extra: { ...page.meta.extra },
    document: { body: body.join('\n') },
  };
  if (page.meta.attachments.length > 0) item.document!.attachments = page.meta.attachments.map((a) => ({ ...a }));
  return item;
}
