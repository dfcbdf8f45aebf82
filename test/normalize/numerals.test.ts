import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../../parsers/shared/chinese-number.js';

describe('parseChineseNumber', () => {
  it.each([
    ['二十', 20],
    ['十五', 15],
    ['十', 10],
    ['一百零五', 105],
    ['一百一十', 110],
    ['三十一', 31],
    ['两', 2],
    ['兩', 2],
    ['七', 7],
    ['零', 0],
    ['一千零十', 1010],
    ['一万二千', 12000],
    ['二〇二五', 2025],
    ['贰拾', 20],
    ['２０', 20],
    ['20', 20],
    [' 48 ', 48],
  ])('%s → %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each(['', '二三十', '十十', '十百', '二十个', 'abc', '20天', '万'])('%s is not a number', (text) => {
    expect(parseChineseNumber(text)).toBeUndefined();
  });
});
