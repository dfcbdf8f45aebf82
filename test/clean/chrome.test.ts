import { describe, expect, it } from 'vitest';
import { chrome, stripMetaWidgets } from '../../src/clean/chrome.js';
import { breadcrumbTrail } from '../../parsers/shared/breadcrumb.js';
import { brief, runPass } from './run-pass.js';

describe('chrome pass', () => {
  it.each([
    ['当前位置:首页 > 政府信息公开 > 部门信息公开目录 > 中卫市人力资源和社会保障局 > 政府信息公开制度', ['首页', '政府信息公开', '部门信息公开目录', '中卫市人力资源和社会保障局', '政府信息公开制度']],
    ['您现在所在的位置 : 首页 > 红海湾经济开发区 > 专题专栏 > 红海湾基层政务公开标准目录', ['首页', '红海湾经济开发区', '专题专栏', '红海湾基层政务公开标准目录']],
    ['您当前的位置:首页>双槐镇人民政府>政务公开>基层政务公开>标准目录', ['首页', '双槐镇人民政府', '政务公开', '基层政务公开', '标准目录']],
    ['您当前的位置: >> ... >> 其他政策文件', ['其他政策文件']],
    ['您的位置:首页>>抚松县政数局>>基层治理简政放权', ['首页', '抚松县政数局', '基层治理简政放权']],
  ])('removes breadcrumb %j and keeps its trail', (line, trail) => {
    const r = runPass(chrome, `${line}\n正文`);
    expect(r.text).toBe('\n正文');
    expect(r.facts.breadcrumb).toEqual(trail);
    expect(r.diagnostics.map(brief)).toEqual([`clean/chrome-breadcrumb@L1: ${line} → `]);
  });

  it.each([
    ['字号: | 打印 |', 'clean/chrome-widget'],
    ['用微信扫描二维码', 'clean/chrome-share'],
    ['分享至好友和朋友圈', 'clean/chrome-share'],
    ['×', 'clean/chrome-share'],
    ['扫一扫在手机上查看当前页面', 'clean/chrome-share'],
    ['【打印本页】【关闭页面】', 'clean/chrome-widget'],
    ['【关闭窗口】', 'clean/chrome-widget'],
    ['设为首页 | 收藏本站', 'clean/chrome-widget'],
    ['繁体版 English EN', 'clean/chrome-nav'],
    ['手机客户端 无障碍浏览 老年服务 长者版', 'clean/chrome-nav'],
    ['无障碍浏览 长者模式 打开适老化模式 政府信箱 加入收藏 x', 'clean/chrome-nav'],
    ['上一篇:关于做好2023年度工作的通知', 'clean/chrome-pager'],
    ['下一篇:', 'clean/chrome-pager'],
  ])('removes %j', (line, ruleId) => {
    const r = runPass(chrome, `标题\n${line}\n正文`);
    expect(r.text).toBe('标题\n\n正文');
    expect(r.diagnostics).toEqual([expect.objectContaining({ ruleId, place: 'L2', actual: line, expected: '' })]);
  });

  it('removes an app/social block including the unknown lines inside it', () => {
    const block = ['微信公众号', '扫码关注我们', '政务微博', '智能问答', '问答知识库', '灵锡APP', '锡企服务平台', '回到顶部', '收起'];
    const r = runPass(chrome, ['来源:基层政务公开事项标准目录', '', ...block].join('\n'));
    expect(r.text).toBe(['来源:基层政务公开事项标准目录', '', ...block.map(() => '')].join('\n'));
    expect(r.diagnostics.filter((d) => d.ruleId === 'clean/chrome-block').map((d) => d.actual)).toContain('灵锡APP');
  });

  it('keeps a heading that touches a block', () => {
    const r = runPass(chrome, ['第一章 总则', '微信公众号', '政务微博', '收起'].join('\n'));
    expect(r.text.split('\n')[0]).toBe('第一章 总则');
  });

  it.each([
    ['    發布時間:2019-06-03 14:29 文字大小: [ ] 瀏覽次數:'.replace('發布時間', '发布时间').replace('瀏覽次數', '浏览次数'), '    发布时间:2019-06-03 14:29'],
    ['来源:德庆县政府门户网 发布时间:2020-12-01 17:45 点击数:-', '来源:德庆县政府门户网 发布时间:2020-12-01 17:45'],
    ['2023-11-30 10:39 作者:平武县管理员 来源:平武县 字体:【 】 打印', '2023-11-30 10:39 作者:平武县管理员 来源:平武县'],
    ['时间:2022-08-19 18:04 • 浏览次数: • 来源:平凉市人社局 • 字体: [ ] [ ] [ ] • 分享:', '时间:2022-08-19 18:04 • 来源:平凉市人社局'],
    ['发布日期:2017-03-28-00:00:00 信息来源:嵊州市 浏览次数: 字号:[ ] 分享:', '发布日期:2017-03-28-00:00:00 信息来源:嵊州市'],
  ])('keeps metadata of %j and strips the widgets', (line, kept) => {
    expect(stripMetaWidgets(line)).toBe(kept);
    const r = runPass(chrome, line);
    expect(r.text).toBe(kept);
    expect(r.diagnostics).toEqual([expect.objectContaining({ ruleId: 'clean/chrome-meta-widget', actual: line.trim(), expected: kept.trim() })]);
  });

  it.each([
    '2022-12-16 来源:中卫市人力资源和社会保障局',
    '(二)报刊、广播、电视、网络、微博、微信等载体;',
    '第七条 预公开的时间一般为7天。',
    '|||',
    '信息内容 |',
    '提示:本通知自印发之日起施行。',
    '应由主办的行政机关负责公开前的保密审查',
    '位置:市政府大楼三楼',
  ])('keeps %j', (line) => {
    const r = runPass(chrome, line);
    expect(r.text).toBe(line);
    expect(r.diagnostics).toEqual([]);
  });

  it('treats a lone 提示 as chrome only in the page head', () => {
    const body = Array.from({ length: 12 }, (_, i) => `第${i + 1}条 内容。`);
    expect(runPass(chrome, ['提示', ...body].join('\n')).text.split('\n')[0]).toBe('');
    expect(runPass(chrome, [...body, '提示'].join('\n')).text.split('\n')[12]).toBe('提示');
  });

  it('does not read prose as a breadcrumb', () => {
    expect(breadcrumbTrail('所在位置:市政府大楼')).toBeUndefined();
  });
});
