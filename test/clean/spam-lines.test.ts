import { describe, expect, it } from 'vitest';
import { isSpamBlock, isSpamText, spamLineKind, spamLines } from '../../src/clean/spam-lines.js';
import { runPass } from './run-pass.js';

describe('spam-lines pass', () => {
  it.each([
    ['亚洲2022国产成人精品无码区| 中文字幕一区一区三区| 亚洲VA中文字幕无码毛片| 少妇极品熟妇人妻无码|', 'keyword-farm'],
    ['亚洲国产成人精品久久久国产成人一区_韩日欧美一区_日韩精品视频', 'keyword-farm'],
    ['成人国产精品一区二区网站公司_国产精品66在线观看_免费观看', 'keyword-farm'],
    ['国产伦精品一区二区三区视频金莲,一区二区高清,亚洲美女福利视频网站,不卡一二三区', 'keyword-farm'],
    ['中国在线播放精品区|精品一久久香蕉国产线看播放|国产在线观看', 'keyword-farm'],
    ['mm131杨晨晨喷水视频,mm137美女大尺度写真|mm356快播_mm625亚洲人成电影网', 'keyword-farm'],
    ['澳門賭場推薦|美高梅娛樂城|新葡京', 'keyword-farm'],
    // Brands with a few words of their own are still a farm: the words left are short.
    ['365直播平台app下载_日博365娱乐场_365体育官网注册', 'keyword-farm'],
    ['365体育官网', 'brand-line'],
    ['  水果机游戏-老虎机赞助√娱乐√', 'brand-line'],
    ['女性高爱潮有声视频A片', 'keyword-line'],
    ['免费菠萝视频app下载', 'keyword-line'],
  ])('removes %j (%s)', (line, kind) => {
    expect(spamLineKind(line)).toBe(kind);
    const r = runPass(spamLines, `正文第一行\n${line}\n正文第三行`);
    expect(r.text).toBe('正文第一行\n\n正文第三行');
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'clean/spam-line', place: 'L2', actual: line.trim(), expected: '' }),
    ]);
  });

  it.each([
    '市体育局关于举办全民健身活动的通知',
    '体育彩票公益金使用情况公告',
    '体育局|彩票公益金|视频会议',
    '召开全市人社系统视频会议',
    '优先采购国产设备',
    '国产设备 | 精品课程 | 福利待遇',
    '职业院校精品课程建设',
    '岗位信息发布 = 招聘单位/岗位要求/福利待遇/招聘流程/应聘方式/咨询电话',
    '地址:经开区一区二区8栋 | 电话:0730-1234567 | 邮编:414000',
    '人事管理类:基层事业单位公开招聘、职称评审、工资福利调整等引发的群体性争议或负面舆情。',
    '均已通过人社官网向全社会公开',
    '(二)报刊、广播、电视、网络、微博、微信等载体;',
    '《国务院办公厅365体育官网全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》',
    '|||',
    '中文字幕',
    // A brand chain glued to the page's own words (it replaced the office's name): the substitution repair's line.
    '365直播平台app下载_日博365娱乐场_365体育官网司法局信息公开管理制度',
  ])('keeps %j', (line) => {
    expect(spamLineKind(line)).toBeUndefined();
    expect(runPass(spamLines, line).text).toBe(line);
  });
});

describe('spam judgements for page blocks and links (the HTML steps)', () => {
  it('a block is a keyword list when most of its short items are spam, in either script', () => {
    expect(isSpamBlock('亚洲无码 中文字幕 在线观看 精品久久')).toBe(true);
    expect(isSpamBlock('亞洲無碼|中文字幕|國產精品')).toBe(true);
    expect(isSpamBlock('365体育官网')).toBe(true);
  });

  it('plain words and navigation are no list', () => {
    expect(isSpamBlock('体育|官网|娱乐|精品|视频')).toBe(false);
    expect(isSpamBlock('首页 政务公开 网上办事 互动交流 下载中心')).toBe(false);
    expect(isSpamBlock('市体育局 市文旅局 市教育局')).toBe(false);
    expect(isSpamBlock('网上办事 在线访谈 视频直播 网站下载 免费视频')).toBe(false);
  });

  it('a link is spam on its own with a strong term, a brand or two weak terms', () => {
    expect(isSpamText('無碼視頻')).toBe(true);
    expect(isSpamText('澳门赌场')).toBe(true);
    expect(isSpamText('免费视频')).toBe(true);
    expect(isSpamText('市体育局')).toBe(false);
    expect(isSpamText('下载中心')).toBe(false);
  });
});
