/** Regulations as pages print them: every rule of the regulation parser on a small hand-written page. */
import { describe, expect, it } from 'vitest';
import { regulationParser } from '../parsers/regulation/index.js';
import { titleOf } from '../parsers/regulation/find-regulations.js';
import { isoDate } from '../parsers/shared/dates.js';
import { articleNumbers, flatten } from './helpers/sections.js';
import { runParser, sourceFile } from './helpers/run-parser.js';

const page = (...lines: string[]) => lines.join('\n');

describe('regulation layouts', () => {
  it('reads a law database view: a dated, tagged title and articles printed `第 7 条` on lines of their own', async () => {
    const text = page(
      '法规名称: 某某作业注意事项 1', '某某资讯公开法 (民国 94 年 12 月 28 日) 现行', '第 7 条', '下列资讯,应主动公开:', '一、条约。', '二、预算及决算书。',
      '第 8 条', '资讯之主动公开,以下列方式行之:', '一、刊载于公报。',
    );
    expect(regulationParser.detect(sourceFile(text))).toBeGreaterThanOrEqual(0.9);
    const { items } = await runParser(regulationParser, text);
    expect(items.map((i) => [i.fields.name, i.fields.publishedAt, i.place])).toEqual([['某某资讯公开法', '2005-12-28', 'L2-L9']]);
    // Articles are named as usual; the body keeps them as printed.
    expect(articleNumbers(items[0]!.document!.sections!)).toEqual(['第七条', '第八条']);
    expect(items[0]!.document!.body).toContain('第 7 条');
    expect(items[0]!.document!.sections![0]!.children.map((c) => c.number)).toEqual(['一、', '二、']);
  });

  it('splits a chapter and its articles run together on one line, and leaves a side bar under the title out', async () => {
    const text = page(
      '某部信息公开规定', '互联网  2009-06-20', '关于印发某某办法 关于做好某某工作', '某省某某厅关于 某市某某规划',
      '第一章 总 则  第一条 为规范工作,制定本规定。  第二条 本规定所称信息,是指本部信息。  第二章 公开  第三条 本部主动公开信息。',
    );
    const { items, diagnostics } = await runParser(regulationParser, text);
    expect(items.map((i) => [i.fields.name, i.fields.publishedAt])).toEqual([['某部信息公开规定', '2009-06-20']]);
    const sections = items[0]!.document!.sections!;
    expect(sections.map((s) => `${s.number}${s.heading}`)).toEqual(['第一章总则', '第二章公开']);
    expect(articleNumbers(sections)).toEqual(['第一条', '第二条', '第三条']);
    expect(items[0]!.document!.body).not.toContain('某市某某规划');
    expect(diagnostics.map((d) => [d.ruleId, d.place])).toEqual([['doc/lines-under-title', 'L2-L4']]);
  });

  it('reads the whole body across chapter breaks, with a chapter heading between articles', async () => {
    const text = page(
      '某某管理办法', '第一章 总则', '第一条 为了管理,制定本办法。', '第二条 本办法适用于本市。', '第二章 管理', '第三条 市局负责管理。', '第四条 区局配合。',
      '第三章 附则', '第五条 本办法自发布之日起施行。',
    );
    const { items, diagnostics } = await runParser(regulationParser, text);
    expect(articleNumbers(items[0]!.document!.sections!)).toEqual(['第一条', '第二条', '第三条', '第四条', '第五条']);
    expect(items[0]!.document!.sections!.map((s) => s.children.length)).toEqual([2, 2, 1]);
    expect(diagnostics).toEqual([]);
  });

  it('keeps one regulation when chapter names stand on lines of their own and end like titles (一般规定)', async () => {
    const text = page(
      '某某管理条例', '第一章', '总则', '第一条 为了管理,制定本条例。', '第二条 本条例适用于全国。', '第二章', '一般规定', '第三条 甲。', '第四条 乙。',
      '第三章', '监督管理办法', '第五条 丙。',
    );
    const { items, diagnostics } = await runParser(regulationParser, text);
    expect(items.map((i) => [i.fields.name, i.place])).toEqual([['某某管理条例', 'L1-L12']]);
    expect(items[0]!.document!.sections!.map((s) => [s.number, s.heading, s.children.length])).toEqual([
      ['第一章', '总则', 2], ['第二章', '一般规定', 2], ['第三章', '监督管理办法', 1],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('keeps one regulation when a title-like line inside it is followed by articles that go on with its numbering', async () => {
    const text = page('某某管理办法', '第一条 甲。', '第二条 乙。', '信息发布保密审查规定', '第三条 丙。', '第四条 丁。');
    const { items } = await runParser(regulationParser, text);
    expect(items.map((i) => i.fields.name)).toEqual(['某某管理办法']);
    expect(articleNumbers(items[0]!.document!.sections!)).toEqual(['第一条', '第二条', '第三条', '第四条']);
  });

  it('accepts articles numbered again from 第一条 in each chapter', async () => {
    const text = page('某某细则', '第一章 总则', '第一条 甲。', '第二条 乙。', '第二章 分则', '第一条 丙。', '第二条 丁。');
    const { items, diagnostics } = await runParser(regulationParser, text);
    expect(items[0]!.document!.sections!.map((s) => s.children.map((c) => c.number))).toEqual([['第一条', '第二条'], ['第一条', '第二条']]);
    expect(diagnostics).toEqual([]);
  });

  it('takes a cited article for text, not for a new article', async () => {
    const text = page(
      '某某公开制度', '第一条 为规范公开,制定本制度。', '第二条 下列信息不予公开,但依',
      '第十二条规定经同意的除外:', '(一)国家秘密;', '第三条 依照本制度第一条、第二条的规定办理。', '第四条、第五条所称信息,是指本局信息。',
    );
    const { items } = await runParser(regulationParser, text);
    const sections = items[0]!.document!.sections!;
    expect(articleNumbers(sections)).toEqual(['第一条', '第二条', '第三条']);
    expect(flatten(sections).find((s) => s.number === '第二条')!.text).toBe('下列信息不予公开,但依\n第十二条规定经同意的除外:');
    expect(flatten(sections).find((s) => s.number === '第三条')!.text).toBe('依照本制度第一条、第二条的规定办理。\n第四条、第五条所称信息,是指本局信息。');
  });

  it('keeps the promulgation order above the title, and takes publisher and date from it', async () => {
    const text = page(
      '某某市人民政府令', '第189号', '《某某促进办法》已经市人民政府常务会议通过,现予公布。', '市 长:某某', '2022年3月29日', '', '某某促进办法',
      '第一条 为了促进服务,制定本办法。', '第二条 本办法适用于本市。',
    );
    const { items } = await runParser(regulationParser, text);
    expect(items.map((i) => [i.fields.name, i.fields.publisher, i.fields.publishedAt, i.place])).toEqual([
      ['某某促进办法', '某某市人民政府', '2022-03-29', 'L1-L9'],
    ]);
    expect(items[0]!.document!.body!.split('\n').slice(0, 2)).toEqual(['某某市人民政府令', '第189号']);
    expect(items[0]!.document!.sections!.slice(0, 2).map((s) => s.text)).toEqual(['某某市人民政府令', '第189号']);
  });

  it('reads articles without a title line (an excerpt) from the sentences above its first article, without page furniture', async () => {
    const text = page(
      '4. 打印本页', '5. 返回上一页', '(一)农村工作政策的情况;', '(二)财政收支情况。', '第十二条 下列信息,不予公开:', '(一)国家秘密。',
      '第十三条 公民可以申请获取信息。', '第三章 主动公开', '第十四条 行政机关应当主动公开。',
    );
    expect(regulationParser.detect(sourceFile(text))).toBeGreaterThanOrEqual(0.5);
    const { items, diagnostics } = await runParser(regulationParser, text);
    expect(items.map((i) => [i.fields.name, i.place])).toEqual([['', 'L3-L9']]);
    expect(articleNumbers(items[0]!.document!.sections!)).toEqual(['第十二条', '第十三条', '第十四条']);
    // An excerpt may start at any article or chapter: only the title is reported missing.
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['doc/title-missing']);
  });

  it('reads a Traditional page as printed (before any conversion): 規定, 第一條, 現行', async () => {
    const text = page('某部資訊公開規定 現行', '第一章 總則', '第一條 為推進資訊公開,制定本規定。', '第二條 本規定所稱資訊,是指本部資訊。');
    const { items } = await runParser(regulationParser, text);
    expect(items.map((i) => i.fields.name)).toEqual(['某部資訊公開規定']);
    expect(articleNumbers(items[0]!.document!.sections!)).toEqual(['第一条', '第二条']);
  });

  it('reads articles printed without a space and points numbered with formal numerals', async () => {
    const text = page('第四条各级人民政府应当建立制度。', '(壹)办理公开;', '(二)维护信息。', '第五条行政机关应当公开。', '第六条公民可以申请。');
    const { items } = await runParser(regulationParser, text);
    const article4 = items[0]!.document!.sections![0]!;
    expect([article4.number, article4.text, article4.children.map((c) => c.number)]).toEqual(['第四条', '各级人民政府应当建立制度。', ['(壹)', '(二)']]);
  });
});

describe('regulation detection does not take other pages', () => {
  it('not a catalogue whose cells cite articles of a regulation', () => {
    const catalogue = page(
      '| 序号 | 事项名称 | 公开依据 | 公开时限 |',
      '| 1 | 政府信息公开指南 | 《中华人民共和国政府信息公开条例》 |',
      '第十二条 行政机关应当编制、公布政府信息公开指南 | 20个工作日内 |',
      '| 2 | 政府信息公开目录 | 《中华人民共和国政府信息公开条例》 |',
      '第十三条 除本条例第十四条规定外,政府信息应当公开 | 20个工作日内 |',
      '| 3 | 年度报告 | 《中华人民共和国政府信息公开条例》 |',
      '第四十九条 行政机关应当在每年1月31日前公布年度报告 | 每年1月31日前 |',
    );
    expect(regulationParser.detect(sourceFile(catalogue))).toBeLessThan(0.5);
  });

  it('not a catalogue of text rows that cite 《…条例》第十二条 inside their cells', () => {
    const rows = page(
      '某局政府信息主动公开目录', '1 政府信息公开指南 依据《中华人民共和国政府信息公开条例》第十二条 20个工作日内',
      '2 政府信息公开目录 依据《中华人民共和国政府信息公开条例》第十三条 20个工作日内',
      '3 年度报告 依据《中华人民共和国政府信息公开条例》第四十九条 每年1月31日前',
    );
    expect(regulationParser.detect(sourceFile(rows))).toBe(0);
  });

  it('not rows that each quote an article, the same article again and again', () => {
    const rows = page(
      '政府信息公开指南', '第十二条 行政机关应当编制、公布政府信息公开指南。', '政府信息公开目录', '第十二条 行政机关应当编制、公布政府信息公开目录。',
      '主动公开的信息', '第十九条 对涉及公众利益调整的政府信息,行政机关应当主动公开。', '法规规章', '第二十条 行政机关应当主动公开行政法规。',
    );
    expect(regulationParser.detect(sourceFile(rows))).toBe(0);
  });

  it('titles: a law, a regulation with its validity tag; not 方法 or 执法', () => {
    expect(titleOf('中华人民共和国专利法')).toEqual({ title: '中华人民共和国专利法' });
    expect(titleOf('有效 某市公共服务促进办法')).toEqual({ title: '某市公共服务促进办法' });
    expect(titleOf('《某局保密审查制度（试行）》')).toEqual({ title: '某局保密审查制度（试行）' });
    expect(titleOf('改进工作方法')).toBeUndefined();
    expect(titleOf('严格规范公正文明执法')).toBeUndefined();
  });
});

describe('dates as documents print them', () => {
  it('reads Arabic, Chinese-numeral and ROC dates, and no date inside an index number', () => {
    expect(isoDate('2023年3月5日')).toBe('2023-03-05');
    expect(isoDate('二〇二三年三月五日')).toBe('2023-03-05');
    expect(isoDate('民國九十四年十二月二十八日')).toBe('2005-12-28');
    expect(isoDate('(民国 94 年 12 月 28 日)')).toBe('2005-12-28');
    expect(isoDate('发布日期 2016-05-10 16:49:05')).toBe('2016-05-10');
    expect(isoDate('索引号 01526089-2-02')).toBeUndefined();
    expect(isoDate('2022年2月30日')).toBeUndefined();
  });
});
