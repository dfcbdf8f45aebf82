/** `catalog report` and `catalog coverage` through the built CLI: thin calls, right exit codes, usage errors explained. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..');
const bin = join(repo, 'dist/bin/catalog.js');
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: repo, encoding: 'utf8' });
const DATASET = 'test/fixtures/datasets/report-basic';

describe('catalog coverage', () => {
  it('prints text by default and JSON on request', () => {
    const text = run(['coverage', DATASET, '--standard', 'parser=xlsx']);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('某县人力资源和社会保障局: covered 5/7 (71.4%), lacking 2, added 2');
    const json = run(['coverage', DATASET, '--standard', 'parser=xlsx', '--format', 'json']);
    expect(json.status).toBe(0);
    const result = JSON.parse(json.stdout) as { publishers: { publisher: string; covered: unknown[]; ratio: number }[] };
    expect(result.publishers.map((p) => [p.publisher, p.covered.length, p.ratio])).toEqual([
      ['local/b.txt', 2, 0.2857],
      ['某县人力资源和社会保障局', 5, 0.7143],
    ]);
  });

  it('exits 2 with a hint on a bad selector, a missing dataset or a missing --standard', () => {
    const bad = run(['coverage', DATASET, '--standard', 'kind=item']);
    expect([bad.status, bad.stderr]).toEqual([2, expect.stringContaining('key one of parser, file, publisher, format, category')]);
    const missing = run(['coverage', 'no/such/dir', '--standard', 'parser=xlsx']);
    expect([missing.status, missing.stderr]).toEqual([2, expect.stringContaining('catalog ingest --out <dir>')]);
    expect(run(['coverage', DATASET]).status).toBe(2);
  });
});

describe('catalog report', () => {
  it('writes the HTML file it names', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'catalog-report-')), 'r.html');
    const result = run(['report', DATASET, '--out', out, '--standard', 'parser=xlsx']);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^report → .*r\.html \(\d+ bytes\)\n$/);
    expect(readFileSync(out, 'utf8')).toContain('71.4%');
  });

  it('exits 2 and writes nothing for a directory that is not a dataset', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'catalog-report-')), 'r.html');
    const result = run(['report', 'no/such/dir', '--out', out]);
    expect(result.status).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});
