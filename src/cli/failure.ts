/**
 * The CLI's one error path. A condition the user caused (a UserError from the library, or a file-system refusal such
 * as a missing path, a file where a folder is wanted, no permission, a closed pipe) becomes one line
 * `catalog <command>: <what> (<path>)`, a hint when one helps, and its exit code (2 usage, 1 input). Anything else is
 * a bug: one line saying so, and the stack trace with `--debug`.
 */
import { UserError } from '../usage-error.js';

export interface Failure {
  what: string;
  path?: string;
  hint?: string;
  exitCode: 1 | 2;
  /** Set for a bug: the stack trace, shown with --debug. */
  stack?: string;
}

/** What a file-system error code means to the person who typed the path, and what to do about it. */
const ERRNO: Record<string, { what: string; hint?: string }> = {
  ENOENT: { what: 'no such file or folder', hint: 'check the path' },
  ENOTDIR: { what: 'a file is where a folder is wanted' },
  EEXIST: { what: 'a file is already there' },
  EISDIR: { what: 'a folder is where a file is wanted' },
  EACCES: { what: 'permission denied' },
  EPERM: { what: 'operation not permitted' },
  EROFS: { what: 'read-only file system' },
  ENOSPC: { what: 'no space left on the device' },
  EMFILE: { what: 'too many open files', hint: 'raise the limit (ulimit -n) or pass fewer inputs at once' },
  EPIPE: { what: 'the reader closed the output before the end' },
};

/** Temporary names of atomic writes (`.<name>.<pid>.<hex>.tmp`) are shown as the file they stand for. */
const TEMPORARY = /(^|[\\/])\.([^\\/]+?)\.\d+\.[0-9a-f]+\.tmp$/;

export function describeFailure(error: unknown): Failure {
  if (error instanceof UserError) return { what: error.message, path: error.path, hint: error.hint, exitCode: error.exitCode };
  const errno = error as NodeJS.ErrnoException & { dest?: string };
  const known = typeof errno?.code === 'string' ? ERRNO[errno.code] : undefined;
  if (known) {
    const path = errno.dest ?? errno.path;
    return { what: `${known.what}${errno.syscall ? ` (${errno.syscall}: ${errno.code})` : ''}`, path: path?.replace(TEMPORARY, '$1$2'), hint: known.hint, exitCode: 2 };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    what: `internal error: ${message.split('\n')[0]}`,
    hint: 'this is a bug: please report it with the command and the output of the same command with --debug',
    exitCode: 2,
    stack: error instanceof Error ? error.stack : undefined,
  };
}

export function formatFailure(command: string, failure: Failure, debug: boolean): string {
  const lines = [`catalog${command ? ` ${command}` : ''}: ${failure.what}${failure.path ? ` (${failure.path})` : ''}`];
  if (failure.hint) lines.push(`  hint: ${failure.hint}`);
  if (debug && failure.stack) lines.push(failure.stack);
  return `${lines.join('\n')}\n`;
}
