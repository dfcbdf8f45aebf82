import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CatalogItem } from '../../schemas/catalog-item.js';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'datasets');

/** The first item of the clean fixture: a valid, unremarkable catalogue row to vary in table tests. */
export function baseItem(overrides: Partial<CatalogItem> = {}): CatalogItem {
  const line = readFileSync(join(FIXTURES, 'clean', 'items.jsonl'), 'utf8').split('\n')[0]!;
  return { ...(JSON.parse(line) as CatalogItem), ...overrides };
}

export function tempDir(prefix = 'catalog-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A dataset folder holding exactly these items.jsonl lines (objects are serialised, strings written as is). */
export function writeDataset(lines: ReadonlyArray<CatalogItem | string | object>): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'items.jsonl'), lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
  return dir;
}

/** The file names a dataset folder shows (without its generation folder and the `current` link to it). */
export function datasetNames(dir: string): string[] {
  return readdirSync(dir).filter((name) => !name.startsWith('.') && name !== 'current').sort();
}
