/**
 * Every document pass on hostile text: never throws, keeps the line count (the contract that makes `L<n>` a line of
 * the input), and cleaning already clean text changes nothing and reports nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import { PRESET, cleanText } from '../../src/clean/preset.js';
import type { Pass } from '../../src/clean/types.js';
import { runs } from '../helpers/runs.js';
import { detectScript } from '../../src/clean/script.js';
import { toSimplifiedChars } from '../../parsers/shared/script-classes.js';
import { anyText, sampleTexts } from './arbitraries.js';

function run(pass: Pass, text: string) {
  const diagnostics: DiagnosticInput[] = [];
  const out = pass.run(text, { facts: {}, report: (d) => diagnostics.push(d) });
  return { text: out, diagnostics };
}

const lineCount = (text: string) => text.split('\n').length;

describe.each(PRESET.map((p) => [p.id, p] as const))('%s on random text', (_id, pass) => {
  it('never throws, keeps the line count, is idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = run(pass, text);
        expect(lineCount(once.text)).toBe(lineCount(text));
        for (const d of once.diagnostics) expect(d.ruleId.startsWith('clean/')).toBe(true);
        const twice = run(pass, once.text);
        expect(twice.text).toBe(once.text);
      }),
      { numRuns: runs(150) },
    );
  });
});

describe('the preset on random text', () => {
  it('keeps the line count and leaves its own output unchanged, reporting nothing', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const first = cleanText(text, () => {});
        expect(lineCount(first.text)).toBe(lineCount(text));
        const again: DiagnosticInput[] = [];
        expect(cleanText(first.text, (d) => again.push(d)).text).toBe(first.text);
        expect(again).toEqual([]);
      }),
      { numRuns: runs(150) },
    );
  });
});

describe('Traditional → Simplified', () => {
  it('is a no-op on Simplified text: converted text converts to itself and never reads as Traditional', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const simplified = toSimplifiedChars(text);
        // Character mode: one character for one (an astral Traditional character may map to a BMP one).
        expect([...simplified].length).toBe([...text].length);
        expect(toSimplifiedChars(simplified)).toBe(simplified);
        expect(['simplified', 'none']).toContain(detectScript(simplified));
      }),
      { numRuns: runs(300) },
    );
  });

  it('leaves the Simplified seed pages as they are', () => {
    const simplifiedSeeds = sampleTexts.filter((t) => detectScript(t) === 'simplified');
    expect(simplifiedSeeds.length).toBeGreaterThan(0);
    for (const text of simplifiedSeeds) expect(toSimplifiedChars(text)).toBe(text);
  });
});
