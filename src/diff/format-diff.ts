/**
 * A dataset diff as text (for people) or JSON (for tools). The text shows each changed field as
 * `field: old → new`, one line per changed leaf (`timeLimit.text`, not the whole timeLimit object), values cut to
 * VALUE_CHARS characters: a reviewer sees what changed, the JSON output has everything.
 */
import type { DatasetDiff } from './diff-datasets.js';

const VALUE_CHARS = 60;

export function formatDiffText(diff: DatasetDiff): string {
  const out: string[] = [];
  for (const e of diff.added) out.push(`+ ${e.key}  (${e.file} ${e.place})`);
  for (const e of diff.removed) out.push(`- ${e.key}  (${e.file} ${e.place})`);
  for (const e of diff.changed) {
    out.push(`~ ${e.key}  (${e.file} ${e.place})`);
    for (const f of e.fields) {
      // Objects equal but for key order inside arrays have no differing leaf: the field is then shown whole.
      const leaves = leafChanges(f.field, f.old, f.new);
      for (const [field, before, after] of leaves.length ? leaves : [[f.field, f.old, f.new] as const]) {
        const [from, to] = showPair(before, after);
        out.push(`    ${field}: ${from} → ${to}`);
      }
    }
  }
  out.push(`${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed`);
  return `${out.join('\n')}\n`;
}

export function formatDiffJson(diff: DatasetDiff): string {
  const { added, removed, changed } = diff;
  return `${JSON.stringify({ added, removed, changed }, null, 2)}\n`;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Descends into objects present on both sides; arrays and scalars are leaves. Equal leaves are left out. */
function leafChanges(path: string, before: unknown, after: unknown): Array<[string, unknown, unknown]> {
  if (!isRecord(before) || !isRecord(after)) return JSON.stringify(before) === JSON.stringify(after) ? [] : [[path, before, after]];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys.flatMap((key) => leafChanges(`${path}.${key}`, before[key], after[key]));
}

/** Characters kept before the first difference when a long common start is skipped. */
const CONTEXT_CHARS = 12;

/**
 * Both values as JSON cut to VALUE_CHARS; when they share a long start (an edit at the end of a long text), both
 * begin shortly before the first difference, so that the cut never hides what changed.
 */
function showPair(before: unknown, after: unknown): [string, string] {
  if (before === undefined || after === undefined) return [show(before), show(after)];
  const a = [...JSON.stringify(before)];
  const b = [...JSON.stringify(after)];
  let same = 0;
  while (same < a.length && same < b.length && a[same] === b[same]) same++;
  const skip = same > CONTEXT_CHARS * 2 && Math.max(a.length, b.length) > VALUE_CHARS ? same - CONTEXT_CHARS : 0;
  const cut = (chars: string[]) => (skip ? ['…', ...chars.slice(skip)] : chars);
  return [show(before, cut(a)), show(after, cut(b))];
}

function show(value: unknown, chars = [...JSON.stringify(value ?? null)]): string {
  if (value === undefined) return '(absent)';
  return chars.length > VALUE_CHARS ? `${chars.slice(0, VALUE_CHARS - 1).join('')}…` : chars.join('');
}
