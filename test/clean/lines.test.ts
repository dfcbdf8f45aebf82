import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editLines } from '../../parsers/shared/lines.js';
import { bmpTable } from '../../parsers/shared/char-table.js';
import { countHan, mapLines, passLines } from '../../src/clean/lines.js';
import { runs } from '../helpers/runs.js';

describe('pass line helpers', () => {
  it('split and join like editLines, with or without CR', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', '国', '\n', '\r', '\r\n', ' ', '')).map((parts) => parts.join('')), (text) => {
        const fast = passLines(text);
        const reference = editLines(text);
        expect(fast.lines).toEqual(reference.lines);
        const edited = fast.lines.map((l) => `${l}!`);
        expect(fast.join(edited)).toBe(reference.join(edited));
      }),
      { numRuns: runs(300) },
    );
  });

  it('mapLines returns the text itself when no line changes', () => {
    const text = '第一行\n第二行';
    expect(mapLines(text, (l) => l)).toBe(text);
    expect(mapLines(text, (l, i) => (i === 1 ? '' : l))).toBe('第一行\n');
  });

  it('bmpTable agrees with its character class, repeated or not', () => {
    const han = bmpTable(/\p{Script=Han}/u);
    const separators = bmpTable(/[\s|｜]+/u);
    const mismatches: number[] = [];
    for (let code = 0; code < 0x10000; code += 1) {
      const ch = String.fromCharCode(code);
      const surrogate = code >= 0xd800 && code <= 0xdfff;
      if (han[code] !== (!surrogate && /\p{Script=Han}/u.test(ch) ? 1 : 0)) mismatches.push(code);
      if (separators[code] !== (!surrogate && /[\s|｜]/u.test(ch) ? 1 : 0)) mismatches.push(code);
    }
    expect(mismatches).toEqual([]);
  });

  it('countHan counts Han code points like the Unicode property regex', () => {
    const pieces = fc.constantFrom('国', '國', 'a', ' ', '𠀀', '\ud840', '\udc00', '〇', '々', '⺀', '\u3000', '１');
    fc.assert(
      fc.property(fc.array(pieces).map((p) => p.join('')), (text) => {
        expect(countHan(text)).toBe(text.match(/\p{Script=Han}/gu)?.length ?? 0);
      }),
      { numRuns: runs(500) },
    );
  });
});
