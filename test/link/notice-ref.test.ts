import { describe, expect, it } from 'vitest';
import { noticeRefsOfJsonl } from '../../src/link/notice-ref.js';
import type { CatalogItem } from '../../schemas/catalog-item.js';
import { baseItem } from '../helpers/items.js';

const notice = (id: string, attachments: string[]): CatalogItem =>
  baseItem({ id, kind: 'document', name: `关于印发${id}的通知`, attachments: attachments.map((name) => ({ name })) } as Partial<CatalogItem>);
const jsonl = (items: readonly CatalogItem[]) => Buffer.from(items.map((i) => JSON.stringify(i) + '\n').join(''));

describe('noticeRefsOfJsonl', () => {
  it('finds the documents that list attachments in any chunk and any line of it, first, middle or last', () => {
    const chunks = [jsonl([notice('甲', ['附件1.xlsx']), baseItem(), notice('乙', ['附件2.doc'])]), jsonl([baseItem(), baseItem()]), jsonl([notice('丙', ['a.pdf', 'b.pdf'])])];
    const refs = noticeRefsOfJsonl(chunks);
    expect(refs.map((r) => [r.id, r.attachments.map((a) => a.name)])).toEqual([['甲', ['附件1.xlsx']], ['乙', ['附件2.doc']], ['丙', ['a.pdf', 'b.pdf']]]);
  });

  it('passes over an item that names attachments but is no document, and a document without any', () => {
    const row = { ...baseItem(), attachments: [{ name: 'x.xlsx' }] } as CatalogItem;
    expect(noticeRefsOfJsonl([jsonl([row, notice('丁', [])])])).toEqual([]);
    expect(noticeRefsOfJsonl([])).toEqual([]);
  });
});
