/**
 * The README's "Beyond one machine" recipes, run as written: the Kubernetes Indexed Job's command once per completion
 * index, the GitHub Actions matrix's command once per matrix value (with `catalog` on PATH as the installed package's
 * bin), then the README's DuckDB query over the folder they wrote.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../src/index.js';
import { tempDir } from './helpers/items.js';
import { mixedCorpus, repo } from './helpers/mixed-corpus.js';

const section = (() => {
  const readme = readFileSync(join(repo, 'README.md'), 'utf8');
  const start = readme.indexOf('## Beyond one machine');
  return readme.slice(start, readme.indexOf('\n## ', start + 1));
})();
const blocks = (lang: string) => [...section.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
const [jobYaml, actionsYaml] = blocks('yaml');
const [query] = blocks('sql');

/** A folder with the corpus as `pages/` and a `catalog` command that runs this checkout's build. */
function workplace(corpus: string): { cwd: string; env: NodeJS.ProcessEnv } {
  const cwd = tempDir();
  cpSync(corpus, join(cwd, 'pages'), { recursive: true, verbatimSymlinks: true });
  const bin = join(cwd, '.bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'catalog'), `#!/bin/sh\nexec "${process.execPath}" "${join(repo, 'dist/bin/catalog.js')}" "$@"\n`);
  chmodSync(join(bin, 'catalog'), 0o755);
  return { cwd, env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } };
}

function runShell(command: string, cwd: string, env: NodeJS.ProcessEnv): void {
  const run = spawnSync('bash', ['-c', command], { cwd, env, encoding: 'utf8' });
  // The corpus's broken inputs are listed on stderr; the run itself must not fail.
  expect(run.stderr).not.toMatch(/^catalog ingest:|internal error|\n\s+at /m);
  expect(run.status).toBe(0);
}

async function rowsOfQuery(cwd: string): Promise<Array<Record<string, unknown>>> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const sql = query!.replaceAll("'dataset/", `'${cwd}/dataset/`);
    return (await connection.runAndReadAll(sql)).getRowObjectsJson() as Array<Record<string, unknown>>;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe('README: Beyond one machine', () => {
  const corpus = mixedCorpus(12);
  let expected: Array<Record<string, unknown>>;

  beforeAll(async () => {
    // What the query gives over one unsharded run of the same inputs.
    const single = workplace(corpus);
    await ingest({ inputs: [join(single.cwd, 'pages')], out: join(single.cwd, 'dataset', 'all'), formats: ['parquet'], jobs: 1 });
    // The corpus has broken inputs, so the run exits 1 (dataset written): the recipes must count that as done.
    expect(spawnSync(process.execPath, [join(repo, 'dist/bin/catalog.js'), 'ingest', 'pages', '--out', 'x', '-q'], { cwd: single.cwd }).status).toBe(1);
    expected = await rowsOfQuery(single.cwd);
    expect(expected.length).toBeGreaterThan(1);
  }, 180_000);

  it('has the two recipes and the query', () => {
    expect(jobYaml).toContain('completionMode: Indexed');
    expect(actionsYaml).toContain('matrix:');
    expect(query).toContain("read_parquet('dataset/*/items.parquet')");
  });

  it('the Kubernetes Indexed Job: one run per completion index gives the rows of one run', async () => {
    const completions = Number(/completions: (\d+)/.exec(jobYaml!)![1]);
    const command = /^\s*- (catalog ingest .*)$/m.exec(jobYaml!)![1]!;
    const { cwd, env } = workplace(corpus);
    for (let index = 0; index < completions; index++) runShell(command, cwd, { ...env, JOB_COMPLETION_INDEX: String(index) });
    expect(execFileSync('ls', [join(cwd, 'dataset')], { encoding: 'utf8' }).trim().split('\n')).toEqual(['shard=1-of-3', 'shard=2-of-3', 'shard=3-of-3']);
    expect(await rowsOfQuery(cwd)).toEqual(expected);
  }, 180_000);

  it('the GitHub Actions matrix: one run per matrix value gives the rows of one run', async () => {
    const shards = /shard: \[([^\]]*)\]/.exec(actionsYaml!)![1]!.split(',').map((s) => s.trim());
    const command = /run: npx (catalog ingest .*)$/m.exec(actionsYaml!)![1]!;
    const { cwd, env } = workplace(corpus);
    for (const shard of shards) runShell(command.replaceAll('${{ matrix.shard }}', shard), cwd, env);
    expect(await rowsOfQuery(cwd)).toEqual(expected);
  }, 180_000);
});
