/**
 * `diff(oldDir, newDir)`: what changed between two crawls, matched by stable identity (publisher + category + name,
 * see dataset/identity.ts), not by line order or id (ids hash the input bytes and change on every re-crawl).
 */
import type { CatalogItem } from '../../schemas/catalog-item.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { itemIdentity } from '../dataset/identity.js';
import { assertDataset, iterateItems } from '../dataset/read.js';
import { naturalCompare } from '../natural-compare.js';

/** Not content: the id and source change with the crawl's bytes, flags with the checker's version. */
const IGNORED_FIELDS = new Set<keyof CatalogItem>(['id', 'source', 'flags']);

export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

export interface DiffEntry {
  key: string;
  /** Where the item is in the dataset that has it (the new one for added/changed). */
  file: string;
  place: string;
}

export interface DatasetDiff {
  added: DiffEntry[];
  removed: DiffEntry[];
  changed: Array<DiffEntry & { fields: FieldChange[] }>;
  /** Unreadable lines of either dataset (they are left out of the comparison). */
  diagnostics: Diagnostic[];
}

/** JSON with sorted object keys, so equal values compare equal whatever order their keys were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Identity → item; a repeated identity gets `#2`, `#3` … in file order so both copies are still compared. */
function keyed(): { key(item: CatalogItem): string } {
  const seen = new Map<string, number>();
  return {
    key(item) {
      const identity = itemIdentity(item);
      const n = (seen.get(identity) ?? 0) + 1;
      seen.set(identity, n);
      return n === 1 ? identity : `${identity} #${n}`;
    },
  };
}

export function changedFields(before: CatalogItem, after: CatalogItem): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])] as Array<keyof CatalogItem>;
  return fields
    .filter((f) => !IGNORED_FIELDS.has(f) && canonical(before[f]) !== canonical(after[f]))
    .sort()
    .map((field) => ({ field, old: before[field], new: after[field] }));
}

/** Nothing added, removed or changed (what `diff --exit-code` tests). */
export function diffIsEmpty(diff: DatasetDiff): boolean {
  return diff.added.length + diff.removed.length + diff.changed.length === 0;
}

const byKey = (a: DiffEntry, b: DiffEntry): number => naturalCompare(a.key, b.key);

export async function diffDatasets(oldDir: string, newDir: string): Promise<DatasetDiff> {
  assertDataset(oldDir);
  assertDataset(newDir);
  const diagnostics: Diagnostic[] = [];
  const report = (dir: string) => (d: Diagnostic) => diagnostics.push({ ...d, file: `${dir}/${d.file}` });
  // The old crawl is held as a map; the new one is streamed against it.
  const previous = new Map<string, CatalogItem>();
  const oldKeys = keyed();
  for await (const item of iterateItems(oldDir, report(oldDir))) previous.set(oldKeys.key(item), item);

  const result: DatasetDiff = { added: [], removed: [], changed: [], diagnostics };
  const newKeys = keyed();
  for await (const item of iterateItems(newDir, report(newDir))) {
    const key = newKeys.key(item);
    const where = { key, file: item.source.file, place: item.source.place };
    const before = previous.get(key);
    if (!before) {
      result.added.push(where);
      continue;
    }
    previous.delete(key);
    const fields = changedFields(before, item);
    if (fields.length > 0) result.changed.push({ ...where, fields });
  }
  for (const [key, item] of previous) result.removed.push({ key, file: item.source.file, place: item.source.place });
  result.added.sort(byKey);
  result.removed.sort(byKey);
  result.changed.sort(byKey);
  return result;
}
