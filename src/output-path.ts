/**
 * Checks, before any work, that an output can be written where the user asked, and says plainly why not (a
 * UsageError naming the path): a file where a folder is wanted or the reverse, a folder that cannot be created or
 * written to. Folders are created one level at a time: Node's recursive mkdir loops forever on a path it can neither
 * create nor find (`/proc/x`), so a refusal must stop the walk.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, lstat, mkdir, open, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from './usage-error.js';

/** Makes `dir` (and missing parents) and proves a file can be created in it. `flag` names the option in messages. */
export async function prepareOutputDir(dir: string, flag = '--out'): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (info && !info.isDirectory()) {
    throw new UsageError(`${flag} must be a folder, and a file is there`, { path: dir, hint: 'choose another path, or remove the file' });
  }
  if (!info) await makeDirs(resolve(dir), flag);
  await probeWritable(dir, flag);
}

/** Makes the parent folders of `file` and checks that `file` is not a folder. */
export async function prepareOutputFile(file: string, flag = '--out'): Promise<void> {
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    throw new UsageError(`${flag} must be a file, and a folder is there`, { path: file, hint: 'name the file to write, e.g. <folder>/report.html' });
  }
  const parent = dirname(resolve(file));
  if (!(await stat(parent).catch(() => undefined))) await makeDirs(parent, flag);
  await probeWritable(parent, flag);
}

async function makeDirs(dir: string, flag: string): Promise<void> {
  const missing: string[] = [];
  let at = dir;
  for (;;) {
    const info = await lstat(at).catch(() => undefined);
    if (info) {
      if (!info.isDirectory() && !(await stat(at).catch(() => undefined))?.isDirectory()) {
        throw new UsageError(`cannot create ${flag}: a file is in the way`, { path: at, hint: 'choose another path, or remove the file' });
      }
      break;
    }
    missing.unshift(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const path of missing) {
    await mkdir(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return;
      throw new UsageError(`cannot create the ${flag} folder (${error.code ?? error.message})`, { path, hint: WRITABLE_HINT });
    });
  }
}

const WRITABLE_HINT = 'choose a folder you can write to';

/** access(W_OK) says yes to root on a read-only or virtual file system; creating a file is the real test. */
async function probeWritable(dir: string, flag: string): Promise<void> {
  const probe = join(dir, `.catalog-probe.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await access(dir, constants.W_OK | constants.X_OK);
    await (await open(probe, 'wx')).close();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot write into the ${flag} folder (${describeCode(code)})`, { path: dir, hint: WRITABLE_HINT });
  } finally {
    await rm(probe, { force: true });
  }
}

function describeCode(code: string | undefined): string {
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'read-only file system';
  if (code === 'ENOSPC') return 'no space left';
  return code ?? 'unknown error';
}
