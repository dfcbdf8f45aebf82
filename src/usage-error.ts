/**
 * The errors a person causes, as opposed to bugs. The CLI prints them as one line, `catalog <command>: <what> (<path>)`,
 * plus the hint when there is one, and exits with their code; anything else is a bug and gets the stack trace.
 */
export interface UserErrorDetails {
  /** The file or folder the message is about, printed in brackets after it. */
  path?: string;
  /** What to do about it, when that is not obvious from the message. */
  hint?: string;
}

export abstract class UserError extends Error {
  abstract readonly exitCode: 1 | 2;
  readonly path?: string;
  readonly hint?: string;

  constructor(message: string, details: UserErrorDetails = {}) {
    super(message);
    this.path = details.path;
    this.hint = details.hint;
  }
}

/** A mistake in how a command was called or configured (bad option, missing dataset, unwritable output): exit 2. */
export class UsageError extends UserError {
  override name = 'UsageError';
  readonly exitCode = 2 as const;
}

/** Input that was read but cannot be used (a broken dataset line where the command cannot go on past it): exit 1. */
export class InputError extends UserError {
  override name = 'InputError';
  readonly exitCode = 1 as const;
}
