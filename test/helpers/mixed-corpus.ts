/** A small corpus of every kind of input the batch meets: samples, generated HTML pages (some GB18030), junk, empty. */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPage, sampleLines } from '../../bench/corpus.js';

export const repo = join(import.meta.dirname, '../..');

export function mixedCorpus(pages = 24): string {
  const dir = mkdtempSync(join(tmpdir(), 'catalog-mixed-'));
  mkdirSync(join(dir, 'samples'));
  for (const name of readdirSync(join(repo, 'samples'))) copyFileSync(join(repo, 'samples', name), join(dir, 'samples', name));
  mkdirSync(join(dir, 'pages'));
  const samples = sampleLines(join(repo, 'samples'));
  for (let i = 0; i < pages; i++) {
    const page = buildPage(samples, i);
    writeFileSync(join(dir, 'pages', page.name), page.bytes);
  }
  writeFileSync(join(dir, 'junk.bin'), Buffer.from([0, 1, 2, 0xff, 0xfe, 0, 0, 0x50, 0x4b]));
  writeFileSync(join(dir, 'empty.txt'), '');
  // A link inside a walked folder is reported (input/symlink-skipped): an input problem has a place in the order too.
  symlinkSync(join(dir, 'empty.txt'), join(dir, 'pages', 'link.txt'));
  return dir;
}
