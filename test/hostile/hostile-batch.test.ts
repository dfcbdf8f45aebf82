/**
 * The hostile corpus thrown at the CLI in one batch, next to a good catalogue: the run must end (child process
 * with a generous timeout and a capped heap — a hang or a memory blow-up fails it), stay under 1 GiB of memory,
 * raise no internal error, name each hostile file with the expected rule, and still read every item of the good file.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { BATCH_MAX_CELLS, CASES, goodBytes } from './cases.js';
import { peakRss, peakRssPreload } from './peak-rss.js';

const repo = join(import.meta.dirname, '../..');
let dir: string;
let run: SpawnSyncReturns<string>;
let diagnostics: Diagnostic[];
let itemsByFile: Map<string, number>;
/** Peak resident memory of the whole run (main thread and workers), reported by the child as it exits. */
let peakRssBytes: number;
let seconds: number;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'catalog-hostile-batch-'));
  for (const c of CASES) writeFileSync(join(dir, c.file), c.build());
  writeFileSync(join(dir, 'good.txt'), goodBytes());
  const preload = peakRssPreload(dir);
  const started = Date.now();
  const args = ['--max-old-space-size=1024', '--require', preload, join(repo, 'dist/bin/catalog.js'), 'ingest', dir, '--out', join(dir, 'out'), '--quiet', '--max-cells', String(BATCH_MAX_CELLS)];
  run = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 600_000 });
  seconds = (Date.now() - started) / 1000;
  peakRssBytes = peakRss(run.stderr);
  console.log(`hostile batch: ${seconds.toFixed(1)} s, peak RSS ${(peakRssBytes / 2 ** 20).toFixed(0)} MiB`);
  diagnostics = JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8')).diagnostics;
  itemsByFile = new Map();
  for (const line of readFileSync(join(dir, 'out/items.jsonl'), 'utf8').split('\n').filter(Boolean)) {
    const file = (JSON.parse(line) as { source: { file: string } }).source.file;
    itemsByFile.set(file, (itemsByFile.get(file) ?? 0) + 1);
  }
}, 900_000);

describe('a batch of hostile files', () => {
  it('ends normally (no timeout, no crash, no internal error)', () => {
    expect(run.signal).toBeNull();
    expect([0, 1]).toContain(run.status);
    expect(run.stderr).not.toMatch(/internal error|heap out of memory/i);
    expect(diagnostics.filter((d) => d.ruleId.startsWith('internal/'))).toEqual([]);
  });

  it('stays under 1 GiB of memory', () => {
    expect(peakRssBytes).toBeLessThan(2 ** 30);
  });

  it('still reads every item of the good file in the same batch', () => {
    expect(itemsByFile.get(join(dir, 'good.txt'))).toBe(9);
  });

  it.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => {
    const path = join(dir, c.file);
    const mine = diagnostics.filter((d) => d.file === path);
    for (const rule of c.rules) {
      const d = mine.find((x) => x.ruleId === rule);
      expect(d, `${c.why}: expected ${rule}, got ${mine.map((x) => x.ruleId).join(', ')}`).toBeDefined();
      expect(d!.message.length).toBeGreaterThan(20);
    }
    expect(itemsByFile.get(path) ?? 0).toBe(c.items);
  });
});
