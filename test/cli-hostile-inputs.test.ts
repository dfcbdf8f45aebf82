/** Directory walks that would hang or crash a naive tool: symlink loops, FIFOs, empty and unreadable paths. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..');

it('walks a directory with a symlink loop, a FIFO, an empty file and a missing path without hanging', () => {
  const dir = mkdtempSync(join(tmpdir(), 'catalog-hostile-'));
  mkdirSync(join(dir, 'loop'));
  symlinkSync('..', join(dir, 'loop', 'up'));
  writeFileSync(join(dir, 'empty.txt'), '');
  copyFileSync(join(repo, 'samples/000_009c419fc4f033b9.txt'), join(dir, 'good.txt'));
  const fifo = spawnSync('mkfifo', [join(dir, 'pipe')]);
  const out = join(dir, 'out');
  const result = spawnSync(process.execPath, [join(repo, 'dist/bin/catalog.js'), 'ingest', dir, join(dir, 'missing.txt'), '--out', out], { encoding: 'utf8', timeout: 30_000 });
  expect(result.status).toBe(1); // the missing path is an error; everything else is still ingested
  expect(readFileSync(join(out, 'items.jsonl'), 'utf8').trim().split('\n')).toHaveLength(9);
  const rules = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')).diagnostics.map((d: { ruleId: string }) => d.ruleId).sort();
  expect(rules).toEqual(
    ['input/symlink-skipped', 'input/unreadable', 'parse/navigation-only', ...(fifo.status === 0 ? ['input/not-a-file'] : [])].sort(),
  );
});
