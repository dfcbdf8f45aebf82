/**
 * The same input gives the same bytes for any --jobs: the limits that bound a file's memory (elements per page,
 * nesting, cells per table) depend on the file only, so a page that needs more than a worker's heap is measured and
 * read as text in the main thread too — not parsed there and crashed in a worker.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { CASES, goodBytes } from './cases.js';

const repo = join(import.meta.dirname, '../..');
const DATASET = ['items.jsonl', 'items.csv', 'files.jsonl', 'report.json'];
const PICK = ['many-spans.html', 'deep-nesting-100k.html'];

it('writes the same dataset with --jobs 1 and --jobs 2 for pages too large for a worker\'s DOM', () => {
  const dir = mkdtempSync(join(tmpdir(), 'catalog-parity-'));
  const inputs = join(dir, 'in');
  mkdirSync(inputs);
  for (const c of CASES.filter((x) => PICK.includes(x.file))) writeFileSync(join(inputs, c.file), c.build());
  writeFileSync(join(inputs, 'good.txt'), goodBytes());
  const outputs = [1, 2].map((jobs) => {
    const out = join(dir, `jobs-${jobs}`);
    const run = spawnSync(process.execPath, [join(repo, 'dist/bin/catalog.js'), 'ingest', inputs, '--out', out, '--jobs', String(jobs), '--quiet'], {
      encoding: 'utf8',
      timeout: 600_000,
    });
    expect(run.stderr).not.toMatch(/out of memory|internal error/i);
    expect(run.status).toBe(0); // pages read as text are warnings
    return DATASET.map((name) => readFileSync(join(out, name), 'utf8'));
  });
  expect(outputs[1]).toEqual(outputs[0]);
  expect(outputs[0]![3]).not.toMatch(/internal\//);
}, 900_000);
