/**
 * Every normalizer on arbitrary strings (full Unicode, NUL, lone surrogates, long digit runs): never throws, and its
 * output validates against the part of the CatalogItem schema it fills. A DraftItem of random fields always becomes a
 * valid CatalogItem, so no parser output can be lost to the schema check for its text alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CatalogItem, Citation, TimeLimit } from '../../schemas/catalog-item.js';
import type { DraftItem, ItemField } from '../../schemas/draft-item.js';
import { toCatalogItem } from '../../src/ingest/to-catalog-item.js';
import { foldText } from '../../src/normalize/fold.js';
import { parseBasis, parseChannels, parseChineseNumber, parseTimeLimit, splitResponsible, unparsedBasis, workingDaysUpperBound } from '../../src/normalize/index.js';
import { runs } from '../helpers/runs.js';
import { noise } from './arbitraries.js';

/** Pieces of 公开时限/依据/渠道/责任 cells, with the numerals that overflow a float when repeated. */
const PIECES = [
  '自', '形成', '之日起', '20', '二十', '个', '工作日', '内', '。', ';', '每年', '1月31日', '前', '不少于', '延长', '不超过',
  '《', '》', '(', ')', '国务院令第711号', '第二十条', '全文', '、', '■', '□', '政府网站', '办公室', '和', '同上',
  '9'.repeat(40), '9'.repeat(400), '九'.repeat(30), '万'.repeat(10), '一万亿', '０', '\u0000', '\r', '\uD800', '👍',
];
const cell = fc.oneof(noise, fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join('')));
const numeral = fc.array(fc.constantFrom(...'0123456789０一二两三九十百千万零'), { maxLength: 400 }).map((c) => c.join(''));
const strings = fc.array(fc.string(), { maxLength: 3 });

describe('normalizers on arbitrary strings', () => {
  it('parseTimeLimit → TimeLimit, and its working-day bound is a finite number or undefined', () => {
    fc.assert(
      fc.property(cell, (text) => {
        const limit = parseTimeLimit(text);
        expect(TimeLimit.safeParse(limit).error).toBeUndefined();
        const bound = workingDaysUpperBound(limit);
        if (bound !== undefined) expect(Number.isFinite(bound)).toBe(true);
      }),
      { numRuns: runs(400) },
    );
  });

  it('parseBasis → Citation[], and the leftover is a part of the text', () => {
    fc.assert(
      fc.property(cell, (text) => {
        const citations = parseBasis(text);
        for (const c of citations) expect(Citation.safeParse(c).error).toBeUndefined();
        expect(unparsedBasis(text, citations).length).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: runs(400) },
    );
  });

  it('parseChannels and splitResponsible → string lists of the schema', () => {
    fc.assert(
      fc.property(cell, (text) => {
        expect(CatalogItem.shape.channels.safeParse(parseChannels(text)).success).toBe(true);
        expect(CatalogItem.shape.responsible.safeParse(splitResponsible(text)).success).toBe(true);
      }),
      { numRuns: runs(400) },
    );
  });

  it('parseChineseNumber → a safe integer or undefined; foldText keeps the length', () => {
    fc.assert(
      fc.property(fc.oneof(cell, numeral), (text) => {
        const n = parseChineseNumber(text);
        if (n !== undefined) expect(Number.isSafeInteger(n)).toBe(true);
        expect(foldText(text).length).toBe(text.length);
      }),
      { numRuns: runs(400) },
    );
  });

  it('a long run of digits is not a number (it would be Infinity, which the schema rejects)', () => {
    expect(parseChineseNumber('9'.repeat(400))).toBeUndefined();
    expect(parseChineseNumber('九'.repeat(30))).toBeUndefined();
    const limit = parseTimeLimit(`自形成之日起${'9'.repeat(400)}个工作日内`);
    expect(TimeLimit.safeParse(limit).success).toBe(true);
  });
});

const FIELDS: ItemField[] = ['category', 'level1', 'level2', 'level3', 'name', 'code', 'content', 'basis', 'clauses', 'channels', 'timeLimit', 'responsible', 'audience', 'mode', 'levels', 'publisher'];

const draft: fc.Arbitrary<DraftItem> = fc.record({
  kind: fc.constantFrom('item' as const, 'document' as const),
  place: fc.string(),
  fields: fc.dictionary(fc.constantFrom(...FIELDS), cell) as fc.Arbitrary<DraftItem['fields']>,
  extra: fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', '备注', ''), fc.string()),
  flagGroups: fc.option(fc.record({ audience: strings, mode: strings }, { requiredKeys: [] }), { nil: undefined }),
  flags: fc.option(strings, { nil: undefined }),
});

describe('toCatalogItem', () => {
  it('turns any draft into a valid CatalogItem', () => {
    fc.assert(
      fc.property(draft, (d) => {
        const item = toCatalogItem(d, { file: 'f.txt', sha256: '0', parser: 'p', format: 'text', encoding: 'utf-8', script: 'none' });
        expect(CatalogItem.safeParse(item).error).toBeUndefined();
      }),
      { numRuns: runs(300) },
    );
  });
});
