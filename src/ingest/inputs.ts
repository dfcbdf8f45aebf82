/**
 * Expands the command line's inputs into a sorted list of input files. An input is a file, a folder (walked
 * recursively without following symbolic links, so a link loop cannot hang the walk), a glob the shell did not
 * expand (`'pages/*.html'`, expanded here when no file has that name), `-` (a list of paths on stdin) or `@list.txt`
 * (a list file), one path a line as crawlers write them. Inside folders `--include`/`--exclude` globs apply, and a
 * walk skips what is never a page: dot-files, `node_modules`, and folders holding a dataset or an export written by
 * this tool (a previous run's items.csv must not come back as input). Every skip is counted; what cannot be read is
 * reported.
 */
import { lstat, open, readdir, readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, posix, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import { UsageError } from '../usage-error.js';

export interface InputProblem extends DiagnosticInput {
  file: string;
}

export interface InputSelection {
  /** Globs a file inside a folder must match (any of them), relative to the folder named; default: every file. */
  include?: readonly string[];
  /** Globs of files and folders inside a folder to leave out, relative to the folder named. */
  exclude?: readonly string[];
  /** Folders never walked into (the run's own output and cache). */
  outputs?: readonly string[];
  /** Where `-` reads its list of paths (default process.stdin). */
  stdin?: NodeJS.ReadableStream;
}

/** Why the walk passed over an entry, in the order the summary names them. */
export const SKIP_REASONS = ['dot-file', 'node_modules', 'dataset folder', 'excluded', 'not included'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export interface CollectedInputs {
  files: string[];
  problems: InputProblem[];
  /** Entries passed over by reason (a skipped folder counts once, whatever it holds). */
  skipped: Record<SkipReason, number>;
}

export async function collectInputs(args: readonly string[], selection: InputSelection = {}): Promise<CollectedInputs> {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  const skipped = Object.fromEntries(SKIP_REASONS.map((r) => [r, 0])) as Record<SkipReason, number>;
  const include = globMatcher(selection.include);
  const exclude = globMatcher(selection.exclude);
  const outputs = new Set((selection.outputs ?? []).map((p) => resolve(p)));
  const unreadable = (file: string, error: unknown, verb = 'read') =>
    problems.push({ file, ruleId: 'input/unreadable', severity: 'error', message: `Cannot ${verb} ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}. Check the path and permissions.` });

  const walk = async (path: string, root: string | undefined): Promise<void> => {
    let info;
    try {
      info = root === undefined ? await stat(path) : await lstat(path);
    } catch (error) {
      unreadable(path, error);
      return;
    }
    const inside = root === undefined ? '' : relative(root, path).split('\\').join('/');
    if (info.isSymbolicLink()) {
      problems.push({ file: path, ruleId: 'input/symlink-skipped', severity: 'info', message: 'Symbolic link inside a directory not followed (avoids loops); name its target on the command line to ingest it.' });
      return;
    }
    if (inside && exclude?.(inside)) {
      skipped.excluded++;
      return;
    }
    if (info.isDirectory()) {
      // The run's own output and cache folders are never input; only a dataset (not a fresh folder) counts as a skip.
      const own = outputs.has(resolve(path));
      const dataset = await holdsDataset(path);
      if (dataset) skipped['dataset folder']++;
      if (own || dataset) return;
      let entries: string[];
      try {
        entries = await readdir(path);
      } catch (error) {
        unreadable(path, error, 'list');
        return;
      }
      for (const name of entries.sort()) {
        if (name.startsWith('.')) skipped['dot-file']++;
        else if (name === 'node_modules') skipped.node_modules++;
        else await walk(join(path, name), root ?? path);
      }
      return;
    }
    if (info.isFile()) {
      if (inside && include && !include(inside)) skipped['not included']++;
      else files.push(path.split('\\').join('/'));
    }
    // A FIFO or device would block or never end when read.
    else problems.push({ file: path, ruleId: 'input/not-a-file', severity: 'warning', message: 'Not a regular file (FIFO, socket or device); skipped.' });
  };

  let stdinRead = false;
  for (const arg of args) {
    if (arg === '-') {
      if (stdinRead) throw new UsageError('`-` (paths on stdin) given twice');
      stdinRead = true;
      for (const path of listLines(await readStream(selection.stdin ?? process.stdin))) await walk(path, undefined);
    } else if (arg.startsWith('@') && arg.length > 1) {
      const list = arg.slice(1);
      let text: string;
      try {
        text = await readFile(list, 'utf8');
      } catch (error) {
        unreadable(list, error);
        continue;
      }
      for (const path of listLines(text)) await walk(path, undefined);
    } else if (isDynamicPattern(arg) && !(await lstat(arg).catch(() => undefined))) {
      const matches = await glob(arg, { onlyFiles: false, followSymbolicLinks: false, expandDirectories: false, absolute: isAbsolute(arg) });
      if (matches.length === 0) problems.push({ file: arg, ruleId: 'input/no-match', severity: 'error', message: `No file or folder matches the pattern ${arg}. Check the pattern (quote it so that this tool expands it).` });
      // A glob reaching into node_modules or a dataset folder gets the walk's skips (dot-files it never matches).
      const passedOver = new Map<string, SkipReason>();
      for (const match of matches.sort()) {
        const path = match.replace(/\/$/, '');
        const modules = /^(.*?(?:^|\/)node_modules)(?:\/|$)/.exec(path);
        const folder = modules?.[1] ?? (outputs.has(resolve(dirname(path))) || (await holdsDataset(dirname(path))) ? dirname(path) : undefined);
        if (folder === undefined) await walk(path, undefined);
        else passedOver.set(folder, modules ? 'node_modules' : 'dataset folder');
      }
      for (const reason of passedOver.values()) skipped[reason]++;
    } else {
      await walk(arg, undefined);
    }
  }
  return { files: [...new Set(files)].sort(comparePaths), problems, skipped };
}

/**
 * --include/--exclude globs, as in .gitignore: a pattern without a slash (`*.html`, `drafts`) matches a name at any
 * depth, one with a slash (`sub/*.html`) the path below the folder named on the command line.
 */
function globMatcher(globs: readonly string[] | undefined): ((path: string) => boolean) | undefined {
  if (!globs?.length) return undefined;
  const compile = (list: string[]) => (list.length ? picomatch(list, { dot: true }) : () => false);
  const whole = compile(globs.filter((g) => g.includes('/')));
  const name = compile(globs.filter((g) => !g.includes('/')));
  return (path) => whole(path) || name(posix.basename(path));
}

/** One path a line; line ends of either kind and blank lines are not paths. */
function listLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks).toString('utf8');
}

/** A dataset's report.json starts with its version and totals; an export has both of these files. */
const DATASET_HEAD = /^\{"version":\d+,"totals":\{/;
const EXPORT_FILES = ['datapackage.json', 'catalog.schema.json'];

async function holdsDataset(dir: string): Promise<boolean> {
  const head = await readHead(join(dir, 'report.json'), 64);
  if (head !== undefined && DATASET_HEAD.test(head)) return true;
  for (const name of EXPORT_FILES) if (!(await stat(join(dir, name)).catch(() => undefined))?.isFile()) return false;
  return true;
}

async function readHead(path: string, bytes: number): Promise<string | undefined> {
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(bytes);
      const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
      return buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
}

/** The one order of a dataset: UTF-16 code units of the path as given (what Array.prototype.sort does). */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
