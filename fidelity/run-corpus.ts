/**
 * Runs every page of a real-page corpus through `ingestFile` (the whole per-file flow, in this thread) and scores the
 * results against the gold facts. Shared by `npm run fidelity` and the real-pages test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestFile, type FileResult } from '../src/ingest/ingest-file.js';
import { loadGold, type GoldPage } from './gold.js';
import { scorePage, summarize, type KindSummary, type PageScore, type ScoredFile, type ScoredItem } from './score.js';

export interface PageRun {
  gold: GoldPage;
  result: FileResult;
  score: PageScore;
}

export interface CorpusRun {
  pages: PageRun[];
  /** One summary per kind, in the order kinds first appear, then `all`. */
  summaries: KindSummary[];
}

export async function runCorpus(corpus: string, onlyKind?: string): Promise<CorpusRun> {
  const pages: PageRun[] = [];
  for (const gold of loadGold(corpus)) {
    if (onlyKind && gold.kind !== onlyKind) continue;
    const result = await ingestFile(gold.name, readFileSync(join(corpus, gold.path)));
    const score = scorePage(gold, result.items as unknown as ScoredItem[], result.record as unknown as ScoredFile);
    pages.push({ gold, result, score });
  }
  const kinds = [...new Set(pages.map((p) => p.gold.kind))];
  const summaries = kinds.map((k) => summarize(k, pages.filter((p) => p.gold.kind === k).map((p) => p.score)));
  summaries.push(summarize('all', pages.map((p) => p.score)));
  return { pages, summaries };
}
