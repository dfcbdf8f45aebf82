/**
 * Heap limits of an ingest worker. V8 lets a heap grow before a full collection by a factor that depends on its
 * limit: up to 4× the live size when the limit is the default (a quarter of the machine's memory), about 1.6× at
 * 1 GB. A worker's live heap is ~35 MB (code, dictionaries, one page), so a default worker held ~150 MB it did not
 * need. The limit scales with the largest input a worker may be given (a 200 MB one-line text peaks under 1 GB);
 * a file that needs more fails alone as a worker crash, never the batch. An explicit --max-old-space-size still wins.
 */
import type { ResourceLimits } from 'node:worker_threads';
import type { ParseLimits } from '../../parsers/types.js';

const MB = 1024 * 1024;

export function workerResourceLimits(limits: ParseLimits): ResourceLimits {
  const maxOldGenerationSizeMb = Math.max(1024, 5 * Math.ceil(limits.maxBytes / MB));
  // The young generation V8 sizes for a heap of that size (three semi-spaces of old/128, at most 16 MB each), not the
  // 48 MB of a default heap: 14 MB less per worker at the same CPU time.
  const semiSpaceMb = Math.min(16, Math.floor(maxOldGenerationSizeMb / 128));
  return { maxOldGenerationSizeMb, maxYoungGenerationSizeMb: 3 * semiSpaceMb };
}
