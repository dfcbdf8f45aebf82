/** A dataset diff as text (for people) or JSON (for tools). */
import type { DatasetDiff } from './diff-datasets.js';

const show = (value: unknown): string => (value === undefined ? '(absent)' : JSON.stringify(value));

export function formatDiffText(diff: DatasetDiff): string {
  const out: string[] = [];
  for (const e of diff.added) out.push(`+ ${e.key}  (${e.file} ${e.place})`);
  for (const e of diff.removed) out.push(`- ${e.key}  (${e.file} ${e.place})`);
  for (const e of diff.changed) {
    out.push(`~ ${e.key}  (${e.file} ${e.place})`);
    for (const f of e.fields) out.push(`    ${f.field}: ${show(f.old)} → ${show(f.new)}`);
  }
  out.push(`${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed`);
  return `${out.join('\n')}\n`;
}

export function formatDiffJson(diff: DatasetDiff): string {
  const { added, removed, changed } = diff;
  return `${JSON.stringify({ added, removed, changed }, null, 2)}\n`;
}
