/**
 * The worker pool and the ordered, bounded batch: output bytes do not depend on --jobs; a crashing worker fails only
 * its own task; at most `window` calls are in flight.
 */
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../src/index.js';
import { orderedMap } from '../src/ingest/ordered-map.js';
import { WorkerPool } from '../src/ingest/pool.js';
import { mixedCorpus } from './helpers/mixed-corpus.js';

const DATASET = ['items.jsonl', 'items.csv', 'files.jsonl', 'report.json'];
const CRASHER = new URL('./fixtures/pool/crash-on-request.mjs', import.meta.url);

describe('WorkerPool', () => {
  it('isolates a crashed task, replaces the worker and runs the rest', async () => {
    const pool = new WorkerPool<number | string, number | string>({ script: CRASHER, size: 2, onCrash: (task, error) => `crashed ${task}: ${error.message}` });
    const tasks: (number | string)[] = [1, 2, 'exit', 3, 'throw', 4, 5, 6, 7, 8];
    const results = await Promise.all(tasks.map((t) => pool.run(t)));
    await pool.close();
    expect(results).toEqual([2, 4, 'crashed exit: worker exited with code 3', 6, 'crashed throw: boom', 8, 10, 12, 14, 16]);
  });

  it('runs again, on a fresh worker, the tasks that waited behind a crashed one', async () => {
    // One worker holds two tasks: 'exit' runs, 5 waits behind it and has not started when the thread dies.
    const pool = new WorkerPool<number | string, number | string>({ script: CRASHER, size: 1, onCrash: (task, error) => `crashed ${task}: ${error.message}` });
    const results = await Promise.all(['slow', 'exit', 5, 'throw', 6, 7].map((t) => pool.run(t)));
    await pool.close();
    expect(results).toEqual(['slow', 'crashed exit: worker exited with code 3', 10, 'crashed throw: boom', 12, 14]);
  });
});

describe('WorkerPool tasks that run alone', () => {
  it('runs a task marked alone with no other task beside it, and the others two at a time', async () => {
    type Timed = { name: string; start: number; end: number };
    const pool = new WorkerPool<{ name: string; ms: number }, Timed>({
      script: new URL('./fixtures/pool/timed.mjs', import.meta.url),
      size: 2,
      alone: (task) => task.name.startsWith('big'),
      onCrash: (task) => ({ name: `crashed ${task.name}`, start: 0, end: 0 }),
    });
    const names = ['a', 'b', 'big1', 'c', 'd', 'big2', 'e'];
    const runs = await Promise.all(names.map((name) => pool.run({ name, ms: 60 })));
    await pool.close();
    expect(runs.map((r) => r.name)).toEqual(names);
    const overlaps = (x: Timed, y: Timed) => x.start < y.end && y.start < x.end;
    for (const big of runs.filter((r) => r.name.startsWith('big'))) {
      expect(runs.filter((r) => r !== big && overlaps(r, big)).map((r) => r.name)).toEqual([]);
    }
    // Without the rule the pool would run them side by side: the ordinary tasks still pair up.
    const [a, b, , c, d] = runs;
    expect(overlaps(a!, b!) && overlaps(c!, d!)).toBe(true);
  });
});

describe('orderedMap', () => {
  it('yields in input order with at most `window` calls in flight', async () => {
    let running = 0;
    let most = 0;
    const inputs = Array.from({ length: 20 }, (_, i) => i);
    const out: number[] = [];
    for await (const v of orderedMap(inputs, 4, async (n) => {
      most = Math.max(most, ++running);
      // Later inputs finish first: the reorder buffer must put them back in order.
      await new Promise((r) => setTimeout(r, (20 - n) % 5));
      running--;
      return n * 10;
    })) {
      out.push(v);
    }
    expect(out).toEqual(inputs.map((n) => n * 10));
    expect(most).toBe(4);
  });

  it('raises a failed call when its turn comes, after the results before it', async () => {
    const seen: number[] = [];
    const run = async () => {
      for await (const v of orderedMap([0, 1, 2, 3], 3, async (n) => {
        if (n === 2) throw new Error('bad input 2');
        await new Promise((r) => setTimeout(r, 5));
        return n;
      })) {
        seen.push(v);
      }
    };
    await expect(run()).rejects.toThrow('bad input 2');
    expect(seen).toEqual([0, 1]);
  });
});

describe('ingest --jobs', () => {
  it('writes the same bytes with 1 job (in-thread) and 3 workers on a mixed corpus', async () => {
    const corpus = mixedCorpus();
    const outs = [1, 3].map((jobs) => join(mkdtempSync(join(tmpdir(), 'catalog-jobs-')), 'out'));
    const results = [];
    for (const [i, jobs] of [1, 3].entries()) results.push(await ingest({ inputs: [corpus], out: outs[i]!, jobs }));
    expect(results[0]!.totals.files).toBe(5 + 24 + 2);
    expect(results[0]!.totals.items).toBeGreaterThan(40);
    // The same outcome; each run names its own folder, and `jobs` says how many workers ran (3, or fewer on a
    // machine with fewer cores).
    expect(results.map((r, i) => r.out === outs[i])).toEqual([true, true]);
    expect({ ...results[1], out: '', jobs: 0 }).toEqual({ ...results[0], out: '', jobs: 0 });
    expect(results[0]!.jobs).toBe(1);
    for (const name of DATASET) expect(readFileSync(join(outs[1]!, name), 'utf8')).toBe(readFileSync(join(outs[0]!, name), 'utf8'));
    const report = readFileSync(join(outs[0]!, 'report.json'), 'utf8');
    expect(report).toContain('input/symlink-skipped');
    expect(report).toContain('decode/binary');
  });
});
