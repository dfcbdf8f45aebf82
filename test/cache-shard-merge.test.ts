/**
 * Incremental runs and sharding: a cached second run reuses every result and writes the same bytes; a changed file is
 * parsed again; shards merged with `catalog merge` equal a single run byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest, inShard, parseShard, type Progress } from '../src/index.js';
import { mixedCorpus, repo } from './helpers/mixed-corpus.js';

const DATASET = ['items.jsonl', 'items.csv', 'files.jsonl', 'report.json'];
const bin = join(repo, 'dist/bin/catalog.js');
const cli = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
const scratch = () => mkdtempSync(join(tmpdir(), 'catalog-cache-'));
const read = (dir: string) => DATASET.map((name) => readFileSync(join(dir, name), 'utf8'));

describe('--cache', () => {
  it('reuses unchanged files and parses a changed one again', async () => {
    const corpus = mixedCorpus(12);
    const cache = join(scratch(), 'cache');
    const runs: { out: string; last?: Progress }[] = [];
    const run = async () => {
      const entry: { out: string; last?: Progress } = { out: join(scratch(), 'out') };
      await ingest({ inputs: [corpus], out: entry.out, jobs: 2, cache, onProgress: (p) => (entry.last = { ...p }) });
      runs.push(entry);
      return entry;
    };
    const first = await run();
    expect(first.last!.cached).toBe(0);
    const second = await run();
    // Every readable file comes from the cache (the link is an input problem, not a file).
    expect(second.last!.cached).toBe(5 + 12 + 2);
    expect(read(second.out)).toEqual(read(first.out));

    const changed = join(corpus, 'samples', readdirSync(join(corpus, 'samples')).sort()[0]!);
    appendFileSync(changed, '\n| 新增事项 | 新增内容 | 《中华人民共和国政府信息公开条例》 | 第二十条 | 政府网站 | 20个工作日内 | 办公室 |\n');
    const third = await run();
    expect(third.last!.cached).toBe(5 + 12 + 2 - 1);
    const fresh = join(scratch(), 'fresh');
    await ingest({ inputs: [corpus], out: fresh, jobs: 1 });
    expect(read(third.out)).toEqual(read(fresh));
    expect(read(third.out)[0]).not.toEqual(read(first.out)[0]);
  });
});

describe('--shard and catalog merge', () => {
  it('parses i/n and splits paths into disjoint shares that cover every path', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    for (const bad of ['0/3', '4/3', '1/0', 'a/b', '1']) expect(parseShard(bad)).toBeUndefined();
    const paths = Array.from({ length: 200 }, (_, i) => `crawl/page-${i}.html`);
    const shards = [1, 2, 3].map((index) => paths.filter((p) => inShard(p, { index, count: 3 })));
    expect(shards.flat().sort()).toEqual([...paths].sort());
    for (const s of shards) expect(s.length).toBeGreaterThan(40);
  });

  it('merges shard outputs into exactly the single run’s dataset', () => {
    const corpus = mixedCorpus(30);
    const base = scratch();
    const single = cli(['ingest', corpus, '--out', join(base, 'single'), '--jobs', '1']);
    expect(single.status).toBe(1); // junk.bin is an error
    const shardDirs = [1, 2, 3].map((i) => join(base, `shard-${i}`));
    shardDirs.forEach((dir, i) => expect(cli(['ingest', corpus, '--out', dir, '--shard', `${i + 1}/3`, '--jobs', '2']).status).not.toBe(2));
    // Every shard got a share of the files.
    for (const dir of shardDirs) expect(readFileSync(join(dir, 'files.jsonl'), 'utf8').length).toBeGreaterThan(0);
    const merged = cli(['merge', ...shardDirs.reverse(), '--out', join(base, 'merged')]);
    expect(merged.status).toBe(1);
    // The same errors listed, the same counts.
    const counts = (stderr: string) => /→ (.*) →/.exec(stderr)?.[1];
    expect(counts(merged.stderr)).toBe(counts(single.stderr));
    expect(merged.stderr.split('\n').filter((l) => l.includes('error '))).toEqual(single.stderr.split('\n').filter((l) => l.includes('error ')));
    expect(read(join(base, 'merged'))).toEqual(read(join(base, 'single')));
  }, 180_000); // five CLI runs: on a loaded 2-core machine they outlast the default 60 s

  it('refuses a folder that is not a dataset', () => {
    const result = cli(['merge', scratch(), '--out', join(scratch(), 'out')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^catalog merge: not a dataset: items.jsonl is missing \(.*\)\n  hint: /);
  });
});
