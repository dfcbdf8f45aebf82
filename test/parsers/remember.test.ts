import { describe, expect, it } from 'vitest';
import { remember } from '../../parsers/shared/remember.js';

describe('remember', () => {
  it('normalizes a text once and returns the same result after', () => {
    let calls = 0;
    const upper = remember((t: string) => {
      calls++;
      return { t: t.toUpperCase() };
    });
    const first = upper('abc');
    expect(upper('abc')).toBe(first);
    expect(upper('abd')).toEqual({ t: 'ABD' });
    expect(calls).toBe(2);
  });

  it('does not keep long texts and starts over when full', () => {
    let calls = 0;
    const length = remember((t: string) => ++calls && t.length, { entries: 2, maxLength: 3 });
    length('long text');
    length('long text');
    expect(calls).toBe(2);
    length('a');
    length('b');
    length('c'); // the table was full: it starts over with c
    length('c');
    length('a');
    expect(calls).toBe(6);
  });
});
