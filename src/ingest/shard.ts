/**
 * `--shard i/n` (1-based, like test runners' shards): input i of n takes the paths whose hash falls in its share.
 * The hash is of the path as given (forward slashes), so every machine running the same command from the same
 * folder agrees on the split without talking to the others, and adding files does not move the other files.
 */
import { createHash } from 'node:crypto';

export interface Shard {
  index: number;
  count: number;
}

/** Parses `i/n`; undefined when the text is not a valid shard (1 ≤ i ≤ n). */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return index >= 1 && index <= count ? { index, count } : undefined;
}

export function inShard(path: string, shard: Shard): boolean {
  const hash = createHash('sha256').update(path).digest().readUInt32BE(0);
  return hash % shard.count === shard.index - 1;
}

/**
 * `shard=i-of-n`: one shard's folder in a partitioned dataset. The `key=value` form is the one engines (DuckDB, Spark)
 * read as a partition, and the count in the value keeps runs of different splits apart in one parent folder.
 */
export function shardFolder(shard: Shard): string {
  return `shard=${shard.index}-of-${shard.count}`;
}

/**
 * Written into a shard's report.json (`"shard"`, after the totals): `merge` combines only the shares 1…n of one run,
 * made by the same pipeline with the same options. A run without --shard records nothing, so a merge of all shares
 * is byte-identical to it.
 */
export interface ShardRecord extends Shard {
  /** pipelineVersion() of the run. */
  pipeline: string;
  /** The options that change a file's result (limits with their defaults filled in). */
  options: unknown;
}
