/** The free-text parts of an item, named, for the residual-text checks. */
import type { CatalogItem } from '../../schemas/catalog-item.js';

export interface NamedText {
  /** Field name, or `extra.<label>` / `attachments[2]`. */
  field: string;
  text: string;
}

export function itemTexts(item: CatalogItem): NamedText[] {
  const out: NamedText[] = [
    { field: 'name', text: item.name },
    { field: 'category', text: item.category.join(' ') },
    { field: 'content', text: item.content },
    { field: 'basisText', text: item.basisText },
    { field: 'clauses', text: item.clauses },
    { field: 'channels', text: item.channels.join(' ') },
    { field: 'responsible', text: item.responsible.join(' ') },
    { field: 'timeLimit', text: item.timeLimit.text },
    { field: 'publisher', text: item.publisher ?? '' },
    { field: 'body', text: item.body ?? '' },
  ];
  item.attachments?.forEach((a, i) => out.push({ field: `attachments[${i}]`, text: a.name }));
  for (const key of Object.keys(item.extra).sort()) out.push({ field: `extra.${key}`, text: item.extra[key] ?? '' });
  return out.filter((t) => t.text !== '');
}

/** Shortens a long excerpt for `actual`, keeping the start of the match visible. */
export function excerpt(text: string, at = 0, width = 60): string {
  const start = Math.max(0, at - 10);
  const slice = text.slice(start, start + width);
  return `${start > 0 ? '…' : ''}${slice}${start + width < text.length ? '…' : ''}`;
}
