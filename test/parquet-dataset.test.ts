/**
 * Parquet datasets end to end: a 3-way sharded run written with --partition is read by a real engine (DuckDB) as the
 * same rows as one run (compared row for row with the merged JSONL), reruns write the same bytes, and the dataset
 * commands read a dataset that holds only items.parquet as they read items.jsonl.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { check, coverage, diffDatasets, ingest, mergeDatasets, renderReport } from '../src/index.js';
import { datasetNames, tempDir } from './helpers/items.js';
import { mixedCorpus } from './helpers/mixed-corpus.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** JSON with object keys sorted, so that rows compare whatever order an engine gives the fields in. */
function canonical(value: Json): string {
  const sort = (v: Json): Json =>
    Array.isArray(v) ? v.map(sort) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort(v[k]!)])) : v;
  return JSON.stringify(sort(value));
}

/**
 * A row as DuckDB gives it (to_json) → the item it stands for, by the documented layout: NULL is an absent optional
 * field, and `sections` is a pre-order list with depths. Written here independently of the library's reader.
 */
function engineRowToItem(row: { [key: string]: Json }): Json {
  const dropNulls = (v: Json): Json =>
    Array.isArray(v)
      ? v.map(dropNulls)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null).map(([k, x]) => [k, dropNulls(x)]))
        : v;
  const item = dropNulls(row) as { [key: string]: Json };
  if (Array.isArray(item.sections)) {
    const roots: Json[] = [];
    const open: Array<{ [key: string]: Json }> = [];
    for (const flat of item.sections as Array<{ [key: string]: Json }>) {
      const { depth, ...own } = flat;
      const node = { ...own, children: [] as Json[] };
      if (depth === 0) roots.push(node);
      else (open[(depth as number) - 1]!.children as Json[]).push(node);
      open[depth as number] = node;
    }
    item.sections = roots;
  }
  return item;
}

async function duckdb(sql: string): Promise<Array<Record<string, unknown>>> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(sql)).getRowObjectsJson() as Array<Record<string, unknown>>;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

const jsonlItems = (dir: string): Json[] =>
  readFileSync(join(dir, 'items.jsonl'), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Json);

describe('a sharded run written with --partition', () => {
  const corpus = mixedCorpus(24);
  const parts = tempDir();
  const single = tempDir();
  const merged = tempDir();

  beforeAll(async () => {
    for (let index = 1; index <= 3; index++) {
      const result = await ingest({ inputs: [corpus], out: parts, shard: { index, count: 3 }, partition: true, formats: ['parquet', 'jsonl'], jobs: 1 });
      expect(result.out).toBe(join(parts, `shard=${index}-of-3`));
    }
    await ingest({ inputs: [corpus], out: single, formats: ['jsonl', 'parquet'], jobs: 1 });
    await mergeDatasets([1, 2, 3].map((i) => join(parts, `shard=${i}-of-3`)), merged);
  }, 120_000);

  it('is one folder per shard, named as engines read partitions', () => {
    expect(readdirSync(parts).sort()).toEqual(['shard=1-of-3', 'shard=2-of-3', 'shard=3-of-3']);
  });

  it('reads in DuckDB as exactly the rows of the merged JSONL, row for row', async () => {
    const rows = await duckdb(
      `SELECT to_json(t) AS row FROM (SELECT * EXCLUDE (shard) FROM read_parquet('${parts}/*/items.parquet')) t`,
    );
    const engine = rows.map((r) => canonical(engineRowToItem(JSON.parse(r.row as string) as { [key: string]: Json }))).sort();
    const expected = jsonlItems(merged).map(canonical).sort();
    expect(expected.length).toBeGreaterThan(50);
    expect(engine).toEqual(expected);
    // The merge is the single run, so the partitioned dataset is too.
    expect(readFileSync(join(merged, 'items.jsonl'))).toEqual(readFileSync(join(single, 'items.jsonl')));
  });

  it('gives DuckDB the shard as a partition column and typed nested columns', async () => {
    const counts = await duckdb(`SELECT shard, count(*) AS n FROM read_parquet('${parts}/*/items.parquet') GROUP BY shard ORDER BY shard`);
    const perShard = [1, 2, 3].map((i) => jsonlItems(join(parts, `shard=${i}-of-3`)).length);
    expect(counts).toEqual(perShard.map((n, i) => ({ shard: `${i + 1}-of-3`, n: String(n) })));
    const types = await duckdb(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('${single}/items.parquet'))`);
    const typeOf = Object.fromEntries(types.map((t) => [t.column_name, t.column_type]));
    expect(typeOf).toMatchObject({
      id: 'VARCHAR',
      category: 'VARCHAR[]',
      publishedAt: 'DATE',
      extra: 'MAP(VARCHAR, VARCHAR)',
      stats: 'JSON',
      source: 'STRUCT(file VARCHAR, sha256 VARCHAR, "parser" VARCHAR, format VARCHAR, "encoding" VARCHAR, script VARCHAR, place VARCHAR)',
    });
    expect(typeOf.timeLimit).toMatch(/^STRUCT\("text" VARCHAR, clauses STRUCT\(kind VARCHAR, /);
  });

  it('writes the same bytes when run again', async () => {
    const again = tempDir();
    await ingest({ inputs: [corpus], out: again, formats: ['parquet'], jobs: 2 });
    expect(readFileSync(join(again, 'items.parquet'))).toEqual(readFileSync(join(single, 'items.parquet')));
    expect(datasetNames(again)).toEqual(['files.jsonl', 'items.parquet', 'report.json']);
  });

  it('is read by check, diff, report and coverage as the JSONL dataset is', async () => {
    const parquetOnly = tempDir();
    await ingest({ inputs: [corpus], out: parquetOnly, formats: ['parquet'], jobs: 1 });
    const checked = await check(parquetOnly);
    expect(checked.diagnostics.length).toBeGreaterThan(0);
    expect(checked).toEqual(await check(single));
    const diff = await diffDatasets(single, parquetOnly);
    expect([diff.added.length, diff.removed.length, diff.changed.length, diff.diagnostics]).toEqual([0, 0, 0, []]);
    const standard = 'parser=pipe-table';
    const covered = await coverage(parquetOnly, { standard });
    expect(covered.standardRows).toBeGreaterThan(0);
    expect(covered).toEqual(await coverage(single, { standard }));
    const html = async (dir: string) => readFileSync((await renderReport(dir, { out: join(tempDir(), 'r.html') })).path, 'utf8');
    expect(await html(parquetOnly)).toBe(await html(single));
  });
});
