/** Runs the built CLI (dist/bin/catalog.js: `npm test` builds first) as a user would, and captures what it prints. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const repo = join(import.meta.dirname, '../..');
export const bin = join(repo, 'dist/bin/catalog.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], options: { cwd?: string; input?: string; timeout?: number } = {}): CliRun {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? repo,
    input: options.input,
    encoding: 'utf8',
    timeout: options.timeout ?? 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The error path's shape: one line `catalog <command>: <what> (<path>)`, an optional hint line, no stack trace. */
export const ONE_LINE_FAILURE = /^catalog(?: [a-z]+)?: [^\n]+\n(?: {2}hint: [^\n]+\n)?$/;
