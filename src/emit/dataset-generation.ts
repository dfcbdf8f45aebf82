/**
 * A dataset folder switches from one run's files to the next all at once. Each run writes every file into a fresh
 * hidden folder (a generation) inside the dataset folder; `current` is a symbolic link to the generation in use, and
 * each file name (`items.jsonl`, …) is a link to `current/<name>`. The switch is one rename of a new `current` link
 * over the old one — atomic — so whatever moment a run is killed at, the names show the previous run's files or
 * this run's, never some of each. The set of files is whatever the writer names at commit, so an output added
 * later needs no change here. A reader that wants one generation for a whole session opens `current/` once
 * (resolve it with realpath), as `datasetFolder` does.
 */
import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { lstat, mkdir, readdir, readlink, rename, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';

export const CURRENT = 'current';
const GENERATION = /^\.dataset-(\d+)-[0-9a-f]+$/;
const LINK_TEMPORARY = /^\.link-(\d+)-[0-9a-f]+\.tmp$/;

/** The steps of a commit, in order; `onStep` (tests) is called after each. */
export type CommitStep = 'switched' | 'named' | 'cleaned';

export interface Generation {
  /** The folder to write this run's files into. */
  dir: string;
  /** Makes the generation current, links each of `names` to it, and removes the previous generation. */
  commit(names: readonly string[]): Promise<void>;
  /** Removes the generation (the previous one stays current). */
  abort(): Promise<void>;
}

export interface GenerationOptions {
  /** Called after each step of the commit: a test kills the process there to prove each state is whole. */
  onStep?: (step: CommitStep) => void;
}

const unique = () => `${process.pid}-${randomBytes(4).toString('hex')}`;

export async function openGeneration(out: string, options: GenerationOptions = {}): Promise<Generation> {
  await mkdir(out, { recursive: true });
  await removeStale(out);
  const name = `.dataset-${unique()}`;
  const dir = join(out, name);
  await mkdir(dir);
  return {
    dir,
    async commit(names) {
      const previous = await readlink(join(out, CURRENT)).catch(() => undefined);
      await replaceWithLink(out, CURRENT, name);
      options.onStep?.('switched');
      for (const file of names) {
        const target = join(CURRENT, file);
        if ((await readlink(join(out, file)).catch(() => undefined)) !== target) await replaceWithLink(out, file, target);
      }
      // A name linked by an earlier run that this run does not write would point at nothing.
      for (const entry of await readdir(out)) {
        const target = await readlink(join(out, entry)).catch(() => undefined);
        if (target?.startsWith(`${CURRENT}/`) && !names.includes(entry)) await rm(join(out, entry), { force: true });
      }
      options.onStep?.('named');
      if (previous && GENERATION.test(previous) && previous !== name) await rm(join(out, previous), { recursive: true, force: true });
      options.onStep?.('cleaned');
    },
    abort: () => rm(dir, { recursive: true, force: true }),
  };
}

/** `out/name` becomes a link to `target`, in one rename (a file of an older layout is replaced the same way). */
async function replaceWithLink(out: string, name: string, target: string): Promise<void> {
  const temporary = join(out, `.link-${unique()}.tmp`);
  await symlink(target, temporary);
  try {
    await rename(temporary, join(out, name));
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * The folder holding a dataset's files: its current generation, or the folder itself (a dataset written before
 * generations, or copied without its links). Resolved once, so a reader sees one generation even if a run
 * switches the dataset while it reads.
 */
export function datasetFolder(dir: string): string {
  try {
    return realpathSync(join(dir, CURRENT));
  } catch {
    return dir;
  }
}

/**
 * Generations and links left by killed runs are removed once their process is gone (never a live run's, never the
 * current one), as are the temporary files of the layout before generations.
 */
async function removeStale(out: string): Promise<void> {
  const current = await readlink(join(out, CURRENT)).catch(() => undefined);
  for (const entry of await readdir(out)) {
    const match = GENERATION.exec(entry) ?? LINK_TEMPORARY.exec(entry) ?? OLD_TEMPORARY.exec(entry);
    if (!match || entry === current) continue;
    const pid = Number(match[1] ?? match[2]);
    if (pid === process.pid || running(pid)) continue;
    const path = join(out, entry);
    if ((await lstat(path)).isDirectory()) await rm(path, { recursive: true, force: true });
    else await rm(path, { force: true });
  }
}

/** `.<name>.<pid>.<random>.tmp` and `.diagnostics.<pid>.jsonl`, written beside the files before generations. */
const OLD_TEMPORARY = /^\.(?:items\.jsonl|items\.csv|files\.jsonl|report\.json|\.diagnostics\.\d+\.jsonl)\.(\d+)(?:\.[0-9a-f]+)?\.tmp$|^\.diagnostics\.(\d+)\.jsonl$/;

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
