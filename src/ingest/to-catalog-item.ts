/** DraftItem (loose strings from a parser) → CatalogItem (normalized, typed). */
import { hash } from 'node:crypto';
import type { CatalogItem, Source } from '../../schemas/catalog-item.js';
import type { DraftItem } from '../../schemas/draft-item.js';
import { documentSections } from '../../parsers/shared/sections-from-text.js';
import { safeExtra } from '../../parsers/shared/extra.js';
import { parseBasis, parseChannels, parseTimeLimit, splitResponsible } from '../normalize/index.js';
import { remember } from '../../parsers/shared/remember.js';

// Shared results are safe here: an item is only used through CatalogItem.safeParse, which copies every typed value.
const basisOf = remember(parseBasis);
const channelsOf = remember(parseChannels);
const responsibleOf = remember(splitResponsible);
const timeLimitOf = remember(parseTimeLimit);
const structureOf = remember(documentSections);

/** Same input bytes + same place → same id, on any machine: paths and time never enter it. */
export function itemId(sha256: string, place: string, kind: string, name: string): string {
  // One-shot hashing: no Hash object per item.
  return hash('sha256', `${sha256}\n${place}\n${kind}\n${name}`, 'hex').slice(0, 20);
}

const listOf = (text: string | undefined) => (text ? text.split(/[、,，;；\s]+/).filter(Boolean) : undefined);

export function toCatalogItem(draft: DraftItem, source: Omit<Source, 'place' | 'parser'> & { parser: string }): CatalogItem {
  const f = draft.fields;
  const levels = [f.level1, f.level2, f.level3].map((s) => s?.trim()).filter((s): s is string => !!s);
  const name = (f.name ?? levels.at(-1) ?? '').trim();
  // Document parsers give a breadcrumb path as `A > B > C` (parsers/shared/page-meta.ts): one category per crumb.
  const category = f.category?.trim() ? f.category.split(' > ').map((c) => c.trim()).filter(Boolean) : f.name ? levels : levels.slice(0, -1);
  const item: CatalogItem = {
    id: itemId(source.sha256, draft.place, draft.kind, name),
    kind: draft.kind,
    category,
    name,
    ...(f.code?.trim() ? { code: f.code.trim() } : {}),
    content: f.content ?? '',
    basis: basisOf(f.basis ?? ''),
    basisText: f.basis ?? '',
    clauses: f.clauses ?? '',
    channels: channelsOf(f.channels ?? ''),
    responsible: responsibleOf(f.responsible ?? ''),
    timeLimit: timeLimitOf(f.timeLimit ?? ''),
    ...optionalList('audience', draft.flagGroups?.audience ?? listOf(f.audience)),
    ...optionalList('mode', draft.flagGroups?.mode ?? listOf(f.mode)),
    ...optionalList('levels', draft.flagGroups?.levels ?? listOf(f.levels)),
    ...(f.publisher?.trim() ? { publisher: f.publisher.trim() } : {}),
    ...(f.publishedAt ? { publishedAt: f.publishedAt } : {}),
    ...(draft.document?.body !== undefined ? { body: draft.document.body } : {}),
    ...sectionsOf(draft),
    ...(draft.document?.attachments ? { attachments: draft.document.attachments } : {}),
    ...(draft.document?.stats ? { stats: draft.document.stats } : {}),
    extra: safeExtra(draft.extra),
    source: { ...source, place: draft.place },
    flags: [...new Set(draft.flags ?? [])].sort(),
  };
  return item;
}

/** A document parser's sections, or those of a cell that holds a whole structured document (seed 000's 条款内容). */
function sectionsOf(draft: DraftItem): Partial<Pick<CatalogItem, 'sections'>> {
  if (draft.document?.sections) return { sections: draft.document.sections };
  const sections = structureOf(draft.fields.clauses ?? '');
  return sections ? { sections } : {};
}

function optionalList<K extends string>(key: K, values: string[] | undefined): Partial<Record<K, string[]>> {
  return values && values.length ? ({ [key]: values } as Record<K, string[]>) : {};
}
