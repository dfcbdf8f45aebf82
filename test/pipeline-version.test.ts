/** Cached results are keyed by the pipeline version: registering another page container must change it by itself. */
import { expect, it } from 'vitest';
import { pipelineVersion } from '../src/ingest/pipeline-version.js';
import { pagePreparers } from '../src/ingest/prepare-page.js';

it('changes when a page preparer is added', () => {
  const before = pipelineVersion();
  pagePreparers.push({ format: 'test-container', sniff: () => false, prepare: () => undefined });
  try {
    expect(pipelineVersion()).not.toBe(before);
  } finally {
    pagePreparers.pop();
  }
  expect(pipelineVersion()).toBe(before);
});
