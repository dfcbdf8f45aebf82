/**
 * The HTML fixture pages through the preparation step: page metadata, the text the text parsers will read, and the
 * absence of chrome, hidden and injected content from every output.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import { ingestFile } from '../../src/index.js';
import { looksLikeHtml, prepareHtml } from '../../src/html/prepare-html.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'html-table');
const bytes = (name: string) => readFileSync(join(dir, name, 'input.html'));
function prepare(name: string) {
  const diagnostics: DiagnosticInput[] = [];
  return { ...prepareHtml(bytes(name), (d) => diagnostics.push(d)), diagnostics };
}

/**
 * Text that must never reach an output: site chrome, hidden blocks, injected spam, junk tag ids. (The breadcrumb line
 * stays in the text on purpose, as in the seeds: document parsers read the category from it.)
 */
const FORBIDDEN = [
  '设为首页', '加入收藏', '无障碍浏览', '网站标识码', 'ICP备', '公网安备', '主办单位', '用微信扫描二维码', '分享至好友',
  '国产精品', '一区二区', '无码', '中文字幕', '娱乐城', '老虎机', '彩票', '在线观看', 'mc848', 'qt7k2', '32y984sdnfdf',
];

describe('page metadata', () => {
  it('article page (seed 002): title, date and publisher from the meta line, breadcrumb without 首页', () => {
    const { html, text } = prepare('article-002');
    expect(html.meta).toEqual({
      title: '中卫市人力资源和社会保障局政府信息公开制度',
      breadcrumb: ['政府信息公开', '部门信息公开目录', '中卫市人力资源和社会保障局', '政府信息公开制度'],
      publishedAt: '2022-12-16',
      publisher: '中卫市人力资源和社会保障局',
      extra: {},
      attachments: [],
    });
    // The text starts like the seed: title, meta line, then the articles.
    expect(text.split('\n').slice(0, 5)).toEqual([
      '当前位置:首页 > 政府信息公开 > 部门信息公开目录 > 中卫市人力资源和社会保障局 > 政府信息公开制度',
      '中卫市人力资源和社会保障局政府信息公开制度',
      '2022-12-16 来源:中卫市人力资源和社会保障局',
      '第一章\u2002\u2002总\u2002\u2002则', // en spaces, as in the seed
      expect.stringMatching(/^第一条 为进一步提高人社系统政务公开水平/),
    ]);
    expect(html.bodyStart).toBe(3);
    expect(html.titleLine).toBe(1);
  });

  it('Traditional notice (seed 004): 發布時間 / 來源 and the two attachments with their links', () => {
    const { html } = prepare('notice-004-traditional');
    expect(html.meta.title).toBe('人力資源社會保障部辦公廳關于印發就業和社會保險領域基層政務公開標準指引的通知');
    expect(html.meta.publishedAt).toBe('2019-06-03');
    expect(html.meta.publisher).toBe('人力資源社會保障部');
    expect(html.meta.attachments).toEqual([
      { name: '就業領域基層政務公開標準目錄.xlsx', href: '/attach/0/jy.xlsx' },
      { name: '社會保險領域基層政務公開標準目錄.xlsx', href: '/attach/0/sb.xlsx' },
    ]);
  });

  it('hacked page: the spam <title> is reported and the title comes from the page heading', () => {
    const { html, diagnostics } = prepare('hacked-page');
    expect(html.meta.title).toBe('衡阳市人力资源和社会保障局政府信息主动公开事项目录');
    expect(diagnostics.map((d) => d.ruleId).sort()).toEqual([
      'clean/html-hidden', 'clean/html-hidden', 'clean/html-hidden', 'clean/html-hidden', 'clean/html-hidden',
      'clean/html-junk-tags', 'clean/html-link-farm', 'clean/html-spam-block', 'clean/html-spam-meta', 'clean/html-spam-title',
    ]);
    // Every removal carries the removed text as evidence.
    expect(diagnostics.every((d) => (d.actual ?? '').length > 0 && d.place?.startsWith('L'))).toBe(true);
  });
});

describe('outputs are free of chrome and injected content', () => {
  const names = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  it.each(names)('%s', async (name) => {
    const result = await ingestFile(`${name}/input.html`, bytes(name));
    const outputs = [result.record.cleanedText, JSON.stringify(result.items)];
    for (const out of outputs) for (const word of FORBIDDEN) expect(out, word).not.toContain(word);
    expect(result.record.format).toBe('html');
  });
});

describe('HTML detection', () => {
  it.each([
    ['<!DOCTYPE html><p>x</p>', true],
    ['<table class="a"><tr><td>x</td></tr></table>', true],
    // seed 004 as text: junk tags but no page
    ['• <li id="mc848"><source id="mc848"></source></li>\n<table id="mc848"></table>\n繁體版', false],
    ['| 事项名称 | 公开内容 |', false],
  ])('%s → %s', (input, expected) => {
    expect(looksLikeHtml(Buffer.from(input))).toBe(expected);
  });
});

describe('an article page no text document parser claims', () => {
  const news = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>我局开展就业政策宣传活动_工作动态_某县人社局</title></head><body>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/a">机构概况</a></li><li><a href="/b">工作动态</a></li></ul>
<div class="crumb">您的位置:<a href="/">首页</a> &gt;&gt; <a href="/b">工作动态</a></div>
<h1>我局开展就业政策宣传活动</h1>
<div class="info">发布日期:2024-05-08　信息来源:县人社局 | 索引号:000014349/2024-01234</div>
<div class="content"><p>5月8日，我局在县城广场开展就业政策宣传活动，现场发放宣传资料500余份，解答群众咨询120余人次。</p>
<p>活动中，工作人员向群众介绍了创业担保贷款、职业技能培训补贴等政策。</p>
<p>附件：<a href="/files/2024/zcqd.pdf">就业政策清单.pdf</a></p></div>
<div class="footer">版权所有:某县人民政府 网站标识码:1234567890 ICP备12345678号</div></body></html>`;

  it('becomes one article document with the page metadata', async () => {
    const result = await ingestFile('news.html', Buffer.from(news));
    expect(result.record.parsers).toEqual(['article']);
    expect(result.record.pageKind?.kind).toBe('article');
    expect(result.items).toHaveLength(1);
    const [doc] = result.items;
    expect(doc).toMatchObject({
      kind: 'document',
      name: '我局开展就业政策宣传活动',
      category: ['工作动态'],
      publishedAt: '2024-05-08',
      publisher: '县人社局',
      extra: { 索引号: '000014349/2024-01234' },
      attachments: [{ name: '就业政策清单.pdf', href: '/files/2024/zcqd.pdf' }],
      source: { format: 'html', parser: 'article' },
    });
    expect(doc!.body).toBe([
      '我局开展就业政策宣传活动',
      '5月8日，我局在县城广场开展就业政策宣传活动，现场发放宣传资料500余份，解答群众咨询120余人次。',
      '活动中，工作人员向群众介绍了创业担保贷款、职业技能培训补贴等政策。',
      '附件：就业政策清单.pdf',
    ].join('\n'));
  });
});

describe('a document table the content scoring missed', () => {
  const prose = '依法对本辖区的金融业实行统一监督管理，强化机构监管、行为监管、功能监管，维护金融业合法、稳健运行。';
  const table = '<table><tr><td><span>序号</span></td><td><span>当事人</span><span>名称</span></td><td><span>处罚内容</span></td></tr>'
    + '<tr><td><span>1</span></td><td><span>某某保险</span><span>公司</span></td><td><span>罚款</span><span>5万元</span></td></tr></table>';
  const page = '<html><head><title>某某监管局行政处罚信息公开表（某罚决字〔2024〕1号）-某某监管局</title></head><body>'
    + '<table><tr><td><a href="/q/1">请问许可证还在使用吗？</a></td></tr><tr><td>留言时间：2025-04-27 留言人：某某 回复状态：已回复</td></tr></table>'
    + `<div class="side"><p>一、${prose}</p><p>二、${prose}</p><p>三、${prose}</p></div>`
    + `<div class="main"><h1>某某监管局行政处罚信息公开表（某罚决字〔2024〕1号）</h1>${table}${table}</div>`
    + '</body></html>';

  it('joins the text as cell | cell lines, once; a box above the title (questions and their dates) does not', () => {
    const { text } = prepareHtml(Buffer.from(page), () => {});
    const lines = text.split('\n');
    expect(lines.filter((l) => l.includes(' | '))).toEqual(['序号 | 当事人名称 | 处罚内容', '1 | 某某保险公司 | 罚款5万元']);
    expect(text).not.toContain('请问');
  });
});
