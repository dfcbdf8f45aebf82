/**
 * Real pages (test/real-pages: excerpts and whole HTML pages of many sites, with gold facts in index.json), the way
 * Readability keeps its test pages: each page's reading is compared with its reviewed expectation in `expected/`, and
 * the fidelity figures (`npm run fidelity`) may not fall below the ones recorded in `expected/summary.json`.
 * `UPDATE_GOLDEN=1 npx vitest run test/real-pages.test.ts` rewrites both; the diff is the review.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGold } from '../fidelity/gold.js';
import { pageReading } from '../fidelity/reading.js';
import { runCorpus, type CorpusRun } from '../fidelity/run-corpus.js';
import type { KindSummary, Tally } from '../fidelity/score.js';
import { expectGolden, updating } from './helpers/golden.js';

const CORPUS = 'test/real-pages';
const EXPECTED = `${CORPUS}/expected`;
let run: CorpusRun;

beforeAll(async () => {
  run = await runCorpus(CORPUS);
}, 300_000);

describe('real pages: each reading as reviewed', () => {
  for (const gold of loadGold(CORPUS)) {
    it(gold.name, () => {
      const page = run.pages.find((p) => p.gold.name === gold.name)!;
      expectGolden(`${EXPECTED}/${gold.name}.json`, JSON.stringify(pageReading(page.result), null, 1) + '\n');
    });
  }
});

describe('real pages: fidelity', () => {
  it('does not fall below the recorded figures', () => {
    const path = `${EXPECTED}/summary.json`;
    if (updating || !existsSync(path)) {
      writeFileSync(path, JSON.stringify(run.summaries, null, 1) + '\n');
      return;
    }
    const recorded = JSON.parse(readFileSync(path, 'utf8')) as KindSummary[];
    for (const was of recorded) {
      const now = run.summaries.find((s) => s.kind === was.kind)!;
      const tallies = ['count', 'firstName', 'fields', 'document', 'documentKind', 'title', 'date', 'articles'] as const;
      for (const t of tallies) {
        expect(rightOf(now[t]), `${was.kind} ${t}`).toBeGreaterThanOrEqual(rightOf(was[t]));
      }
      const leftovers = ['badNames', 'spamLeft', 'chromeLeft', 'chromeInText', 'traditionalLeft', 'emptyPageItems'] as const;
      for (const l of leftovers) expect(now[l], `${was.kind} ${l}`).toBeLessThanOrEqual(was[l]);
    }
  });
});

function rightOf(t: Tally): number {
  return t.right;
}
