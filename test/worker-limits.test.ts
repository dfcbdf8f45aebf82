import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../src/ingest/ingest-file.js';
import { workerResourceLimits } from '../src/ingest/worker-limits.js';

describe('workerResourceLimits', () => {
  it('caps a worker heap at 1 GB (young generation 24 MB) for the default 200 MiB input limit', () => {
    expect(workerResourceLimits(DEFAULT_LIMITS)).toEqual({ maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 24 });
  });

  it('leaves room for larger inputs when --max-bytes is raised', () => {
    expect(workerResourceLimits({ ...DEFAULT_LIMITS, maxBytes: 1024 * 1024 * 1024 })).toEqual({ maxOldGenerationSizeMb: 5120, maxYoungGenerationSizeMb: 48 });
  });
});
