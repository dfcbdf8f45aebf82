/** DraftItem (loose strings from a parser) → CatalogItem (normalized, typed). */
import { hash } from 'node:crypto';
import type { CatalogItem, Citation, Source, TimeLimit } from '../../schemas/catalog-item.js';
import type { DraftItem } from '../../schemas/draft-item.js';
import { documentSections } from '../../parsers/shared/sections-from-text.js';
import { safeExtra } from '../../parsers/shared/extra.js';
import { parseBasis, parseChannels, parseTimeLimit, splitResponsible } from '../normalize/index.js';

/** Same input bytes + same place → same id, on any machine: paths and time never enter it. One-shot hash: no Hash object per item. */
export function itemId(sha256: string, place: string, kind: string, name: string): string {
  return hash('sha256', `${sha256}\n${place}\n${kind}\n${name}`, 'hex').slice(0, 20);
}

/** The field normalizers toCatalogItem applies, text → typed value. */
export interface FieldNormalizers {
  basis(text: string): Citation[];
  channels(text: string): string[];
  responsible(text: string): string[];
  timeLimit(text: string): TimeLimit;
}

const DIRECT: FieldNormalizers = { basis: parseBasis, channels: parseChannels, responsible: splitResponsible, timeLimit: parseTimeLimit };

/**
 * Normalizers that remember their results for one file: a workbook repeats the same 公开依据, 公开时限 and 渠道 text
 * down a whole column. They are pure, and schema validation copies each value into its own item, so sharing is safe.
 */
export function fileNormalizers(): FieldNormalizers {
  const memo = <T>(fn: (text: string) => T) => {
    const seen = new Map<string, T>();
    return (text: string): T => {
      let value = seen.get(text);
      if (value === undefined) seen.set(text, (value = fn(text)));
      return value;
    };
  };
  return { basis: memo(parseBasis), channels: memo(parseChannels), responsible: memo(splitResponsible), timeLimit: memo(parseTimeLimit) };
}

const listOf = (text: string | undefined) => (text ? text.split(/[、,，;；\s]+/).filter(Boolean) : undefined);

export function toCatalogItem(
  draft: DraftItem,
  source: Omit<Source, 'place' | 'parser'> & { parser: string },
  normalize: FieldNormalizers = DIRECT,
): CatalogItem {
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
    basis: normalize.basis(f.basis ?? ''),
    basisText: f.basis ?? '',
    clauses: f.clauses ?? '',
    channels: normalize.channels(f.channels ?? ''),
    responsible: normalize.responsible(f.responsible ?? ''),
    timeLimit: normalize.timeLimit(f.timeLimit ?? ''),
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
  const sections = documentSections(draft.fields.clauses ?? '');
  return sections ? { sections } : {};
}

function optionalList<K extends string>(key: K, values: string[] | undefined): Partial<Record<K, string[]>> {
  return values && values.length ? ({ [key]: values } as Record<K, string[]>) : {};
}
