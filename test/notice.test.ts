import { describe, expect, it } from 'vitest';
import { noticeParser } from '../parsers/notice/index.js';
import { readDeclaredCounts } from '../parsers/notice/declared-counts.js';
import { readRepoFile, runParser, SEEDS, sourceFile, toSimplified } from './helpers/run-parser.js';

const raw = readRepoFile(SEEDS.mohrssNotice);
const simplified = toSimplified(raw);

describe('notice parser on seed 004 (MOHRSS 2019 notice, converted to Simplified)', async () => {
  const { items, diagnostics } = await runParser(noticeParser, simplified);
  const item = items[0]!;

  it('matches the golden output (read line by line)', () => {
    expect(items).toEqual(JSON.parse(readRepoFile('test/fixtures/notice/004-simplified/items.json')));
    expect(diagnostics).toEqual([]);
  });

  it('reads title, date and the issuer from the signature block', () => {
    expect(items).toHaveLength(1);
    expect(item.kind).toBe('document');
    expect(item.fields).toEqual({
      name: '人力资源社会保障部办公厅关于印发就业和社会保险领域基层政务公开标准指引的通知',
      publisher: '人力资源社会保障部办公厅',
      publishedAt: '2019-06-03',
    });
    expect(item.place).toBe('L9-L73');
  });

  it('keeps the body from the title to the 附件 lines, without page chrome or the keyword tail', () => {
    const body = item.document!.body!;
    expect(body.startsWith('人力资源社会保障部办公厅关于印发就业和社会保险领域基层政务公开标准指引的通知\n各省、自治区')).toBe(true);
    expect(body.endsWith('附件:1.就业领域基层政务公开标准目录.xlsx\n2.社会保险领域基层政务公开标准目录.xlsx')).toBe(true);
    expect(body).not.toMatch(/发布时间|浏览次数|来源|微信|字幕|mc848/);
  });

  it('lists the two attachments and the declared counts', () => {
    expect(item.document!.attachments).toEqual([
      { name: '就业领域基层政务公开标准目录.xlsx' },
      { name: '社会保险领域基层政务公开标准目录.xlsx' },
    ]);
    expect(item.document!.stats).toEqual({
      declaredCounts: [
        { domain: '就业', level1: 9, level2: 25 },
        { domain: '社会保险', level1: 9, level2: 78 },
      ],
    });
  });

  it('structures the guideline under its 一、…五、 headings', () => {
    const headings = item.document!.sections!.filter((s) => s.number).map((s) => `${s.number}${s.heading}`);
    expect(headings).toEqual(['一、总体要求', '二、适用范围', '三、公开目录及事项标准', '四、公开工作流程规范', '五、保障措施']);
  });
});

describe('notice parser robustness', () => {
  it('does not crash on the raw Traditional seed and still finds title, attachments and date', async () => {
    const { items } = await runParser(noticeParser, raw);
    expect(items).toHaveLength(1);
    expect(items[0]!.fields.name).toBe('人力資源社會保障部辦公廳關于印發就業和社會保險領域基層政務公開標準指引的通知');
    expect(items[0]!.fields.publishedAt).toBe('2019-06-03');
    expect(items[0]!.document!.attachments).toHaveLength(2);
    expect(items[0]!.document!.stats).toEqual({
      declaredCounts: [
        { domain: '就業', level1: 9, level2: 25 },
        { domain: '社會保險', level1: 9, level2: 78 },
      ],
    });
  });

  it('reports a page without a notice title', async () => {
    const { items, diagnostics } = await runParser(noticeParser, '第一行\n第二行\n');
    expect(items).toEqual([]);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['doc/no-notice-title']);
  });

  it('reports a page date that differs from the signature date', async () => {
    const text = ['某某局关于印发某某办法的通知', '发布时间:2020-01-05', '各单位:', '现印发给你们。', '某某局', '2020年1月3日', '附件:某某办法.docx'].join('\n');
    const { items, diagnostics } = await runParser(noticeParser, text);
    expect(items[0]!.fields.publishedAt).toBe('2020-01-05');
    expect(diagnostics.map((d) => [d.ruleId, d.place, d.actual, d.expected])).toEqual([['doc/date-mismatch', 'L6', '2020-01-03', '2020-01-05']]);
    expect(items[0]!.document!.attachments).toEqual([{ name: '某某办法.docx' }]);
  });
});

describe('declared counts', () => {
  it('reads 一级/二级 (and 三级 when given) per 领域', () => {
    expect(readDeclaredCounts('其中,养老领域包括一级事项3项、二级事项12项、三级事项40项。')).toEqual([
      { domain: '养老', level1: 3, level2: 12, level3: 40 },
    ]);
    expect(readDeclaredCounts('就业和社会保险领域基层政务公开标准化,包括一级事项9项、二级事项25项')).toEqual([]);
  });
});

describe('notice detection', () => {
  it('is sure of seed 004 and low on the catalogues, the regulations and the annual report', () => {
    expect(noticeParser.detect(sourceFile(simplified))).toBeGreaterThanOrEqual(0.8);
    for (const path of [SEEDS.heshan, SEEDS.hengyang, SEEDS.zhongwei, SEEDS.yiyangReport]) {
      expect(noticeParser.detect(sourceFile(readRepoFile(path))), path).toBeLessThan(0.3);
    }
  });
});
