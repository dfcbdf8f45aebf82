/** `coverage(datasetDir, {standard})`: reads items.jsonl once, streaming, and matches local catalogues to the standard. */
import { readItems } from '../dataset/read-dataset.js';
import { autoStandardSelector } from './auto-standard.js';
import { computeCoverage, toCoverageRow } from './compute-coverage.js';
import type { CoverageResult, CoverageRow } from './coverage-types.js';
import { parseSelector } from './item-selector.js';

export interface CoverageOptions {
  /** An items selector (see item-selector.ts) picking the standard catalogue's items. */
  standard: string;
}

export async function readCoverageRows(datasetDir: string): Promise<CoverageRow[]> {
  const rows: CoverageRow[] = [];
  await readItems(datasetDir, (item) => {
    const row = toCoverageRow(item);
    if (row) rows.push(row);
  });
  return rows;
}

/** Returns undefined when no selector is given and none can be guessed. */
export function coverageOfRows(rows: CoverageRow[], standard?: string): CoverageResult | undefined {
  if (standard) return computeCoverage(rows, parseSelector(standard));
  const guessed = autoStandardSelector(rows);
  return guessed ? computeCoverage(rows, parseSelector(guessed), true) : undefined;
}

export async function coverage(datasetDir: string, options: CoverageOptions): Promise<CoverageResult> {
  return computeCoverage(await readCoverageRows(datasetDir), parseSelector(options.standard));
}
