/** The flags of Parquet and partitioned output: wrong combinations are usage errors (exit 2) that say what to do. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetNames, tempDir } from './helpers/items.js';
import { repo } from './helpers/mixed-corpus.js';

const cli = (args: string[]) => spawnSync(process.execPath, [join(repo, 'dist/bin/catalog.js'), ...args], { encoding: 'utf8' });
const sample = join(repo, 'samples');

describe('catalog ingest --format / --partition', () => {
  it('writes only the item files asked for, in the shard folder with --partition', () => {
    const out = tempDir();
    const run = cli(['ingest', sample, '--out', out, '--shard', '2/2', '--partition', '--format', 'parquet', '-q', '-j', '1']);
    expect(run.status).toBe(0);
    expect(readdirSync(out)).toEqual(['shard=2-of-2']);
    expect(datasetNames(join(out, 'shard=2-of-2'))).toEqual(['files.jsonl', 'items.parquet', 'report.json']);
  });

  it.each([
    [['--partition'], /--partition needs --shard i\/n/],
    [['--format', 'xml'], /--format xml: expected a comma-separated list of jsonl, csv, parquet/],
    [['--format', 'parquet', '--out', '-'], /--out - streams items as JSONL; --format parquet needs a dataset directory/],
  ])('%j is a usage error', (flags, message) => {
    const out = tempDir();
    const args = flags.includes('--out') ? flags : [...flags, '--out', join(out, 'x')];
    const run = cli(['ingest', sample, ...args, '-q']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(existsSync(join(out, 'x'))).toBe(false);
  });

  it('export --format parquet writes items.parquet beside the schema and the data package', () => {
    const to = tempDir();
    const run = cli(['export', join(repo, 'test/fixtures/datasets/clean'), '--to', to, '--format', 'parquet']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('items.parquet\ncatalog.schema.json\ndatapackage.json\n');
  });

  it('merge of shards written as Parquet only says that it reads JSONL', () => {
    const out = tempDir();
    expect(cli(['ingest', sample, '--out', out, '--shard', '1/2', '--partition', '--format', 'parquet', '-q', '-j', '1']).status).toBe(0);
    const run = cli(['merge', join(out, 'shard=1-of-2'), '--out', join(out, 'merged'), '-q']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('items.jsonl is missing');
    expect(run.stderr).toContain('merge reads JSONL');
    expect(existsSync(join(out, 'merged'))).toBe(false);
  });
});
