/**
 * The real CLI over the real samples: outputs must equal the committed, reviewed dataset in test/golden/samples,
 * and a second run must write byte-identical files.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from './helpers/golden.js';

const repo = join(import.meta.dirname, '..');
const bin = join(repo, 'dist/bin/catalog.js');
const run = (args: string[], cwd = repo) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
const DATASET = ['items.jsonl', 'items.csv', 'files.jsonl', 'report.json'];

describe('catalog ingest samples', () => {
  const out = mkdtempSync(join(tmpdir(), 'catalog-samples-'));
  const first = run(['ingest', 'samples', '--out', out]);

  it('builds an executable bin, so that `npx catalog` runs it', () => {
    expect(statSync(bin).mode & 0o111).not.toBe(0);
  });

  it('exits 0 and matches the reviewed dataset', () => {
    expect(first.stderr).toBe(`5 inputs → 43 items, 11 documents; 0 errors, 105 warnings → ${out}\n`);
    expect(first.status).toBe(0);
    for (const name of DATASET) expectGolden(join(repo, 'test/golden/samples', name), readFileSync(join(out, name), 'utf8'));
  });

  it('writes byte-identical files on a second run', () => {
    const before = DATASET.map((name) => readFileSync(join(out, name)));
    expect(run(['ingest', 'samples', '--out', out]).status).toBe(0);
    DATASET.forEach((name, i) => expect(readFileSync(join(out, name)).equals(before[i]!)).toBe(true));
  });

  it('passes its own checks: ingest --check on the samples ends without an error', () => {
    const checked = run(['ingest', 'samples', '--out', mkdtempSync(join(tmpdir(), 'catalog-samples-')), '--check']);
    expect(checked.stderr).toContain('2 problems (0 errors, 2 warnings, 0 infos)');
    expect(checked.status).toBe(0);
  });

  it('streams items as JSONL with --out -', () => {
    const stdout = execFileSync(process.execPath, [bin, 'ingest', 'samples', '--out', '-'], { cwd: repo, encoding: 'utf8' });
    expect(stdout).toBe(readFileSync(join(out, 'items.jsonl'), 'utf8'));
  });
});

describe('bad input among good input', () => {
  it('reports binary junk per file, exits 1 and still writes every other file’s items', () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalog-junk-'));
    copyFileSync(join(repo, 'samples/000_009c419fc4f033b9.txt'), join(dir, 'good.txt'));
    writeFileSync(join(dir, 'junk.bin'), Buffer.from([0, 1, 2, 0xff, 0xfe, 0, 0, 0x50, 0x4b]));
    const out = join(dir, 'out');
    const result = run(['ingest', dir, '--out', out]);
    expect(result.status).toBe(1);
    const items = readFileSync(join(out, 'items.jsonl'), 'utf8').trim().split('\n');
    expect(items).toHaveLength(9);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    const errors = report.diagnostics.filter((d: { severity: string }) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: `${dir}/junk.bin`, ruleId: 'decode/binary' });
  });

  it('exits 2 on a usage error', () => {
    expect(run(['ingest']).status).toBe(2);
    expect(run(['no-such-command']).status).toBe(2);
  });
});
