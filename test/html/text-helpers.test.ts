/** The text helpers that stand in for a regex or a joined string: same answers as the plain forms. */
import { describe, expect, it } from 'vitest';
import { compact, visibleLength } from '../../src/html/dom.js';
import { isSpamKeywordList, joinedHasStrongTerm } from '../../src/html/spam-terms.js';

describe('visibleLength', () => {
  it.each(['', ' ', 'a b', '\t公开\n目录\r\n', '\u00a0x\u3000y\u2003z\u2028\ufeff', '\u000b\u000c\u1680\u205f\u202f', '全角　空格 '])(
    'counts what compact keeps in %j',
    (text) => expect(visibleLength(text)).toBe(compact(text).length),
  );
});

describe('joinedHasStrongTerm', () => {
  it('finds a strong term inside a part or split over several parts', () => {
    expect(joinedHasStrongTerm(['正文', '娱乐城开业'])).toBe(true);
    expect(joinedHasStrongTerm(['正文娱', '乐城'])).toBe(true);
    expect(joinedHasStrongTerm(['威', '尼', '斯', '人'])).toBe(true);
    expect(joinedHasStrongTerm(['P', 'G电子'])).toBe(true);
  });

  it('agrees with the joined text on every split of a text', () => {
    for (const text of ['关于威尼斯人的通知', '体育娱乐官网', '一区二区三区', '政府信息公开目录', 'xx中文字幕yy']) {
      for (let i = 0; i <= text.length; i++) {
        for (let j = i; j <= text.length; j++) {
          const parts = [text.slice(0, i), text.slice(i, j), text.slice(j)];
          expect(joinedHasStrongTerm(parts), parts.join('/')).toBe(/威尼斯人|一区二区|中文字幕/.test(text));
        }
      }
    }
  });

  it('is what a keyword list needs: without a strong term no text is a list', () => {
    expect(isSpamKeywordList('体育|官网|娱乐|精品|视频')).toBe(false);
    expect(isSpamKeywordList('亚洲无码|中文字幕|在线观看')).toBe(true);
  });
});
