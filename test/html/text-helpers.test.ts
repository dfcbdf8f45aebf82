/** The text helpers that stand in for a regex or a joined string: same answers as the plain forms. */
import { describe, expect, it } from 'vitest';
import { compact, visibleLength } from '../../src/html/dom.js';

describe('visibleLength', () => {
  it.each(['', ' ', 'a b', '\t公开\n目录\r\n', '\u00a0x\u3000y\u2003z\u2028\ufeff', '\u000b\u000c\u1680\u205f\u202f', '全角　空格 '])(
    'counts what compact keeps in %j',
    (text) => expect(visibleLength(text)).toBe(compact(text).length),
  );
});
