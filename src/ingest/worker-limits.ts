/**
 * Heap limits of an ingest worker, and how many workers the machine can hold. V8 lets a heap grow before a full
 * collection by a factor that depends on its limit: up to 4× the live size when the limit is the default (a quarter
 * of the machine's memory), about 1.6× at 1 GB. A worker's live heap is ~35 MB (code, dictionaries, one page), so a
 * default worker held ~150 MB it did not need. The limit scales with the largest input a worker may be given (a
 * 200 MB one-line text peaks under 1 GB); a file that needs more fails alone as a worker crash, never the batch. An
 * explicit --max-old-space-size still wins.
 */
import { availableParallelism, freemem, totalmem } from 'node:os';
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

export interface Machine {
  cores: number;
  /** Bytes of memory the workers may use: what is free now, within the process's memory constraint if any. */
  memory: number;
}

export function thisMachine(): Machine {
  const constrained = process.constrainedMemory?.() || 0;
  return { cores: availableParallelism(), memory: Math.min(freemem(), constrained > 0 ? constrained : totalmem()) };
}

/**
 * Workers for a run: the requested number (default: one per core), at most one per core — a second worker on a core
 * only adds a heap and switching (64 workers on 2 cores: 2.9 GB and 12× the time) — and at most as many as fit in
 * memory at each one's heap limit, so that a batch of large files cannot exhaust the machine. `note` says why when
 * fewer than requested are used; the output is the same bytes for any number.
 */
export function workerCount(requested: number | undefined, limits: ParseLimits, machine: Machine = thisMachine()): { jobs: number; note?: string } {
  const perWorker = (workerResourceLimits(limits).maxOldGenerationSizeMb! + 64) * MB;
  const byMemory = Math.max(1, Math.floor(machine.memory / perWorker));
  const cap = Math.max(1, Math.min(machine.cores, byMemory));
  const wanted = Math.max(1, requested ?? machine.cores);
  if (wanted <= cap) return { jobs: wanted };
  const why = byMemory < machine.cores
    ? `${(machine.memory / 1024 / MB).toFixed(1)} GiB of free memory holds ${byMemory} worker(s) at their ${Math.round(perWorker / MB)} MB heap limit`
    : `this machine has ${machine.cores} core(s)`;
  return { jobs: cap, ...(requested !== undefined && { note: `--jobs ${requested} lowered to ${cap}: ${why}. The output is the same for any --jobs.` }) };
}
