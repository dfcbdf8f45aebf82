/**
 * The CLI's one error path, run on the built CLI: each mistake a user makes prints one line `catalog <command>: <what>
 * (<path>)` plus a hint, exits 2 (usage) or 1 (input), and never shows a stack trace; a bug says so, with the trace
 * only under --debug.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFailure, formatFailure } from '../src/cli/failure.js';
import { UsageError } from '../src/usage-error.js';
import { bin, ONE_LINE_FAILURE, repo, runCli } from './helpers/cli.js';
import { tempDir } from './helpers/items.js';

const SAMPLE = join(repo, 'samples/000_009c419fc4f033b9.txt');

/** A small dataset to point the commands at. */
function dataset(): string {
  const dir = tempDir();
  copyFileSync(SAMPLE, join(dir, 'page.txt'));
  const out = join(dir, 'ds');
  expect(runCli(['ingest', join(dir, 'page.txt'), '--out', out, '--jobs', '1']).status).toBe(0);
  return out;
}

function expectOneLine(run: { status: number | null; stderr: string }, status: number, what: RegExp): void {
  expect(run.stderr).toMatch(ONE_LINE_FAILURE);
  expect(run.stderr).toMatch(what);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.status).toBe(status);
}

describe('mistakes with paths', () => {
  const ds = dataset();
  const scratch = tempDir();
  const file = join(scratch, 'a-file');
  writeFileSync(file, 'x');

  it('ingest --out naming a file', () => {
    expectOneLine(runCli(['ingest', SAMPLE, '--out', file]), 2, /^catalog ingest: --out must be a folder, and a file is there \(.*a-file\)\n  hint: /);
  });

  it('ingest --out below a file', () => {
    expectOneLine(runCli(['ingest', SAMPLE, '--out', join(file, 'sub')]), 2, /^catalog ingest: cannot create --out: a file is in the way \(.*a-file\)/);
  });

  it('export --to naming a file', () => {
    expectOneLine(runCli(['export', ds, '--to', file]), 2, /^catalog export: --to must be a folder, and a file is there \(.*a-file\)/);
  });

  it('report --out naming a folder', () => {
    expectOneLine(runCli(['report', ds, '--out', scratch]), 2, /^catalog report: --out must be a file, and a folder is there \(/);
  });

  it('report --out in folders that do not exist yet creates them, as export does', () => {
    const target = join(scratch, 'new', 'dir', 'r.html');
    const run = runCli(['report', ds, '--out', target]);
    expect(run.status).toBe(0);
    expect(existsSync(target)).toBe(true);
  });

  it.each([
    ['check', [join(scratch, 'missing')], /^catalog check: no such dataset folder \(.*missing\)\n  hint: pass the folder written by/],
    ['check', [file], /^catalog check: a file is where a dataset folder is wanted \(.*a-file\)/],
    ['check', [scratch], /^catalog check: not a dataset: neither items.jsonl nor items.parquet is there \(/],
    ['diff', [ds, join(scratch, 'missing')], /^catalog diff: no such dataset folder/],
    ['export', [join(scratch, 'missing'), '--to', join(scratch, 'x')], /^catalog export: no such dataset folder/],
    ['report', [scratch, '--out', join(scratch, 'r.html')], /^catalog report: not a dataset/],
    ['coverage', [file, '--standard', 'parser=xlsx'], /^catalog coverage: a file is where a dataset folder is wanted/],
    ['merge', ['/nonexistent/catalog', '--out', join(scratch, 'm')], /^catalog merge: no such dataset folder \(\/nonexistent\/catalog\)/],
    ['merge', [scratch, '--out', join(scratch, 'm')], /^catalog merge: not a dataset: items.jsonl is missing/],
  ])('%s on something that is not a dataset: %j', (command, args, what) => {
    expectOneLine(runCli([command, ...args]), 2, what);
  });

  it.runIf(existsSync('/proc/self'))('--out where no folder can be made (/proc/x) fails at once instead of hanging', () => {
    const run = runCli(['ingest', SAMPLE, '--out', '/proc/catalog-test/out'], { timeout: 20_000 });
    expectOneLine(run, 2, /^catalog ingest: cannot create the --out folder \(ENOENT\) \(\/proc\/catalog-test\)/);
  });

  it.runIf(existsSync('/proc/self'))('--cache where no folder can be made fails at once too', () => {
    const run = runCli(['ingest', SAMPLE, '--out', join(tempDir(), 'out'), '--cache', '/proc/catalog-test/cache'], { timeout: 20_000 });
    expectOneLine(run, 2, /^catalog ingest: cannot create the --cache folder \(ENOENT\) \(\/proc\/catalog-test\)/);
  });

  it.runIf(existsSync('/proc/self'))('--out a folder nothing can be written to (even as root) names it', () => {
    expectOneLine(runCli(['ingest', SAMPLE, '--out', '/proc/self']), 2, /^catalog ingest: cannot write into the --out folder \([^)]*\) \(\/proc\/self\)\n  hint: choose a folder you can write to/);
  });

  it.runIf(process.getuid?.() !== 0)('--out a read-only folder (permissions)', () => {
    const readOnly = join(tempDir(), 'ro');
    mkdirSync(readOnly, { mode: 0o555 });
    expectOneLine(runCli(['ingest', SAMPLE, '--out', readOnly]), 2, /cannot write into the --out folder \(permission denied\)/);
  });
});

describe('bad selectors', () => {
  const ds = dataset();

  it('a selector that cannot be read is a usage error', () => {
    expectOneLine(runCli(['coverage', ds, '--standard', 'nonsense']), 2, /^catalog coverage: selector term "nonsense" is not key=value/);
  });

  it.each([['coverage'], ['report']])('%s: a selector that matches nothing is an error that says what the dataset has', (command) => {
    const args = command === 'report' ? ['--out', join(tempDir(), 'r.html')] : [];
    const run = runCli([command, ds, '--standard', 'parser=nothing', ...args]);
    expectOneLine(run, 2, /^catalog [a-z]+: --standard parser=nothing: no item matches\n  hint: this dataset has parser=pipe-table and file=.*page\.txt\n$/);
  });
});

describe('a closed pipe', () => {
  it('ingest --out - | head -1: stops with one line instead of an unhandled EPIPE', async () => {
    const child = spawn(process.execPath, [bin, 'ingest', join(repo, 'samples'), '--out', '-', '--jobs', '1'], { cwd: repo });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Like `head -1`: read the first chunk, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('catalog ingest: the reader closed the output before the end (stdout)\n');
    expect(status).toBe(2);
  });
});

describe('input errors are shown, not only written to report.json', () => {
  it('a missing input: the error on stderr, exit 1', () => {
    const out = join(tempDir(), 'out');
    const run = runCli(['ingest', '/nonexistent/page.txt', SAMPLE, '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('/nonexistent/page.txt\n');
    expect(run.stderr).toMatch(/error {2}Cannot read \/nonexistent\/page\.txt: ENOENT\. .* {2}input\/unreadable/);
    // The counts agree with the progress line's (2 inputs), and the plural is right.
    expect(run.stderr).toContain(`2 inputs (1 file read) → 9 items, 0 documents; 1 error, 0 warnings → ${out}\n`);
    expect(run.stderr).toContain('  1 input gave no items; most often input/unreadable (1)\n');
  });

  it('with --out - too', () => {
    const run = runCli(['ingest', '/nonexistent/page.txt', '--out', '-']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/Cannot read \/nonexistent\/page\.txt: ENOENT.*input\/unreadable/);
    expect(run.stderr).toContain('1 input (0 files read) → 0 items, 0 documents; 1 error, 0 warnings → stdout\n');
  });

  it('a file over --max-bytes: its error is printed', () => {
    const run = runCli(['ingest', SAMPLE, '--out', join(tempDir(), 'out'), '--max-bytes', '10']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/over the 10-byte limit; split it or raise --max-bytes\. {2}decode\/too-large/);
  });

  it('lists the first 20 errors, then says how many more and where they all are', () => {
    const dir = tempDir();
    for (let i = 0; i < 25; i++) writeFileSync(join(dir, `junk-${String(i).padStart(2, '0')}.bin`), Buffer.from([0, 1, 2, 0xff, 0xfe, 0, 0, i]));
    const out = join(dir, 'out');
    const run = runCli(['ingest', dir, '--out', out, '--jobs', '1']);
    expect(run.status).toBe(1);
    expect(run.stderr.match(/ error {2}Binary content .* decode\/binary\n/g)).toHaveLength(20);
    expect(run.stderr).toContain(`… and 5 more in ${out}/report.json\n`);
    expect(run.stderr).toContain('25 inputs → 0 items, 0 documents; 25 errors, 0 warnings');
    expect(run.stderr).toContain('  25 inputs gave no items; most often decode/binary (25)\n');
  });
});

describe('bugs', () => {
  it('a bug is one line that says so; the stack trace only with --debug', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'x')");
    const failure = describeFailure(bug);
    expect(failure.exitCode).toBe(2);
    const plain = formatFailure('ingest', failure, false);
    expect(plain).toMatch(/^catalog ingest: internal error: Cannot read properties of undefined \(reading 'x'\)\n  hint: this is a bug: .*--debug\n$/);
    expect(formatFailure('ingest', failure, true)).toContain(bug.stack!);
  });

  it('a user error is never shown as a bug, and keeps its path and hint', () => {
    const failure = describeFailure(new UsageError('share 2/3 is missing', { hint: 'pass every share' }));
    expect(formatFailure('merge', failure, true)).toBe('catalog merge: share 2/3 is missing\n  hint: pass every share\n');
  });

  it('a file-system refusal names the file, not the temporary name it was written under', () => {
    const error = Object.assign(new Error('EACCES'), { code: 'EACCES', syscall: 'open', path: '/data/out/.items.jsonl.123.0a1b2c3d.tmp' });
    expect(formatFailure('ingest', describeFailure(error), false)).toBe('catalog ingest: permission denied (open: EACCES) (/data/out/items.jsonl)\n');
  });

  it('mistakes in the flags themselves take the same path and exit 2', () => {
    expectOneLine(runCli(['ingest']), 2, /^catalog ingest: required option '-o, --out <dir>' not specified\n  hint: `catalog ingest --help` lists the options\n$/);
    expectOneLine(runCli(['ingest', SAMPLE, '--out', tempDir(), '--jobs', 'zero']), 2, /^catalog ingest: option '-j, --jobs <n>' argument 'zero' is invalid/);
    expectOneLine(runCli(['no-such-command']), 2, /^catalog: unknown command 'no-such-command'\n  hint: `catalog --help` lists the commands\n$/);
  });
});
