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
    const r = runPass(chrome, `${line}\n正文。`);
    expect(r.text).toBe('\n正文。');
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
    const r = runPass(chrome, ['基层政务公开事项标准目录', '正文。', '', ...block].join('\n'));
    expect(r.text).toBe(['基层政务公开事项标准目录', '正文。', '', ...block.map(() => '')].join('\n'));
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
    // Under the title the line is the page's metadata block: set apart, for the readers to read in its place.
    const r = runPass(chrome, `某某通知\n${line}\n正文。`);
    expect(r.text).toBe('某某通知\n\n正文。');
    expect(r.facts.metaLines).toEqual([{ line: 1, text: kept }]);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'clean/chrome-meta-widget', actual: line.trim(), expected: kept.trim() }),
      expect.objectContaining({ ruleId: 'clean/chrome-meta-block', actual: kept.trim(), expected: '' }),
    ]);
  });

  it.each([
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

describe('chrome pass: line shapes and blocks', () => {
  const cleaned = (lines: string[]) => runPass(chrome, lines.join('\n'));

  it.each([
    ['当前位置：', 'clean/chrome-breadcrumb'],
    ['> 政务公开 | > 基层政务公开标准化规范化专栏 | > 区级部门主动公开基本目录', 'clean/chrome-breadcrumb'],
    ['>> ... | >> 政务公开标准目录', 'clean/chrome-breadcrumb'],
    ['首页/ 政府信息公开 / 政府信息公开年报 / 乡镇 / 2021 / 正文', 'clean/chrome-breadcrumb'],
    ['智能问答 长者专区 残疾人专区 无障碍繁体登录注册', 'clean/chrome-block'],
    ['无障碍    长者助手 我的收藏   收藏', 'clean/chrome-nav'],
    ['中国政府网湖北省政府武汉市政府', 'clean/chrome-nav'],
    ['法搜网首页', 'clean/chrome-nav'],
    ['  2. 浏览次数: 次', 'clean/chrome-widget'],
    ['字号:【', 'clean/chrome-widget'],
    ['点击数:人次', 'clean/chrome-widget'],
    ['  4. 打印本页', 'clean/chrome-widget'],
    ['返回上一页', 'clean/chrome-widget'],
    ['资源ID:25608834      下载积分:3 金币', 'clean/chrome-docsite'],
    ['格式:DOCX , 页数:20 ,大小:22.72KB ,', 'clean/chrome-docsite'],
    ['Heart Att9 页 33.896 KB下载文档', 'clean/chrome-docsite'],
    ['DOC文库 - 千万精品文档,你想要的都能搜到,下载即用。', 'clean/chrome-docsite'],
    ['当前文档共9页 2.88', 'clean/chrome-docsite'],
    ['某区政府办公室政务公开基本目录.docx某区政府办公室政务公开基本目录.docx某区政府办公室政务公开基本目录.docx', 'clean/chrome-docsite'],
    ['下载后继续阅读', 'clean/chrome-docsite'],
    ['版权提示 | 免责声明', 'clean/chrome-nav'],
    ['请利用键盘按住Ctrl + P开启列印功能', 'clean/chrome-accessibility'],
    ['您的浏览器不支援JavaScript功能,若网页功能无法正常使用时,请开启浏览器JavaScript状态', 'clean/chrome-accessibility'],
    ['跳到主要内容区块', 'clean/chrome-nav'],
    ['（摄影：张三）', 'clean/chrome-credit'],
    ['图片来源：新华社', 'clean/chrome-credit'],
    ['文章类型：原创', 'clean/chrome-meta-widget'],
  ])('removes %j', (line, ruleId) => {
    const body = Array.from({ length: 12 }, (_, i) => `第${i + 1}条 内容。`);
    const r = cleaned([...body, line, '正文']);
    expect(r.text.split('\n')[12]).toBe('');
    expect(r.diagnostics).toEqual([expect.objectContaining({ ruleId, place: 'L13', actual: line.trim(), expected: '' })]);
  });

  it.each([
    '1. 依申请公开',
    '附件：1.就业领域基层政务公开标准目录.docx（共9页，33KB）',
    '图1：2023年主动公开情况',
    '位置:',
    '| 政务公开 | 政府信息公开 | 依申请公开 |',
    '办公地址:市政府大楼 联系电话:0731-1234567',
    '政务公开',
    '市人民政府 市政府办公室',
    '监督电话: 12345',
  ])('keeps %j', (line) => {
    const r = cleaned(['标题', line, '正文。']);
    expect(r.text).toBe(['标题', line, '正文。'].join('\n'));
    expect(r.diagnostics).toEqual([]);
  });

  it('removes JSP/IDE comments a page printed as text and keeps the rest of the line', () => {
    const line = '<%-- Created by IntelliJ IDEA. User: Administrator --%> <%@ page contentType="text/html;charset=UTF-8" %> 某市政府信息公开指南';
    const r = cleaned([line, '-->', '正文。']);
    expect(r.text).toBe(['某市政府信息公开指南', '', '正文。'].join('\n'));
    expect(r.diagnostics.map(brief)).toEqual([`clean/chrome-template@L1: ${line} → 某市政府信息公开指南`, 'clean/chrome-template@L2: --> → ']);
  });

  it('removes a copyright/disclaimer notice: its heading and the lines about this site and reprinting', () => {
    const notice = ['版权与免责声明', '1.凡本站注明“文章类型：原创”的作品，版权属于本站。转载时必须注明来源。', '2.凡本站注明“文章类型：转载”的作品，均转载自其他媒体。'];
    const r = cleaned(['正文。', ...notice, '第二段正文。']);
    expect(r.text).toBe(['正文。', '', '', '', '第二段正文。'].join('\n'));
    expect(r.diagnostics.every((d) => d.ruleId === 'clean/chrome-notice')).toBe(true);
    // A 免责声明 section of the document itself has no notice lines under it.
    expect(cleaned(['免责声明', '本指南所列事项以法律法规为准。']).text).toBe('免责声明\n本指南所列事项以法律法规为准。');
  });

  it('removes menu bars and side menus of portal labels, not a label alone or a table row', () => {
    const side = ['政府信息公开指南', '', '政府信息公开制度', '', '法定主动公开内容', '', '政府信息公开年报', '', '依申请公开'];
    const r = cleaned(['首页 政务公开 政民互动 办事服务', ...side, '某街道办事处政务公开标准目录']);
    expect(r.text.split('\n').filter((l) => l !== '')).toEqual(['某街道办事处政务公开标准目录']);
    expect(new Set(r.diagnostics.map((d) => d.ruleId))).toEqual(new Set(['clean/chrome-menu']));
    const head = Array.from({ length: 10 }, (_, i) => `第${i + 1}条 内容。`);
    const cells = [...head, '政府信息公开', '政府信息公开指南', '政府信息公开指南', '政府信息公开制度'];
    expect(cleaned(cells).text).toBe(cells.join('\n'));
  });

  it('removes the heading of an empty attachment box, not one over attached files', () => {
    const r = cleaned(['正文。', '附件列表']);
    expect(r.text).toBe('正文。\n');
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['clean/chrome-attachment-box']);
    const box = ['正文。', '附件列表', '', '1.某某表.xlsx'];
    expect(cleaned(box).text).toBe(box.join('\n'));
  });

  it('removes column and breadcrumb labels that repeat part of the title below them, not the title or other labels', () => {
    const r = cleaned(['救灾领域', '', '标准目录', '某某县救灾领域基层政务公开标准目录', '序号 公开事项 公开内容']);
    expect(r.text.split('\n').filter((l) => l !== '')).toEqual(['某某县救灾领域基层政务公开标准目录', '序号 公开事项 公开内容']);
    expect(new Set(r.diagnostics.map((d) => d.ruleId))).toEqual(new Set(['clean/chrome-title-echo']));
    // A label the title does not contain, and a label under the title, stay.
    const kept = ['工作动态', '某某县关于政府信息公开的通知', '信息公开', '各乡镇:'];
    expect(cleaned(kept).text).toBe(kept.join('\n'));
  });

  it('removes an accessibility line that names the key as ALT键', () => {
    const line = 'IE6请利用键盘按住ALT键 + V → X → (G)最大(L)较大(M)中(S)较小(A)小,来选择适合您的文字大小,';
    expect(cleaned([line, '正文。']).text).toBe('\n正文。');
  });

  it('removes a line of metadata labels without values, not one with a value', () => {
    const r = cleaned(['主题词:', '文号 浏览量', '正文。']);
    expect(r.text).toBe('\n\n正文。');
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['clean/chrome-meta-empty', 'clean/chrome-meta-empty']);
    // With its value it is the page's metadata, set apart for the readers (not removed as chrome).
    expect(cleaned(['主题词: 政务公开', '正文。']).facts.metaLines).toEqual([{ line: 0, text: '主题词: 政务公开' }]);
    expect(cleaned(['标题', '正文。']).text).toBe('标题\n正文。');
  });
});
