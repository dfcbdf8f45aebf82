/**
 * The gold facts of the real-page corpus (`test/real-pages/index.json` for the excerpts, `html/index.json` for whole
 * pages), read into one shape. What each field means is explained in `test/real-pages/README.md`.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export type PageKind =
  | 'catalogue'
  | 'standard-catalogue'
  | 'annual-report'
  | 'regulation'
  | 'guide'
  | 'notice'
  | 'other';

export interface GoldPage {
  /** Name the page is ingested under (`001.txt`, `html-05.html`): unique across both folders. */
  name: string;
  /** Path of the page inside the corpus folder. */
  path: string;
  kind: PageKind;
  truncated: boolean;
  /** A catalogue count with two defensible readings: not scored. */
  ambiguous: boolean;
  spam: string[];
  boilerplate: string[];
  /** Body text that must survive (whole HTML pages). */
  bodyMarkers: string[];
  /** Catalogue rows whose end is visible; for regulations the fully visible 第X条. */
  completeItems: number;
  firstItem: Record<string, unknown> | null;
  title: string | null;
  publishedAt: string | null;
  /** Other dates a page shows for the same document (either is right). */
  publishedAtAlso: string[];
}

interface RawRecord {
  file: string;
  kind: PageKind;
  truncated?: boolean;
  ambiguous?: boolean;
  spam?: string[];
  boilerplate?: string[];
  body_markers?: string[];
  complete_items?: number;
  first_item?: Record<string, unknown> | null;
  title?: string | null;
  publishedAt?: string | null;
  publishedAt_also?: string[];
}

export function loadGold(corpus: string): GoldPage[] {
  const pages: GoldPage[] = [];
  for (const [folder, prefix] of [['raw', ''], ['html', 'html-']] as const) {
    const index = folder === 'raw' ? join(corpus, 'index.json') : join(corpus, folder, 'index.json');
    if (!existsSync(index)) continue;
    const records = JSON.parse(readFileSync(index, 'utf8')) as RawRecord[];
    for (const r of records) {
      const base = r.file.replace(/^.*\//, '');
      pages.push({
        name: prefix + base,
        path: join(folder, base),
        kind: r.kind,
        truncated: r.truncated ?? false,
        ambiguous: r.ambiguous ?? false,
        spam: r.spam ?? [],
        boilerplate: r.boilerplate ?? [],
        bodyMarkers: r.body_markers ?? [],
        completeItems: r.complete_items ?? 0,
        firstItem: r.first_item ?? null,
        title: r.title ?? null,
        publishedAt: r.publishedAt ?? null,
        publishedAtAlso: r.publishedAt_also ?? [],
      });
    }
  }
  return pages;
}
