/**
 * Expands the command line's files and directories into a sorted list of input files. Directories are walked
 * recursively without following symbolic links (a link loop cannot hang the walk); what cannot be read is reported.
 */
import { lstat, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { DiagnosticInput } from '../../schemas/diagnostic.js';

export interface InputProblem extends DiagnosticInput {
  file: string;
}

export async function collectInputs(paths: string[]): Promise<{ files: string[]; problems: InputProblem[] }> {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  const walk = async (path: string, top: boolean): Promise<void> => {
    let info;
    try {
      info = top ? await stat(path) : await lstat(path);
    } catch (error) {
      problems.push({ file: path, ruleId: 'input/unreadable', severity: 'error', message: `Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}. Check the path and permissions.` });
      return;
    }
    if (info.isSymbolicLink()) {
      problems.push({ file: path, ruleId: 'input/symlink-skipped', severity: 'info', message: 'Symbolic link inside a directory not followed (avoids loops); name its target on the command line to ingest it.' });
      return;
    }
    if (info.isDirectory()) {
      let entries: string[];
      try {
        entries = await readdir(path);
      } catch (error) {
        problems.push({ file: path, ruleId: 'input/unreadable', severity: 'error', message: `Cannot list ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.` });
        return;
      }
      for (const name of entries.sort()) if (!name.startsWith('.')) await walk(join(path, name), false);
      return;
    }
    if (info.isFile()) files.push(path.split('\\').join('/'));
    // A FIFO or device would block or never end when read.
    else problems.push({ file: path, ruleId: 'input/not-a-file', severity: 'warning', message: 'Not a regular file (FIFO, socket or device); skipped.' });
  };
  for (const p of paths) await walk(p, true);
  return { files: [...new Set(files)].sort(comparePaths), problems };
}

/** The one order of a dataset: UTF-16 code units of the path as given (what Array.prototype.sort does). */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
