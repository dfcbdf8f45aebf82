/**
 * toCatalogItem remembers normalizer results per cell text (rows repeat them): the validated items are the same as
 * the plain normalizers give, and no two of them share an object (a later change to one item cannot reach another).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CatalogItem } from '../../schemas/catalog-item.js';
import type { DraftItem } from '../../schemas/draft-item.js';
import { toCatalogItem } from '../../src/ingest/to-catalog-item.js';
import { parseBasis, parseChannels, parseTimeLimit, splitResponsible } from '../../src/normalize/index.js';
import { runs } from '../helpers/runs.js';

const PIECES = ['自', '形成', '之日起', '20', '个', '工作日', '内', '每年', '1月31日', '前', '《', '》', '国务院令第711号', '第二十条', '、', '■', '□', '政府网站', '办公室', '和'];
/** Few distinct cells, so that rows repeat them as a workbook column does. */
const cell = fc.constantFrom('', ...Array.from({ length: 6 }, (_, i) => PIECES.slice(i, i + 8).join('')));
const row = fc.record({ basis: cell, channels: cell, responsible: cell, timeLimit: cell });
const source = { file: 'f.xlsx', sha256: '0', parser: 'xlsx', format: 'xlsx', encoding: 'binary', script: 'none' };

describe('remembered normalizers', () => {
  it('gives the same validated items as the plain normalizers, sharing no object between items', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 2, maxLength: 12 }), (rows) => {
        const drafts: DraftItem[] = rows.map((fields, i) => ({ kind: 'item', place: `S!A${i + 1}`, fields: { name: `事项${i}`, ...fields }, extra: {} }));
        const shared = drafts.map((d) => CatalogItem.parse(toCatalogItem(d, source)));
        shared.forEach((item, i) => {
          const f = drafts[i]!.fields;
          expect(item.basis).toEqual(parseBasis(f.basis ?? ''));
          expect(item.channels).toEqual(parseChannels(f.channels ?? ''));
          expect(item.responsible).toEqual(splitResponsible(f.responsible ?? ''));
          expect(item.timeLimit).toEqual(parseTimeLimit(f.timeLimit ?? ''));
        });
        for (let i = 1; i < shared.length; i++) {
          expect(shared[i]!.timeLimit).not.toBe(shared[0]!.timeLimit);
          expect(shared[i]!.basis).not.toBe(shared[0]!.basis);
          expect(shared[i]!.channels).not.toBe(shared[0]!.channels);
          expect(shared[i]!.responsible).not.toBe(shared[0]!.responsible);
        }
      }),
      { numRuns: runs(100) },
    );
  });
});
