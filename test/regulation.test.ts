import { describe, expect, it } from 'vitest';
import { regulationParser } from '../parsers/regulation/index.js';
import { articleNumbers, flatten, sectionCharacters } from './helpers/sections.js';
import { blankLines, readRepoFile, runParser, SEEDS, sourceFile, toSimplified } from './helpers/run-parser.js';

const seed = readRepoFile(SEEDS.zhongwei);

describe('regulation parser on seed 002 (中卫 制度 page)', async () => {
  const { items, diagnostics } = await runParser(regulationParser, seed);

  it('matches the golden output (read line by line)', () => {
    expect(items).toEqual(JSON.parse(readRepoFile('test/fixtures/regulation/002/items.json')));
    expect(diagnostics).toEqual(JSON.parse(readRepoFile('test/fixtures/regulation/002/diagnostics.json')));
  });

  it('finds the nine 制度 in page order with their places', () => {
    expect(items.map((i) => [i.fields.name, i.place])).toEqual([
      ['中卫市人力资源和社会保障局政府信息公开制度', 'L3-L157'],
      ['人社系统政府信息公开属性源头认定制度', 'L160-L178'],
      ['人社系统依申请公开制度', 'L181-L217'],
      ['人社系统政务公开保密审查工作制度', 'L220-L266'],
      ['人社系统重大行政决策公众参与制度', 'L269-L385'],
      ['人社系统政务公开工作督查制度', 'L388-L430'],
      ['人社系统政务公开工作考核制度', 'L433-L509'],
      ['人社系统政务公开重大决策预公开制度', 'L512-L539'],
      ['人社系统政务公开工作资料管理制度', 'L542-L562'],
    ]);
    expect(items.every((i) => i.kind === 'document')).toBe(true);
  });

  it('takes publisher and date from the meta line and category from the breadcrumb', () => {
    for (const item of items) {
      expect(item.fields.publisher).toBe('中卫市人力资源和社会保障局');
      expect(item.fields.publishedAt).toBe('2022-12-16');
      expect(item.fields.category).toBe('政府信息公开 > 部门信息公开目录 > 中卫市人力资源和社会保障局 > 政府信息公开制度');
    }
  });

  it('counts the articles of each 制度 as printed (the same counts as grep over each range)', () => {
    expect(items.map((i) => articleNumbers(i.document!.sections!).length)).toEqual([27, 5, 12, 16, 24, 0, 12, 8, 9]);
    expect(items.map((i) => flatten(i.document!.sections!).length)).toEqual([70, 9, 17, 23, 50, 20, 38, 16, 10]);
  });

  it('keeps every character of each 制度 (after its title) in its sections', () => {
    for (const item of items) {
      const body = item.document!.body!.split('\n').slice(1).join('');
      expect(sectionCharacters(item.document!.sections!)).toBe(body.replace(/\s+/g, ''));
    }
  });

  it('nests 第七条 (一)…(十) under the article (they are not catalogue rows)', () => {
    expect(items).toHaveLength(9);
    const article7 = flatten(items[0]!.document!.sections!).find((s) => s.number === '第七条')!;
    expect(article7.text).toBe('政务公开事项主要有:');
    expect(article7.children.map((c) => c.number)).toEqual(['(一)', '(二)', '(三)', '(四)', '(五)', '(六)', '(七)', '(八)', '(九)', '(十)']);
  });

  it('puts paragraphs after a point list back on the article', () => {
    const article10 = flatten(items[0]!.document!.sections!).find((s) => s.number === '第十条')!;
    expect(article10.children.map((c) => c.number ?? '¶')).toEqual(['(一)', '(二)', '(三)', '(四)', '(五)', '(六)', '¶', '¶', '¶']);
    expect(article10.children[6]!.text).toBe('主动公开的信息其内容发生变化的,信息发布单位、科室应当及时更新。');
  });

  it('keeps the preamble before 第一条', () => {
    const first = items[1]!.document!.sections![0]!;
    expect(first.number).toBeUndefined();
    expect(first.text).toMatch(/^为提高公文公开工作效率/);
  });

  it('reads the 一、二、三、 headings of the 督查制度', () => {
    const sections = items[5]!.document!.sections!;
    expect(sections.map((s) => [s.number ?? '', s.heading])).toEqual([
      ['', ''],
      ['一、', '督查机构'],
      ['二、', '督查内容'],
      ['三、', '督查程序'],
      ['四、', '督查要求'],
    ]);
    expect(sections[2]!.children).toHaveLength(8);
  });

  it('splits articles run together on one line (预公开制度 L514)', () => {
    expect(articleNumbers(items[7]!.document!.sections!).slice(0, 3)).toEqual(['第一条', '第二条', '第三条']);
    const article3 = items[7]!.document!.sections![2]!;
    expect(article3.text).toBe('以下事项的决定应当预公开:');
    expect(article3.children).toHaveLength(6);
  });

  it('reports the skipped articles of the 考核制度 and keeps their numbers', () => {
    expect(diagnostics.map((d) => [d.ruleId, d.place, d.actual, d.expected])).toEqual([
      ['doc/article-sequence', 'L447', '第六条', '第五条'],
      ['doc/article-sequence', 'L507', '第十三条', '第十二条'],
      ['doc/article-sequence', 'L509', '第十六条', '第十四条'],
    ]);
    expect(articleNumbers(items[6]!.document!.sections!)).toEqual([
      '第一条', '第二条', '第三条', '第四条', '第六条', '第七条', '第八条', '第九条', '第十条', '第十一条', '第十三条', '第十六条',
    ]);
    expect(items[6]!.flags).toEqual(['doc/article-sequence']);
    expect(items.filter((i) => i.flags)).toHaveLength(1);
  });

  it('gives the same documents when the cleaning passes have blanked the page chrome', async () => {
    const cleaned = await runParser(regulationParser, blankLines(seed, [1, 5, 6, 8, 9, 11, 564]));
    expect(cleaned.items.map((i) => [i.place, i.document])).toEqual(items.map((i) => [i.place, i.document]));
    expect(cleaned.items[0]!.fields.category).toBeUndefined();
  });
});

describe('regulation detection', () => {
  it('is sure of seed 002 and low on the catalogues, the annual report and the notice', () => {
    expect(regulationParser.detect(sourceFile(seed))).toBeGreaterThanOrEqual(0.9);
    for (const path of [SEEDS.heshan, SEEDS.hengyang, SEEDS.yiyangReport]) {
      expect(regulationParser.detect(sourceFile(readRepoFile(path))), path).toBeLessThan(0.3);
    }
    expect(regulationParser.detect(sourceFile(toSimplified(readRepoFile(SEEDS.mohrssNotice))))).toBeLessThan(0.3);
  });

  it('finds a single regulation whose title carries a note, after a long page head', async () => {
    const page = [
      '某某市人民政府', '索引号:001', '发布机构:某某市人民政府办公室', '发文字号:某政办发〔2020〕1号', '成文日期:2020年1月2日',
      '《某某市政府信息公开工作考核办法（试行）》', '', '第一章 总则', '第一条 为规范考核,制定本办法。', '第二条 本办法适用于本市。',
      '第二章 附则', '第三条 本办法自印发之日起施行。',
    ].join('\n');
    const { items, diagnostics } = await runParser(regulationParser, page);
    expect(items.map((i) => [i.fields.name, i.place])).toEqual([['某某市政府信息公开工作考核办法（试行）', 'L6-L12']]);
    expect(articleNumbers(items[0]!.document!.sections!)).toEqual(['第一条', '第二条', '第三条']);
    expect(diagnostics).toEqual([]);
  });

  it('names a regulation without a title line after the last breadcrumb, and says so', async () => {
    const page = ['当前位置:首页 > 政务公开 > 某某局保密审查制度', '', '为做好保密审查,制定本制度。', '第一条 甲。', '第二条 乙。', '第三条 丙。', '扫一扫在手机上查看当前页面'].join('\n');
    expect(regulationParser.detect(sourceFile(page))).toBeGreaterThanOrEqual(0.5);
    const { items, diagnostics } = await runParser(regulationParser, page);
    expect(items.map((i) => [i.fields.name, i.place, i.fields.category])).toEqual([['某某局保密审查制度', 'L3-L6', '政务公开 > 某某局保密审查制度']]);
    expect(items[0]!.document!.sections!.map((s) => s.number ?? s.text)).toEqual(['为做好保密审查,制定本制度。', '第一条', '第二条', '第三条']);
    expect(diagnostics.map((d) => [d.ruleId, d.place])).toEqual([['doc/title-from-breadcrumb', 'L3-L6']]);
  });

  it('reports and returns nothing for a page without regulations', async () => {
    const { items, diagnostics } = await runParser(regulationParser, '没有制度的页面\n第一行\n');
    expect(items).toEqual([]);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['doc/no-regulation']);
  });
});
