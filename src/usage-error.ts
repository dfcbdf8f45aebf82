/** A mistake in how a command was called or configured (bad option, missing dataset, bad config): exit code 2. */
export class UsageError extends Error {}
