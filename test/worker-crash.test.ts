/**
 * A worker thread that dies on one file: that file becomes an internal/worker-crash error, a new worker takes over,
 * and every other file's output is what a run without the crash writes.
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ingest } from '../src/index.js';
import { mixedCorpus, repo } from './helpers/mixed-corpus.js';

vi.mock('../src/ingest/ingest-worker-url.js', () => ({ INGEST_WORKER_URL: new URL('./fixtures/pool/ingest-worker-crashing.mjs', import.meta.url) }));

const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean);

describe('a worker crash', () => {
  it('is reported for its file only; the batch goes on', async () => {
    const corpus = mixedCorpus(16);
    const victim = join(corpus, 'samples', 'crash-me.txt');
    copyFileSync(join(repo, 'samples/000_009c419fc4f033b9.txt'), victim);
    const base = mkdtempSync(join(tmpdir(), 'catalog-crash-'));
    // jobs 1 runs in this thread (no worker): the reference.
    const reference = await ingest({ inputs: [corpus], out: join(base, 'reference'), jobs: 1 });
    const crashed = await ingest({ inputs: [corpus], out: join(base, 'crashed'), jobs: 2 });

    const report = JSON.parse(readFileSync(join(base, 'crashed/report.json'), 'utf8'));
    const crashes = report.diagnostics.filter((d: { ruleId: string }) => d.ruleId === 'internal/worker-crash');
    expect(crashes).toHaveLength(1);
    expect(crashes[0]).toMatchObject({ file: victim, severity: 'error' });
    expect(crashes[0].message).toContain('worker exited with code 7');
    expect(crashed.totals.errors).toBe(reference.totals.errors + 1);

    const notVictim = (line: string) => !line.includes(JSON.stringify(victim));
    expect(lines(join(base, 'crashed/items.jsonl'))).toEqual(lines(join(base, 'reference/items.jsonl')).filter(notVictim));
    expect(lines(join(base, 'crashed/files.jsonl'))).toEqual(lines(join(base, 'reference/files.jsonl')).filter(notVictim));
    expect(crashed.totals.items).toBeLessThan(reference.totals.items);
  });
});
