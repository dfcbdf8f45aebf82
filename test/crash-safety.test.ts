/**
 * A run killed with SIGKILL in the middle of writing leaves the previous dataset exactly as it was, and the next run
 * writes the correct dataset (and removes the killed run's temporary files).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, readlinkSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleLines, writePages } from '../bench/corpus.js';
import { repo } from './helpers/mixed-corpus.js';

const DATASET = ['items.jsonl', 'items.csv', 'files.jsonl', 'report.json'];
const bin = join(repo, 'dist/bin/catalog.js');

describe('a killed ingest', () => {
  it('keeps the previous dataset intact and the next run is correct', async () => {
    const base = mkdtempSync(join(tmpdir(), 'catalog-kill-'));
    const corpus = join(base, 'corpus');
    writePages(sampleLines(join(repo, 'samples')), corpus, 0, 400);
    const out = join(base, 'out');
    // The previous dataset: the samples.
    expect(spawnSync(process.execPath, [bin, 'ingest', join(repo, 'samples'), '--out', out, '--quiet']).status).toBe(0);
    const before = DATASET.map((name) => readFileSync(join(out, name)));

    const child = spawn(process.execPath, [bin, 'ingest', corpus, '--out', out, '--quiet', '--jobs', '2'], { stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_, signal) => resolve(signal)));
    // Kill once results are being written: files.jsonl has grown in the run's generation folder.
    const generation = () => readdirSync(out).find((f) => f.startsWith(`.dataset-${child.pid}-`));
    for (let i = 0; i < 3000; i++) {
      await new Promise((r) => setTimeout(r, 10));
      let size = 0;
      try {
        const dir = join(out, generation() ?? '-');
        const temp = readdirSync(dir).find((f) => f.startsWith('.files.jsonl.') && f.endsWith('.tmp'));
        size = temp ? statSync(join(dir, temp)).size : 0;
      } catch {}
      if (size > 0) break;
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    DATASET.forEach((name, i) => expect(readFileSync(join(out, name)).equals(before[i]!), name).toBe(true));
    // It really was killed midway: its generation folder is still there, and not current.
    expect(generation()).toBeDefined();
    expect(readlinkSync(join(out, 'current'))).not.toBe(generation());

    expect(spawnSync(process.execPath, [bin, 'ingest', corpus, '--out', out, '--quiet']).status).not.toBe(2);
    // The next run cleared what the killed one left: the names, `current`, and the one generation it links to.
    expect(readdirSync(out).sort()).toEqual([...DATASET, 'current', readlinkSync(join(out, 'current'))].sort());
    const fresh = join(base, 'fresh');
    spawnSync(process.execPath, [bin, 'ingest', corpus, '--out', fresh, '--quiet']);
    for (const name of DATASET) expect(readFileSync(join(out, name)).equals(readFileSync(join(fresh, name))), name).toBe(true);
    expect(readFileSync(join(out, 'files.jsonl'), 'utf8').trim().split('\n')).toHaveLength(400);
  }, 180_000);
});
