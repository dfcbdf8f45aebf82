import { describe, expect, it } from 'vitest';
import { withNoticeContext } from '../../src/link/item-context.js';
import type { CatalogItem, NoticeContext } from '../../schemas/catalog-item.js';

const item = { id: 'i', kind: 'item', name: 'x', source: { file: 'a.csv' }, flags: ['f'] } as unknown as CatalogItem;
const notice = (file: string): NoticeContext => ({ id: 'n', title: '通知', file, attachment: 'a.csv' });

describe('withNoticeContext', () => {
  it('puts the context after source and before flags, as the schema declares it', () => {
    expect(Object.keys(withNoticeContext(item, notice('n.txt')))).toEqual(['id', 'kind', 'name', 'source', 'context', 'flags']);
  });

  it('replaces a context given before and removes it when there is none now, in the same key order', () => {
    const before = withNoticeContext(item, notice('old.txt'));
    expect(JSON.stringify(withNoticeContext(before, notice('n.txt')))).toBe(JSON.stringify(withNoticeContext(item, notice('n.txt'))));
    expect(JSON.stringify(withNoticeContext(before, undefined))).toBe(JSON.stringify(item));
    expect(withNoticeContext(item, undefined)).toBe(item);
  });
});
