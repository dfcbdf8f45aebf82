/**
 * Choosing inputs, on the built CLI: --include/--exclude, globs the tool expands, `-` and `@list` lists, and the
 * folder walk's default skips (dot-files, node_modules, dataset folders), each counted in the summary.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repo, runCli } from './helpers/cli.js';
import { tempDir } from './helpers/items.js';

const PAGE = join(repo, 'samples/000_009c419fc4f033b9.txt'); // 9 catalogue rows
const OTHER = join(repo, 'samples/002_842afc8bd2ab19b2.txt');

/** d/a.txt, d/sub/b.txt, d/README.md, d/.git/x.txt, d/node_modules/m/c.txt; returns the folder holding d. */
function tree(): string {
  const root = tempDir();
  const d = join(root, 'd');
  for (const sub of ['sub', '.git', 'node_modules/m']) mkdirSync(join(d, sub), { recursive: true });
  copyFileSync(PAGE, join(d, 'a.txt'));
  copyFileSync(OTHER, join(d, 'sub', 'b.txt'));
  writeFileSync(join(d, 'README.md'), '# notes\n');
  copyFileSync(PAGE, join(d, '.git', 'x.txt'));
  copyFileSync(PAGE, join(d, 'node_modules', 'm', 'c.txt'));
  return root;
}

const ingested = (out: string) => JSON.parse(readFileSync(join(out, 'report.json'), 'utf8').split('\n')[0]!.replace(/,"diagnostics":\[$/, '}')) as { totals: { files: number; items: number } };
const files = (out: string) => readFileSync(join(out, 'files.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { path: string }).path);

describe('the folder walk', () => {
  it('skips dot-files and node_modules, and counts each skip', () => {
    const root = tree();
    const run = runCli(['ingest', 'd', '--out', 'out', '--jobs', '1'], { cwd: root });
    expect(run.status).toBe(0);
    expect(files(join(root, 'out'))).toEqual(['d/README.md', 'd/a.txt', 'd/sub/b.txt']);
    expect(run.stderr).toContain('  skipped 1 dot-file, 1 node_modules folder\n');
    expect(run.stderr).toContain('  1 input gave no items; most often parse/navigation-only (1)\n');
  });

  it('ingesting d --out d/out twice reads the same inputs: its own output is never input', () => {
    const root = tree();
    const first = runCli(['ingest', 'd', '--out', 'd/out', '--jobs', '1'], { cwd: root });
    const before = readFileSync(join(root, 'd/out/items.jsonl'));
    const second = runCli(['ingest', 'd', '--out', 'd/out', '--jobs', '1'], { cwd: root });
    expect([first.status, second.status]).toEqual([0, 0]);
    expect(first.stderr).toContain('skipped 1 dot-file, 1 node_modules folder\n');
    expect(readFileSync(join(root, 'd/out/items.jsonl')).equals(before)).toBe(true);
    expect(second.stderr).toContain('skipped 1 dot-file, 1 node_modules folder, 1 dataset folder\n');
  });

  it('skips any folder holding a dataset (its report.json says so) or an export', () => {
    const root = tree();
    expect(runCli(['ingest', 'd', '--out', 'elsewhere', '--jobs', '1'], { cwd: root }).status).toBe(0);
    expect(runCli(['export', 'elsewhere', '--to', 'd/published', '--format', 'csv'], { cwd: root }).status).toBe(0);
    // A dataset copied into the input folder, and the export there: neither is read.
    mkdirSync(join(root, 'd/old'));
    for (const name of ['items.jsonl', 'items.csv', 'files.jsonl', 'report.json']) copyFileSync(join(root, 'elsewhere', name), join(root, 'd/old', name));
    const run = runCli(['ingest', 'd', '--out', 'again', '--jobs', '1'], { cwd: root });
    expect(files(join(root, 'again'))).toEqual(['d/README.md', 'd/a.txt', 'd/sub/b.txt']);
    expect(run.stderr).toContain('2 dataset folders');
  });

  it('a report.json that is not a dataset report does not make a folder a dataset', () => {
    const root = tree();
    writeFileSync(join(root, 'd/sub/report.json'), '{"title": "not ours"}\n');
    runCli(['ingest', 'd', '--out', 'out', '--jobs', '1'], { cwd: root });
    expect(files(join(root, 'out'))).toContain('d/sub/report.json');
  });
});

describe('--include and --exclude', () => {
  it('--include keeps matching files inside folders; a pattern without a slash matches at any depth', () => {
    const root = tree();
    const run = runCli(['ingest', 'd', '--out', 'out', '--include', '*.txt'], { cwd: root });
    expect(files(join(root, 'out'))).toEqual(['d/a.txt', 'd/sub/b.txt']);
    expect(run.stderr).toContain('1 not matched by --include');
  });

  it('--exclude leaves out files and whole folders; both repeat', () => {
    const root = tree();
    const run = runCli(['ingest', 'd', '--out', 'out', '--exclude', 'sub', '--exclude', '*.md'], { cwd: root });
    expect(files(join(root, 'out'))).toEqual(['d/a.txt']);
    expect(run.stderr).toContain('2 excluded by --exclude');
  });

  it('a path relative to the folder named selects one place', () => {
    const root = tree();
    runCli(['ingest', 'd', '--out', 'out', '--include', 'sub/*.txt'], { cwd: root });
    expect(files(join(root, 'out'))).toEqual(['d/sub/b.txt']);
  });
});

describe('globs and lists', () => {
  it('expands a quoted glob itself', () => {
    const root = tree();
    const run = runCli(['ingest', 'd/**/*.txt', '--out', 'out'], { cwd: root });
    expect(run.status).toBe(0);
    expect(files(join(root, 'out'))).toEqual(['d/a.txt', 'd/sub/b.txt']);
  });

  it('a glob that matches nothing is an input error that is shown', () => {
    const root = tree();
    const run = runCli(['ingest', 'd/*.xlsx', '--out', 'out'], { cwd: root });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('No file or folder matches the pattern d/*.xlsx');
  });

  it('- reads one path a line from stdin (CRLF and blank lines allowed)', () => {
    const root = tree();
    const run = runCli(['ingest', '-', '--out', 'out'], { cwd: root, input: 'd/sub/b.txt\r\n\nd/a.txt\r\n' });
    expect(run.status).toBe(0);
    expect(files(join(root, 'out'))).toEqual(['d/a.txt', 'd/sub/b.txt']);
  });

  it('@list reads a list file; a listed path that is missing is an input error', () => {
    const root = tree();
    writeFileSync(join(root, 'list.txt'), 'd/a.txt\nd/gone.html\n');
    const run = runCli(['ingest', '@list.txt', '--out', 'out'], { cwd: root });
    expect(run.status).toBe(1);
    expect(files(join(root, 'out'))).toEqual(['d/a.txt']);
    expect(run.stderr).toMatch(/Cannot read d\/gone\.html: ENOENT/);
    expect(ingested(join(root, 'out')).totals.items).toBe(9);
  });

  it('a path that exists is taken as it is, even with glob characters in its name', () => {
    const root = tempDir();
    copyFileSync(PAGE, join(root, '[1].txt'));
    const run = runCli(['ingest', '[1].txt', '--out', 'out'], { cwd: root });
    expect(run.status).toBe(0);
    expect(files(join(root, 'out'))).toEqual(['[1].txt']);
  });
});
