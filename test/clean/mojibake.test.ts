import { describe, expect, it } from 'vitest';
import { decodeMisreadGbk, findMojibake, mojibake } from '../../src/clean/mojibake.js';
import { runPass } from './run-pass.js';

describe('mojibake pass', () => {
  it('removes lost-character runs and keeps the rest of the line', () => {
    const r = runPass(mojibake, '衡阳市人力资源和社会保障局 ??|?? 公开方式:主动公开');
    expect(r.text).toBe('衡阳市人力资源和社会保障局 公开方式:主动公开');
    expect(r.diagnostics).toEqual([expect.objectContaining({ ruleId: 'clean/mojibake', place: 'L1', actual: '??|??', expected: '' })]);
  });

  it.each([
    ['璁句负棣栭〉', '设为首页'],
    ['鍔犲叆鏀惰棌', '加入收藏'],
    ['鑱旂郴鎴戜滑', '联系我们'],
    ['缃戠珯鍦板浘', '网站地图'],
    ['椤甸潰绾犻敊', '页面纠错'],
    ['闀胯€呯増', '长者版'],
  ])('re-reads UTF-8 decoded as GBK: %j → %j', (run, text) => {
    expect(decodeMisreadGbk(run)).toEqual({ text, lost: 0 });
  });

  it('repairs clean runs and removes runs that lost bytes', () => {
    const r = runPass(mojibake, '璁句负棣栭〉 | 鍔犲叆鏀惰棌 | 缃戠珯甯姪');
    expect(r.text).toBe('设为首页 | 加入收藏 |');
    expect(r.diagnostics.map((d) => [d.ruleId, d.actual, d.expected])).toEqual([
      ['clean/mojibake-repaired', '璁句负棣栭〉', '设为首页'],
      ['clean/mojibake-repaired', '鍔犲叆鏀惰棌', '加入收藏'],
      ['clean/mojibake', '缃戠珯甯姪', ''],
    ]);
  });

  it('removes lost-character runs glued to the text around them', () => {
    const r = runPass(mojibake, '| □两微一端?????? □发布会/听证会??? |');
    expect(r.text).toBe('| □两微一端 □发布会/听证会 |');
    expect(r.diagnostics.map((d) => d.actual)).toEqual(['??????', '???']);
  });

  it.each(['政府信息公开', '人力资源和社会保障局', 'http://example.com/a.jsp??id=3', 'ab??cd', '《中华人民共和国政府信息公开条例》(国务院令第711号)', '|||', '问号?', '12333'])(
    'keeps %j',
    (text) => {
      expect(runPass(mojibake, text).text).toBe(text);
    },
  );
});

describe('findMojibake (the one detector the pass and check/mojibake share)', () => {
  it('finds damage markers, UTF-8 read as GBK and lost characters, with their offsets', () => {
    const misread = new TextDecoder('gbk').decode(new TextEncoder().encode('设为首页'));
    expect(findMojibake(`第一行\n正文 ${misread}`)).toEqual({ what: `UTF-8 read as GBK (${misread} = 设为首页)`, at: 7 });
    expect(findMojibake('信息\uFFFD公开')).toEqual({ what: 'U+FFFD replacement characters', at: 2 });
    expect(findMojibake('□两微一端??????')).toEqual({ what: 'question marks in place of characters', at: 5 });
    expect(findMojibake('政府信息公开目录 http://a.cn/x.jsp?id=1')).toBeUndefined();
  });
});
