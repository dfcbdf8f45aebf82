import { describe, expect, it } from 'vitest';
import { isPinyinSyllable, pinyinGlosses } from '../../src/clean/pinyin-glosses.js';
import { runPass } from './run-pass.js';

describe('pinyin-glosses pass', () => {
  it.each([
    ['國(guó)務(wù)院辦公廳', '國務院辦公廳', '(guó)(wù)'],
    ['公開(kāi)', '公開', '(kāi)'],
    ['社會(huì )保險(xiǎn)', '社會保險', '(huì )(xiǎn)'],
    ['政(zheng)(zheng)府(fu)(fu)', '政府', '(zheng)(zheng)(fu)(fu)'],
    ['公(gong)(gong)(gong)(gong)開(kai)(kai)', '公開', '(gong)(gong)(gong)(gong)(kai)(kai)'],
    ['文(wen)章(zhang)', '文章', '(wen)(zhang)'],
    ['中華人民(mín)共和國國務院令', '中華人民共和國國務院令', '(mín)'],
    ['「信息公(gōng)開」', '「信息公開」', '(gōng)'],
  ])('cleans %j', (dirty, clean, removed) => {
    const r = runPass(pinyinGlosses, dirty);
    expect(r.text).toBe(clean);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'clean/pinyin-gloss', place: 'L1', actual: removed, expected: '' }),
    ]);
  });

  it.each([
    '《中华人民共和国政府信息公开条例》(国务院令第711号)',
    '(一)依法公开原则;',
    '《湖南省规范性文件管理办法》(试行)',
    '(二)机关职能、机构设置',
    '政务公开(以下简称“五公开”)',
    '下载附件(PDF)',
    '编号(a)',
    '(guó) at the start of a line has no character to gloss',
    '12333 (kai)',
  ])('keeps %j', (text) => {
    const r = runPass(pinyinGlosses, text);
    expect(r.text).toBe(text);
    expect(r.diagnostics).toEqual([]);
  });

  it('tells pinyin syllables from other letters', () => {
    expect(['guó', 'zhuang', 'kai', 'lüe', 'er', 'ǎ'].map(isPinyinSyllable)).toEqual([true, true, true, true, true, true]);
    expect(['pdf', 'a', 'app', 'xyz', 'on'].map(isPinyinSyllable)).toEqual([false, false, false, false, false]);
  });
});
