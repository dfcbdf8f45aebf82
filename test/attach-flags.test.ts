import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CatalogItem } from '../schemas/catalog-item.js';
import type { Diagnostic } from '../schemas/diagnostic.js';
import { attachFlags } from '../src/ingest/attach-flags.js';
import { lineRange } from '../src/ingest/places.js';

const item = (place: string, flags: string[] = []) => ({ source: { place }, flags }) as unknown as CatalogItem;
const diagnostic = (place: string | undefined, ruleId: string) => ({ file: 'f', source: 's', ruleId, severity: 'warning', message: 'm', ...(place && { place }) }) as Diagnostic;

/** The definition: every pair of item and diagnostic compared. */
function expected(place: string, flags: string[], diagnostics: Diagnostic[]): string[] {
  const range = lineRange(place);
  const out = new Set(flags);
  for (const d of diagnostics) {
    const where = lineRange(d.place);
    if ((range && where && range[0] <= where[1] && where[0] <= range[1]) || d.place === place) out.add(d.ruleId);
  }
  return [...out].sort();
}

describe('attachFlags', () => {
  it('flags items whose lines a diagnostic covers, or whose place it names', () => {
    const items = [item('L1-L3', ['b/own']), item('L4'), item('Sheet1!A7'), item('L9-L12')];
    attachFlags(items, [diagnostic('L3-L4', 'r/span'), diagnostic('Sheet1!A7', 'r/cell'), diagnostic(undefined, 'r/file'), diagnostic('L12', 'r/end')]);
    expect(items.map((i) => i.flags)).toEqual([['b/own', 'r/span'], ['r/span'], ['r/cell'], ['r/end']]);
  });

  it('agrees with comparing every pair', () => {
    const place = fc.oneof(
      fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 })).map(([a, b]) => (a === b ? `L${a}` : `L${a}-L${b}`)),
      fc.constantFrom('Sheet1!A7', 'table 1', 'L0x'),
    );
    fc.assert(fc.property(
      fc.array(fc.tuple(place, fc.array(fc.constantFrom('a/x', 'r/1'), { maxLength: 2 })), { maxLength: 20 }),
      fc.array(fc.tuple(fc.option(place, { nil: undefined }), fc.constantFrom('r/1', 'r/2', 'r/3')), { maxLength: 30 }),
      (itemSpecs, diagSpecs) => {
        const items = itemSpecs.map(([p, f]) => item(p, f));
        const diagnostics = diagSpecs.map(([p, r]) => diagnostic(p, r));
        attachFlags(items, diagnostics);
        items.forEach((it, k) => expect(it.flags).toEqual(expected(itemSpecs[k]![0], itemSpecs[k]![1], diagnostics)));
      },
    ));
  });
});
