/**
 * Exit codes CI can use, on the built CLI: `diff --exit-code` fails on any change; `merge` takes only the shares 1…n
 * of one run and says which folder is wrong otherwise.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ONE_LINE_FAILURE, repo, runCli } from './helpers/cli.js';
import { tempDir } from './helpers/items.js';

/** A folder of the five samples, and a scratch folder beside it. */
function corpus(): string {
  const root = tempDir();
  mkdirSync(join(root, 'in'));
  for (const name of ['000_009c419fc4f033b9.txt', '001_6462eb492de27ff8.txt', '002_842afc8bd2ab19b2.txt', '003_dd84b1810a265b1d.txt', '004_3051d7ee456ee7f6.txt']) {
    copyFileSync(join(repo, 'samples', name), join(root, 'in', name));
  }
  return root;
}

describe('catalog diff --exit-code', () => {
  const root = corpus();
  expect(runCli(['ingest', 'in', '--out', 'a', '--jobs', '1'], { cwd: root }).status).toBe(0);
  expect(runCli(['ingest', 'in', '--out', 'b', '--jobs', '1'], { cwd: root }).status).toBe(0);

  it('exits 0 when nothing changed, with or without it', () => {
    expect(runCli(['diff', 'a', 'b', '--exit-code'], { cwd: root }).status).toBe(0);
  });

  it('exits 1 when an item changed, and 0 without the flag', () => {
    const lines = readFileSync(join(root, 'b/items.jsonl'), 'utf8').split('\n');
    const item = JSON.parse(lines[0]!) as { content: string };
    item.content = `${item.content}（修订）`;
    lines[0] = JSON.stringify(item);
    writeFileSync(join(root, 'b/items.jsonl'), lines.join('\n'));
    const run = runCli(['diff', 'a', 'b', '--exit-code'], { cwd: root });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/\n {4}content: …[^\n]*" → …[^\n]*（修订）"\n0 added, 0 removed, 1 changed\n$/);
    expect(runCli(['diff', 'a', 'b'], { cwd: root }).status).toBe(0);
  });
});

describe('catalog merge refuses what is not the shares of one run', () => {
  const root = corpus();
  const shard = (share: string, out: string, ...extra: string[]) =>
    expect(runCli(['ingest', 'in', '--out', out, '--shard', share, '--jobs', '1', '--quiet', ...extra], { cwd: root }).status).toBe(0);
  shard('1/2', 's1');
  shard('2/2', 's2');
  shard('1/3', 't1');
  shard('2/2', 'big2', '--max-bytes', '99999999');
  expect(runCli(['ingest', 'in', '--out', 'whole', '--jobs', '1', '--quiet'], { cwd: root }).status).toBe(0);

  const refused = (dirs: string[], what: RegExp) => {
    const run = runCli(['merge', ...dirs, '--out', 'merged'], { cwd: root });
    expect(run.stderr).toMatch(ONE_LINE_FAILURE);
    expect(run.stderr).toMatch(what);
    expect(run.status).toBe(2);
  };

  it('merges every share once into the single run’s dataset', () => {
    expect(runCli(['merge', 's2', 's1', '--out', 'merged'], { cwd: root }).status).toBe(0);
    for (const name of ['items.jsonl', 'items.csv', 'files.jsonl', 'report.json']) {
      expect(readFileSync(join(root, 'merged', name), 'utf8')).toBe(readFileSync(join(root, 'whole', name), 'utf8'));
    }
  });

  it('a dataset that is not a shard', () => refused(['s1', 'whole'], /^catalog merge: not a shard: written without --shard \(whole\)/));
  it('a missing share', () => refused(['s1'], /^catalog merge: share 2\/2 is missing\n/));
  it('a share given twice', () => refused(['s1', 's2', 's1'], /^catalog merge: share 1\/2 given twice, also as s1 \(s1\)/));
  it('shares of different counts', () => refused(['s1', 't1'], /^catalog merge: shares of different runs: 1\/3 beside 1\/2 \(s1\) \(t1\)/));
  it('shares made with different options', () => refused(['s1', 'big2'], /^catalog merge: shares made with different options: .*"maxBytes":99999999.* \(big2\)/));

  it('shares made by different pipeline versions', () => {
    const report = join(root, 's2/report.json');
    writeFileSync(report, readFileSync(report, 'utf8').replace(/"pipeline":"[^"]*"/, '"pipeline":"0.0.1+000000000000"'));
    refused(['s1', 's2'], /^catalog merge: shares made by different pipeline versions: 0\.0\.1\+000000000000 beside .* \(s2\)/);
  });
});
