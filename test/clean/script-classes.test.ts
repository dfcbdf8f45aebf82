import OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { characterToTraditional } from '../../src/clean/script-classes.js';

describe('characterToTraditional', () => {
  it("converts every single character exactly as opencc's full cn → t converter", () => {
    const full = OpenCC.Converter({ from: 'cn', to: 't' });
    const lean = characterToTraditional();
    const differ: string[] = [];
    for (let code = 0x2e80; code <= 0x3ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCodePoint(code);
      if (lean(ch) !== full(ch)) differ.push(ch);
    }
    expect(differ).toEqual([]);
    expect(lean('发')).not.toBe('发');
  });
});
