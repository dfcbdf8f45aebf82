/**
 * Limits and trust, checked on the library: the byte limit is applied before a file is read, a damaged cache entry is
 * a miss with a warning (and the output is what an uncached run writes), and the number of workers is capped by the
 * machine with a note saying so.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/index.js';
import { processFile } from '../../src/ingest/process-file.js';
import { workerCount } from '../../src/ingest/worker-limits.js';
import { DEFAULT_LIMITS } from '../../src/ingest/ingest-file.js';
import { goodBytes } from './cases.js';

const scratch = (name: string) => mkdtempSync(join(tmpdir(), `catalog-${name}-`));
const DATASET = ['items.jsonl', 'items.csv', 'files.jsonl', 'report.json'];
const read = (dir: string) => DATASET.map((name) => readFileSync(join(dir, name), 'utf8'));
const GiB = 2 ** 30;

describe('--max-bytes', () => {
  it('refuses a file over the limit from its size, without reading it', async () => {
    const path = join(scratch('max-bytes'), 'big.txt');
    writeFileSync(path, Buffer.alloc(5000, 0x61));
    let reads = 0;
    const outcome = await processFile(path, { limits: { maxBytes: 1000 } }, undefined, (p) => {
      reads++;
      return readFileSync(p);
    });
    expect(reads).toBe(0);
    expect('file' in outcome && outcome.file.severities.error).toBe(1);
    const text = 'encoded' in outcome ? Buffer.concat(outcome.encoded.diagnostics).toString() : '';
    expect(text).toContain('decode/too-large');
    // The digest is still recorded, streamed from the file.
    const record = 'encoded' in outcome ? JSON.parse(Buffer.concat(outcome.encoded.record).toString()) : {};
    expect(record.sha256).toBe(createHash('sha256').update(Buffer.alloc(5000, 0x61)).digest('hex'));
  });
});

describe('--cache entries', () => {
  it.each([1, 2])('a damaged, edited or foreign entry is a miss with a warning (--jobs %i)', async (jobs) => {
    const corpus = scratch('cache-corpus');
    for (const name of ['a.txt', 'b.txt', 'c.txt']) writeFileSync(join(corpus, name), goodBytes());
    const cache = join(scratch('cache'), 'cache');
    const reference = join(scratch('cache-ref'), 'out');
    await ingest({ inputs: [corpus], out: reference, jobs: 1 });
    await ingest({ inputs: [corpus], out: join(scratch('cache-1'), 'out'), jobs, cache });
    const entries = readdirSync(cache, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
    expect(entries).toHaveLength(3);
    const [torn, edited, foreign] = entries as [string, string, string];
    writeFileSync(torn, readFileSync(torn, 'utf8').slice(0, 200));
    // Valid JSON of another shape, with a digest that matches it: the schema turns it away.
    const body = JSON.stringify({ path: 'x', outputs: 42 });
    writeFileSync(foreign, `${createHash('sha256').update(body).digest('hex')}\n${body}`);
    // An item edited by hand: the digest no longer matches.
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('事项', '改过'));

    const warnings: string[] = [];
    const out = join(scratch('cache-2'), 'out');
    let cached = 0;
    const result = await ingest({ inputs: [corpus], out, jobs, cache, onWarning: (m) => warnings.push(m), onProgress: (p) => (cached = p.cached) });
    expect(result.exitCode).toBe(0);
    expect(cached).toBe(0);
    expect(warnings).toHaveLength(3);
    expect(warnings.join('\n')).toMatch(/digest does not match/);
    expect(warnings.join('\n')).toMatch(/not a cached result/);
    for (const w of warnings) expect(w).toMatch(/parsed again/);
    expect(read(out)).toEqual(read(reference));

    // The entries were rewritten: the next run takes all three from the cache, without a warning.
    const again: string[] = [];
    await ingest({ inputs: [corpus], out, jobs, cache, onWarning: (m) => again.push(m), onProgress: (p) => (cached = p.cached) });
    expect(again).toEqual([]);
    expect(cached).toBe(3);
    expect(read(out)).toEqual(read(reference));
  }, 60_000);
});

describe('--jobs', () => {
  it('is capped at one worker per core, and says so', () => {
    expect(workerCount(64, DEFAULT_LIMITS, { cores: 2, memory: 16 * GiB })).toEqual({
      jobs: 2,
      note: '--jobs 64 lowered to 2: this machine has 2 core(s). The output is the same for any --jobs.',
    });
  });

  it('is capped by the memory the workers may grow to', () => {
    const capped = workerCount(8, DEFAULT_LIMITS, { cores: 8, memory: 3 * GiB });
    expect(capped.jobs).toBe(2);
    expect(capped.note).toMatch(/^--jobs 8 lowered to 2: 3\.0 GiB of free memory holds 2 worker\(s\) at their 1088 MB heap limit/);
    expect(workerCount(undefined, DEFAULT_LIMITS, { cores: 1, memory: 0 })).toEqual({ jobs: 1 });
  });

  it('defaults to the cores, without a note, and keeps a request the machine can hold', () => {
    expect(workerCount(undefined, DEFAULT_LIMITS, { cores: 4, memory: 16 * GiB })).toEqual({ jobs: 4 });
    expect(workerCount(3, DEFAULT_LIMITS, { cores: 4, memory: 16 * GiB })).toEqual({ jobs: 3 });
  });
});
