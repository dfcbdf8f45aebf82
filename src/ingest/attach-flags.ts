/**
 * An item carries the rule ids of the diagnostics whose line range overlaps its own, or whose place is its place
 * (`Sheet1!A7`, `table 2`). Diagnostics are indexed once, so a file with many items and many diagnostics is not
 * a product of the two.
 */
import type { CatalogItem } from '../../schemas/catalog-item.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { lineRange } from './places.js';

interface Ranged {
  first: number;
  last: number;
  ruleId: string;
}

export function attachFlags(items: CatalogItem[], diagnostics: readonly Diagnostic[]): void {
  if (diagnostics.length === 0) {
    for (const item of items) item.flags = [...new Set(item.flags)].sort();
    return;
  }
  const byPlace = new Map<string, string[]>();
  const ranged: Ranged[] = [];
  for (const d of diagnostics) {
    if (!d.place) continue;
    const rules = byPlace.get(d.place);
    if (rules) rules.push(d.ruleId);
    else byPlace.set(d.place, [d.ruleId]);
    const range = lineRange(d.place);
    if (range) ranged.push({ first: range[0], last: range[1], ruleId: d.ruleId });
  }
  ranged.sort((a, b) => a.first - b.first);
  // reach[i]: the furthest line any of ranged[0..i] covers, so a backward walk stops once nothing earlier reaches.
  const reach: number[] = [];
  for (const [i, r] of ranged.entries()) reach.push(Math.max(r.last, i > 0 ? reach[i - 1]! : r.last));

  for (const item of items) {
    const flags = new Set(item.flags);
    for (const ruleId of byPlace.get(item.source.place) ?? []) flags.add(ruleId);
    const range = lineRange(item.source.place);
    if (range) {
      const [first, last] = range;
      for (let i = lastStartingBy(ranged, last); i >= 0 && reach[i]! >= first; i--) {
        if (ranged[i]!.last >= first) flags.add(ranged[i]!.ruleId);
      }
    }
    item.flags = [...flags].sort();
  }
}

/** Index of the last range that starts on or before `line` (-1 when none does). */
function lastStartingBy(ranged: readonly Ranged[], line: number): number {
  let lo = 0;
  let hi = ranged.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranged[mid]!.first <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
