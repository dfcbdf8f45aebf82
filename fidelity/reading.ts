/**
 * What the pipeline read from one real page, in a compact form a person can review: the first rows of a catalogue
 * with their main fields, each document's title, date, publisher and structure, and the rule ids it reported. The
 * real-pages test keeps one reading per page as its expected output.
 */
import type { CatalogItem } from '../schemas/catalog-item.js';
import type { FileResult } from '../src/ingest/ingest-file.js';

/** Rows shown per page: enough to see the header mapping and the fill of merged cells. */
const ROWS_SHOWN = 3;
const CUT = 60;
const ARTICLE = /第[一二三四五六七八九十百零〇]+条/g;

export interface PageReading {
  parsers: string[];
  items: number;
  documents: number;
  firstRows: Record<string, unknown>[];
  documentsRead: Record<string, unknown>[];
  /** Rule id → how many times it was reported. */
  diagnostics: Record<string, number>;
}

function cut(s: string): string {
  return s.length > CUT ? `${s.slice(0, CUT)}…` : s;
}

function row(item: CatalogItem): Record<string, unknown> {
  return {
    place: item.source.place,
    category: item.category,
    name: item.name,
    content: cut(item.content),
    basis: cut(item.basisText),
    timeLimit: cut(item.timeLimit.text),
    channels: item.channels,
    responsible: item.responsible,
    ...(item.publisher ? { publisher: item.publisher } : {}),
    ...(item.flags.length ? { flags: item.flags } : {}),
  };
}

function document(item: CatalogItem): Record<string, unknown> {
  const sections = JSON.stringify(item.sections ?? []);
  return {
    parser: item.source.parser,
    title: item.name,
    publishedAt: item.publishedAt ?? null,
    publisher: item.publisher ?? null,
    sections: item.sections?.length ?? 0,
    articles: new Set(sections.match(ARTICLE) ?? []).size,
    attachments: item.attachments?.map((a) => a.name) ?? [],
    bodyStart: cut((item.body ?? '').replace(/\s+/g, ' ')),
  };
}

export function pageReading(result: FileResult): PageReading {
  const diagnostics: Record<string, number> = {};
  for (const d of result.diagnostics) diagnostics[d.ruleId] = (diagnostics[d.ruleId] ?? 0) + 1;
  const rows = result.items.filter((i) => i.kind === 'item');
  const docs = result.items.filter((i) => i.kind === 'document');
  return {
    parsers: result.record.parsers,
    items: rows.length,
    documents: docs.length,
    firstRows: rows.slice(0, ROWS_SHOWN).map(row),
    documentsRead: docs.map(document),
    diagnostics: Object.fromEntries(Object.entries(diagnostics).sort(([a], [b]) => a.localeCompare(b))),
  };
}
