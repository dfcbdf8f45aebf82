/**
 * The dataset switches from one run to the next all at once. A writer is killed (SIGKILL) before its commit and after
 * each step of it; every time, the dataset's names show one run's files — all of the previous run or all of the new
 * one, never some of each — and the next run cleans up and writes a whole dataset. An extra output file (as a later
 * format would add) switches with the others.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetFolder } from '../../src/emit/dataset-generation.js';

const repo = join(import.meta.dirname, '../..');
const NAMES = ['items.jsonl', 'items.csv', 'files.jsonl', 'report.json', 'items.extra'];

/** A child that writes a dataset whose every file says `tag`, and kills itself at `killAt` (or never). */
const WRITER = `
import { writeFileSync } from 'node:fs';
import { openDatasetSink } from ${JSON.stringify(join(repo, 'dist/src/emit/dataset-sink.js'))};
const [out, tag, killAt] = process.argv.slice(1);
const kill = (step) => { if (step === killAt) process.kill(process.pid, 'SIGKILL'); };
const sink = await openDatasetSink(out, undefined, undefined, { onStep: kill });
const bytes = (s) => [new Uint8Array(Buffer.from(s))];
await sink.file({ items: bytes('{"run":"' + tag + '"}\\n'), csv: bytes(tag + '\\r\\n'), record: bytes('{"run":"' + tag + '"}\\n'),
  diagnostics: bytes(JSON.stringify({ run: tag })), diagnosticCount: 1 });
writeFileSync(sink.extraFile('items.extra'), tag);
kill('before-commit');
await sink.commit({ files: 1, items: 1, documents: 0, errors: 0, warnings: 0, infos: 0, run: tag });
`;

const write = (out: string, tag: string, killAt = '') =>
  spawnSync(process.execPath, ['--input-type=module', '-e', WRITER, out, tag, killAt], { encoding: 'utf8' });

const TAGS = ['old', 'new', 'next'];
/** The run(s) each name shows: every file of a run holds its tag. */
const runs = (dir: string) =>
  NAMES.map((name) => {
    if (!existsSync(join(dir, name))) return 'missing';
    const text = readFileSync(join(dir, name), 'utf8');
    return TAGS.filter((tag) => new RegExp(`\\b${tag}\\b`).test(text)).join('+') || 'none';
  });

describe('the dataset switch', () => {
  it.each(['before-commit', 'switched', 'named', 'cleaned'])('a writer killed %s leaves one whole dataset', (step) => {
    const out = join(mkdtempSync(join(tmpdir(), 'catalog-switch-')), 'out');
    expect(write(out, 'old').status).toBe(0);
    expect(runs(out)).toEqual(NAMES.map(() => 'old'));

    const killed = write(out, 'new', step);
    expect(killed.signal).toBe('SIGKILL');
    const seen = runs(out);
    expect(new Set(seen).size, `after a kill at ${step}: ${seen.join(', ')}`).toBe(1);
    expect(seen[0]).toBe(step === 'before-commit' ? 'old' : 'new');
    // A reader that resolves the folder once reads the same run.
    expect(runs(datasetFolder(out))).toEqual(seen);

    expect(write(out, 'next').status).toBe(0);
    expect(runs(out)).toEqual(NAMES.map(() => 'next'));
    // The killed run's generation, and the ones replaced, are gone.
    expect(readdirSync(out).sort()).toEqual([...NAMES, 'current', readlinkSync(join(out, 'current'))].sort());
  }, 60_000);

  it('replaces the files of a dataset written before generations', () => {
    const out = mkdtempSync(join(tmpdir(), 'catalog-switch-legacy-'));
    for (const name of NAMES) writeFileSync(join(out, name), 'legacy');
    writeFileSync(join(out, 'notes.txt'), 'a file of the user');
    expect(write(out, 'new').status).toBe(0);
    expect(runs(out)).toEqual(NAMES.map(() => 'new'));
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('a file of the user');
  });
});
