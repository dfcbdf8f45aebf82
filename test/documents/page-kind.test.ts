/** Page kinds and the pages without content of their own, each rule on a small hand-written page. */
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/index.js';
import { measureContent } from '../../parsers/shared/page-content.js';
import { articleParser } from '../../parsers/article/index.js';
import { runParser, sourceFile } from '../helpers/run-parser.js';

const prose = '为进一步做好政府信息公开工作,保障公民、法人和其他组织依法获取政府信息,现将有关事项说明如下。';

describe('content of its own', () => {
  it('is missing on a page that holds only a column name or a breadcrumb', () => {
    expect(measureContent(sourceFile('本局公开制度')).emptyBecause).toBe('little-text');
    expect(measureContent(sourceFile('规范性文件 > 部门文件\n')).emptyBecause).toBe('little-text');
  });

  it('is missing on a form page (empty fields, no document title), present when the page has a title', () => {
    const form = ['账号:', '密码:', '验证码:', '温馨提示:由于个人手机设置不同,如果发现不能下载,请复制以下地址到电脑端继续下载,重复下载不扣费。', prose].join('\n');
    expect(measureContent(sourceFile(form)).emptyBecause).toBe('form');
    expect(measureContent(sourceFile(`某某局政府信息公开申请办法\n${form}`)).emptyBecause).toBeUndefined();
  });

  it('is missing on a list of dated entries with little else, and on an HTML page made of links', () => {
    const list = ['近期信息公开', '名称 | 发布日期', '某某局关于印发某某考核办法的通知 | 2020-08-05', '某某局关于开展某某检查工作的通知 2020-07-01'].join('\n');
    expect(measureContent(sourceFile(list)).emptyBecause).toBe('link-list');
    const file = { ...sourceFile(`${prose}\n${prose}`), html: { linkShare: 0.8 } };
    expect(measureContent(file).emptyBecause).toBe('link-list');
  });

  it('is present on a page of prose, and on a table of short cells that is not a list of dated entries', () => {
    expect(measureContent(sourceFile(prose + '\n' + prose)).emptyBecause).toBeUndefined();
    const table = Array.from({ length: 12 }, (_, i) => `${i + 1}\n内设机构名称\n填写完整的内设机构信息`).join('\n');
    expect(measureContent(sourceFile(table)).emptyBecause).toBeUndefined();
  });
});

describe('the article fallback', () => {
  it('reads title, date, publisher, body and sections of a page no specific parser claims', async () => {
    const text = ['首页 > 工作动态', '我局开展政务公开宣传活动', '发布日期:2024-05-08 来源:某某县人社局', '', prose, '一、活动内容', prose].join('\n');
    expect(articleParser.detect(sourceFile(text))).toBeGreaterThanOrEqual(0.5);
    const { items, diagnostics } = await runParser(articleParser, text);
    expect(diagnostics).toEqual([]);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      kind: 'document',
      fields: { name: '我局开展政务公开宣传活动', category: '工作动态', publishedAt: '2024-05-08', publisher: '某某县人社局' },
      extra: { titleFrom: 'line L2', publishedAtFrom: 'label 发布日期 L3', publisherFrom: 'label 来源 L3' },
      place: 'L2-L7',
    });
    expect(items[0]!.document!.body).toBe(['我局开展政务公开宣传活动', prose, '一、活动内容', prose].join('\n'));
    expect(items[0]!.document!.sections!.map((s) => s.heading)).toContain('活动内容');
  });

  it('stays below the threshold on a page without content', () => {
    expect(articleParser.detect(sourceFile('福州市住房和城乡建设局政府信息公开'))).toBeLessThan(0.5);
  });
});

describe('the pipeline', () => {
  it('classifies a navigation-only page and says why it yields nothing', async () => {
    const result = await ingestFile('nav.txt', Buffer.from('规范性文件 > 部门文件\n'));
    expect(result.items).toEqual([]);
    expect(result.record.pageKind).toMatchObject({ kind: 'navigation-only', reason: expect.stringContaining('title') });
    // The trail is the page's only line: the cleaned text shows it removed, with the evidence.
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['clean/chrome-lone-label', 'info'], ['parse/navigation-only', 'info']]);
    expect(result.record.cleanedText).toBe('\n');
  });

  it('makes a prose page one article document, and names its kind from the title', async () => {
    const page = ['某某县2024年政务公开工作要点', prose, prose].join('\n');
    const result = await ingestFile('plan.txt', Buffer.from(page));
    expect(result.items.map((i) => [i.kind, i.name, i.source.parser])).toEqual([['document', '某某县2024年政务公开工作要点', 'article']]);
    expect(result.record.pageKind?.kind).toBe('plan');
  });

  it('runs only the most confident document parser', async () => {
    const notice = ['某某局关于印发某某管理办法的通知', '各科室:', '现将《某某管理办法》印发给你们,请遵照执行。', '某某局', '2023年3月1日',
      '某某管理办法', '第一条 为了规范管理,制定本办法。', '第二条 本办法适用于本局。', '第三条 本办法自印发之日起施行。'].join('\n');
    const result = await ingestFile('notice.txt', Buffer.from(notice));
    expect(result.record.parsers).toEqual(['notice']);
    expect(result.record.pageKind?.kind).toBe('notice');
    expect(result.items).toHaveLength(1);
    expect(result.items[0]).toMatchObject({ name: '某某局关于印发某某管理办法的通知', publisher: '某某局', publishedAt: '2023-03-01' });
  });
});

describe('a catalogue page whose rows no parser read', () => {
  it('is known by its column labels, in cells, space-separated or run together, and yields no article', async () => {
    const { catalogueLabelFields } = await import('../../parsers/shared/catalogue-labels.js');
    expect(catalogueLabelFields(['序号 | 公开事项 | 公开内容 | 公开依据 | 公开时限 | 公开主体'])).toBeGreaterThan(0);
    expect(catalogueLabelFields(['序号  公开内容  公开依据  公开时限  公开渠道和载体'])).toBeGreaterThan(0);
    expect(catalogueLabelFields(['序号公开事项公开内容公开依据公开时限公开主体公开对象'])).toBeGreaterThan(0);
    // A guide that speaks of the columns in a sentence, or a field table with only 公开时限, is no catalogue.
    expect(catalogueLabelFields(['目录包括公开内容、公开依据、公开时限、公开主体等要素。'])).toBe(0);
    expect(catalogueLabelFields(['序号', '项 目', '内 容', '公开时限', '分长期公开、及时公开'])).toBe(0);
    const page = ['某某局主动公开基本目录', '序号  公开内容  公开依据  公开时限  公开渠道和载体', prose].join('\n');
    const result = await ingestFile('catalogue.txt', Buffer.from(page));
    expect(result.items).toEqual([]);
    expect(result.record.pageKind?.kind).toBe('catalogue');
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('parse/catalogue-unread');
  });

  it('a blank page is navigation-only: it holds no text', async () => {
    const result = await ingestFile('blank.txt', Buffer.from('\n  \n'));
    expect(result.record.pageKind).toMatchObject({ kind: 'navigation-only', reason: 'it holds no text' });
  });
});
