import { describe, expect, it } from 'vitest';
import { findBrandTitles, findBrands } from '../../src/clean/spam-terms.js';

describe('gambling site titles pasted where a name stood', () => {
  it.each([
    ['来源:365bet真人_beat365官方入口素描网_外勤365官方网站教育厅办公室', '365bet真人_beat365官方入口素描网_外勤365官方网站'],
    ['《365直播平台app下载_日博365娱乐场_365体育亚洲唯一政府信息公开管理办法》', '365直播平台app下载_日博365娱乐场_365体育亚洲唯一'],
    ['具体参见mobile28365-365_bt365如何_beat365官网在线公安局编制的目录', 'mobile28365-365_bt365如何_beat365官网在线'],
    ['主动依申请888bet真人_bet888官网', '888bet真人_bet888官网'],
  ])('finds the title in %j', (text, title) => {
    expect(findBrandTitles(text).map((m) => m.token)).toEqual([title]);
    expect(findBrands(text).map((m) => m.token)).toEqual([title]);
  });

  it.each([
    '2019-2020学年度体育平台建设',
    '咨询电话0731-88886666在线办理',
    'GB/T 2260-2007_行政区划代码',
    '文件编号 ABC-123_456',
    '发布日期 2022-11-01 来源:教育厅',
  ])('leaves %j alone', (text) => {
    expect(findBrandTitles(text)).toEqual([]);
  });
});
