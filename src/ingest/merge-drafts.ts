/**
 * Two parsers may read the same items from one file (seed 001 prints its catalogue twice: as rows and as
 * key/value blocks). Items are merged on (category, name); the earlier parser in the registry wins, an empty field
 * is filled from the other reading, and every real disagreement is reported.
 */
import type { DraftItem, ItemField } from '../../schemas/draft-item.js';
import type { DiagnosticInput } from '../../schemas/diagnostic.js';

export interface ParsedBy {
  parser: string;
  drafts: DraftItem[];
}

export interface MergedDraft {
  parser: string;
  draft: DraftItem;
}

const identity = (d: DraftItem) =>
  [d.kind, d.fields.category ?? '', d.fields.level1 ?? '', d.fields.level2 ?? '', d.fields.level3 ?? '', d.fields.name ?? ''].map(comparable).join('\u0000');

/** Whitespace, quotes and full/half-width punctuation differences are not disagreements. */
function comparable(s: string): string {
  return s.replace(/[\s"“”]+/g, '').replace(/[，]/g, ',').replace(/[；]/g, ';').replace(/[：]/g, ':').replace(/[（]/g, '(').replace(/[）]/g, ')');
}

const firstLine = (place: string) => Number(/^L(\d+)/.exec(place)?.[1] ?? Number.MAX_SAFE_INTEGER);

export function mergeDrafts(results: ParsedBy[], report: (d: DiagnosticInput & { source: string }) => void): MergedDraft[] {
  if (results.length === 1) return results[0]!.drafts.map((draft) => ({ parser: results[0]!.parser, draft }));
  const merged: (MergedDraft & { firstSeen: number })[] = [];
  const byKey = new Map<string, MergedDraft & { firstSeen: number }>();
  for (const { parser, drafts } of results) {
    for (const draft of drafts) {
      const key = identity(draft);
      const kept = byKey.get(key);
      if (!kept) {
        const entry = { parser, draft, firstSeen: firstLine(draft.place) };
        byKey.set(key, entry);
        merged.push(entry);
        continue;
      }
      kept.firstSeen = Math.min(kept.firstSeen, firstLine(draft.place));
      reconcile(kept, { parser, draft }, report);
    }
  }
  // Reading order of the page: where an item first appears, whichever layout that was.
  return merged.sort((a, b) => a.firstSeen - b.firstSeen).map(({ parser, draft }) => ({ parser, draft }));
}

function reconcile(kept: MergedDraft, other: MergedDraft, report: (d: DiagnosticInput & { source: string }) => void): void {
  const fields = new Set([...Object.keys(kept.draft.fields), ...Object.keys(other.draft.fields)] as ItemField[]);
  for (const field of fields) {
    const mine = kept.draft.fields[field] ?? '';
    const theirs = other.draft.fields[field] ?? '';
    if (comparable(mine) === comparable(theirs) || !theirs.trim()) continue;
    if (!mine.trim()) {
      kept.draft.fields[field] = theirs;
      report({
        source: 'merge',
        ruleId: 'merge/field-filled',
        severity: 'info',
        message: `${field} is empty in the ${kept.parser} reading (${kept.draft.place}) and was taken from the ${other.parser} reading.`,
        place: kept.draft.place,
        expected: theirs.slice(0, 200),
      });
      continue;
    }
    report({
      source: 'merge',
      ruleId: 'merge/layout-disagreement',
      severity: 'warning',
      message: `The two layouts disagree on ${field}: kept the ${kept.parser} reading (${kept.draft.place}); the ${other.parser} reading (${other.draft.place}) differs. Check the source.`,
      place: kept.draft.place,
      actual: theirs.slice(0, 300),
      expected: mine.slice(0, 300),
    });
  }
  for (const [label, value] of Object.entries(other.draft.extra)) if (!(label in kept.draft.extra)) kept.draft.extra[label] = value;
  kept.draft.flags = [...(kept.draft.flags ?? []), ...(other.draft.flags ?? [])];
}
