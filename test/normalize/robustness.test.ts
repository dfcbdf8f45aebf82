import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Citation, TimeLimit } from '../../schemas/catalog-item.js';
import { parseBasis, parseChannels, parseTimeLimit, splitResponsible, unparsedBasis } from '../../src/normalize/index.js';

/** Text built from the characters these cells are made of, so that the generator reaches the parsers' branches. */
const PIECES = [
  '自', '该政府信息', '形成', '或者', '变更', '之日起', '20', '二十', '个', '工作日', '日', '小时', '内', '以内', '。', ';', '；',
  '其中', '每年', '1月31日', '前', '之前', '不少于', '延长', '不超过', '同步发布', '长期', '及时', '同上', ',', ' ', '\n', '/',
  '《', '》', '(', ')', '（', '）', '国务院令第711号', '第二十条', '全文', '、', '■', '□', '口', 'R', '政府网站', '其他',
  '办公室', '及', '和', '科', '個', '內', '…', '"', 'x', '预算法',
];
const cellText = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(''));
const anyText = fc.oneof(cellText, fc.string({ maxLength: 40 }));

describe('normalizers on arbitrary text', () => {
  it('parseTimeLimit never throws, validates, and every clause quotes the input', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const limit = parseTimeLimit(text);
        TimeLimit.parse(limit);
        if (text.trim() === '') expect(limit.clauses).toEqual([]);
        else expect(limit.clauses.length).toBeGreaterThan(0);
        for (const c of limit.clauses) expect(text.includes(c.text)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('parseBasis never throws, validates, and all citations are consumed by their own leftover', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const citations = parseBasis(text);
        for (const c of citations) Citation.parse(c);
        expect(new Set(citations.map((c) => JSON.stringify(c))).size).toBe(citations.length);
        expect(unparsedBasis(text, citations).length).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 500 },
    );
  });

  it('parseChannels and splitResponsible never throw and return distinct non-empty entries', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const list of [parseChannels(text), splitResponsible(text)]) {
          expect(new Set(list).size).toBe(list.length);
          for (const v of list) expect(v.trim()).not.toBe('');
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('normalizers on long cells', () => {
  // Scraped cells can hold whole documents; these must neither overflow the stack nor lose entries.
  const n = 4_000;

  it('splits every joined unit of a long 公开责任 cell', () => {
    const units = splitResponsible(Array.from({ length: n }, (_, i) => `第${i}科`).join('和'));
    expect(units).toHaveLength(n);
  });

  it('reads every clause of a long 公开时限 cell', () => {
    const limit = parseTimeLimit('自该政府信息形成或者变更之日起20个工作日内;'.repeat(n));
    expect(limit.clauses).toHaveLength(n);
  });

  it('reads every citation of a long 公开依据 cell', () => {
    const cell = Array.from({ length: n }, (_, i) => `《第${i}号条例》(国务院令第${i}号)第二条`).join(';');
    const citations = parseBasis(cell);
    expect(citations).toHaveLength(n);
    expect(unparsedBasis(cell, citations)).toBe('');
  });

  it('keeps every checked box of a long 公开渠道 cell', () => {
    expect(parseChannels(Array.from({ length: n }, (_, i) => `■渠道${i} □其他${i}`).join(' '))).toHaveLength(n);
  });
});
