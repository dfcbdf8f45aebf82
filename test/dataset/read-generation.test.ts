/**
 * A dataset's file names link into its current generation (`items.jsonl` → `current/items.jsonl`, `current` → a
 * hidden folder). A read resolves the generation once, so a run that switches the dataset meanwhile never gives it
 * some files of each run.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { iterateItemRecords, openDataset, readFiles, readReport } from '../../src/dataset/read.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const NAMES = ['items.jsonl', 'files.jsonl', 'report.json'];

/** A dataset folder with two generations, `run` naming each one's files; `current` links to the first. */
function twoGenerations(): string {
  const out = mkdtempSync(join(tmpdir(), 'catalog-read-'));
  made.push(out);
  for (const run of ['a', 'b']) {
    const dir = join(out, `.dataset-${run}`);
    mkdirSync(dir);
    writeFileSync(join(dir, 'items.jsonl'), `${JSON.stringify({ run })}\n`);
    writeFileSync(join(dir, 'files.jsonl'), `${JSON.stringify({ path: `${run}.html` })}\n`);
    writeFileSync(join(dir, 'report.json'), JSON.stringify({ version: run, diagnostics: [] }));
  }
  symlinkSync('.dataset-a', join(out, 'current'));
  for (const name of NAMES) symlinkSync(join('current', name), join(out, name));
  return out;
}

/** What the writer's commit does: one rename of a new `current` link over the old one. */
function switchTo(out: string, generation: string): void {
  symlinkSync(generation, join(out, 'current.tmp'));
  renameSync(join(out, 'current.tmp'), join(out, 'current'));
}

async function runs(dataset: Parameters<typeof readFiles>[0]): Promise<string[]> {
  const items: unknown[] = [];
  for await (const { value } of iterateItemRecords(dataset, () => {})) items.push(value);
  const [files, report] = await Promise.all([readFiles(dataset), readReport(dataset)]);
  return [(items[0] as { run: string }).run, files[0]!.path, String(report.version)];
}

describe('reading a dataset while a run switches it', () => {
  it('reads every file from the generation current when the read began', async () => {
    const out = twoGenerations();
    const read = openDataset(out);
    switchTo(out, '.dataset-b');
    expect(await runs(read)).toEqual(['a', 'a.html', 'a']);
    expect(await runs(out)).toEqual(['b', 'b.html', 'b']);
  });

  it('fails, saying so, when the newer run has removed that generation, instead of reading nothing', async () => {
    const out = twoGenerations();
    const read = openDataset(out);
    switchTo(out, '.dataset-b');
    rmSync(join(out, '.dataset-a'), { recursive: true });
    await expect(readReport(read)).rejects.toThrow('replaced by a newer run');
    await expect(readFiles(read)).rejects.toThrow('replaced by a newer run');
    await expect(iterateItemRecords(read, () => {}).next()).rejects.toThrow('replaced by a newer run');
  });

  it('reads a folder without generations (written before them, or copied without links) as it is', async () => {
    const out = twoGenerations();
    const flat = join(out, '.dataset-a');
    expect(openDataset(flat)).toEqual({ dir: flat, files: flat });
    expect(await runs(flat)).toEqual(['a', 'a.html', 'a']);
  });
});
