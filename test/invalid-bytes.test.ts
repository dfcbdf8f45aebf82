import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidUtf8 } from '../src/invalid-bytes.js';

const fatal = new TextDecoder('utf-8', { fatal: true });
const decodes = (bytes: Uint8Array) => {
  try {
    fatal.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

describe('invalidUtf8', () => {
  it('finds nothing exactly where a strict UTF-8 decoder succeeds', () => {
    // Bytes around the edges of the rules: lead bytes, continuation bytes, overlongs, surrogates, > U+10FFFF.
    const byte = fc.constantFrom(0x41, 0x0a, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe4, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff);
    fc.assert(fc.property(fc.array(byte, { maxLength: 12 }), (list) => {
      const bytes = Uint8Array.from(list);
      expect(invalidUtf8(bytes).count === 0).toBe(decodes(bytes));
    }), { numRuns: 3000 });
  });

  it('counts and locates bad bytes in a view of a larger buffer', () => {
    const text = new TextEncoder().encode('政务公开');
    const whole = Uint8Array.from([0xff, ...text, 0xc0, 0x41]);
    expect(invalidUtf8(whole.subarray(1))).toEqual({ count: 1, firstOffset: text.length });
    expect(invalidUtf8(whole.subarray(1, 1 + text.length))).toEqual({ count: 0 });
  });
});
