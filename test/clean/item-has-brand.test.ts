/** The one-regex brand test agrees with findBrands on every token, every shape and on clean text. */
import { describe, expect, it } from 'vitest';
import type { DraftItem } from '../../schemas/draft-item.js';
import { itemHasBrand } from '../../src/clean/spam-repair-item.js';
import { BRAND_TOKENS } from '../../src/clean/lexicons/brands.js';
import { findBrands } from '../../src/clean/spam-terms.js';

const item = (text: string, where: 'fields' | 'extra' = 'fields'): DraftItem =>
  where === 'fields'
    ? { kind: 'item', place: 'S!A1', fields: { name: '事项', basis: text }, extra: {} }
    : { kind: 'item', place: 'S!A1', fields: { name: '事项' }, extra: { 备注: text } };

describe('itemHasBrand', () => {
  const texts = [
    ...BRAND_TOKENS.map((t) => `《${t}进一步加强管理的通知》`),
    '888娱乐平台', 'ag真人官网', '某某娛樂城', '澳门赌场推荐', '博彩网址', 'x365体育官网', 'a888娱乐平台',
    '2022体育', '人社官网', '县人力社保局', '《中华人民共和国政府信息公开条例》', '', '体育官网', 'pg电', 'PG电子游戏',
  ];
  it.each(texts)('%s: same answer as findBrands', (text) => {
    const expected = findBrands(text).length > 0;
    expect(itemHasBrand(item(text))).toBe(expected);
    expect(itemHasBrand(item(text, 'extra'))).toBe(expected);
  });
});
