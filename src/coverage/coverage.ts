/** `coverage(datasetDir, {standard})`: reads items.jsonl once, streaming, and matches local catalogues to the standard. */
import type { CatalogItem } from '../../schemas/catalog-item.js';
import { assertDataset, failOnDiagnostic, iterateItemRecords } from '../dataset/read.js';
import { autoStandardSelector } from './auto-standard.js';
import { computeCoverage, toCoverageRow } from './compute-coverage.js';
import type { CoverageResult, CoverageRow } from './coverage-types.js';
import { parseSelector, SelectorError } from './item-selector.js';

export interface CoverageOptions {
  /** An items selector (see item-selector.ts) picking the standard catalogue's items. */
  standard: string;
}

export async function readCoverageRows(datasetDir: string): Promise<CoverageRow[]> {
  const rows: CoverageRow[] = [];
  assertDataset(datasetDir);
  for await (const { value } of iterateItemRecords(datasetDir, failOnDiagnostic(datasetDir))) {
    const row = toCoverageRow(value as CatalogItem);
    if (row) rows.push(row);
  }
  return rows;
}

/** Returns undefined when no selector is given and none can be guessed. */
export function coverageOfRows(rows: CoverageRow[], standard?: string): CoverageResult | undefined {
  if (standard) return selected(computeCoverage(rows, parseSelector(standard)), rows);
  const guessed = autoStandardSelector(rows);
  return guessed ? computeCoverage(rows, parseSelector(guessed), true) : undefined;
}

export async function coverage(datasetDir: string, options: CoverageOptions): Promise<CoverageResult> {
  const rows = await readCoverageRows(datasetDir);
  return selected(computeCoverage(rows, parseSelector(options.standard)), rows);
}

/** A selector the user wrote that picks no item is a mistake, not an empty standard: say what the dataset holds. */
function selected(result: CoverageResult, rows: readonly CoverageRow[]): CoverageResult {
  if (result.standardRows > 0) return result;
  const values = (pick: (row: CoverageRow) => string) => [...new Set(rows.map(pick))].sort().slice(0, 5).join('|') || '(none)';
  throw new SelectorError(`--standard ${result.selector}: no item matches`, {
    hint: `this dataset has parser=${values((r) => r.parser)} and file=${values((r) => r.file)}`,
  });
}
