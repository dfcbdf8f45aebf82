/**
 * Annual reports as they are printed: rows on one line with bars, tabs or an HTML page's ` | ` cells, blank cells,
 * header labels broken over cells, and reports whose tables are not on the page at all.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { annualReportParser } from '../parsers/annual-report/index.js';
import { AnnualReportStats } from '../schemas/annual-report.js';
import { ingestFile } from '../src/index.js';
import { runParser, sourceFile } from './helpers/run-parser.js';

type Layout = 'bars' | 'tabs' | 'html';

/** A row printed on one line, its empty cells left empty. */
function row(layout: Layout, cells: string[]): string {
  if (layout === 'bars') return `| ${cells.join(' | ')} |`;
  if (layout === 'tabs') return cells.join('\t');
  return cells.join(' | ');
}

/** A small 2021-format report: §二 licensing only, §三 with two applications, §四 one reconsideration. */
function report(layout: Layout): string {
  const r = (cells: string[]) => row(layout, cells);
  const zeroRow = (label: string) => r([label, '', '', '', '', '', '', '']);
  return [
    '某县某局2022年政府信息公开工作年度报告',
    '一、总体情况',
    '2022年,本局依法做好政府信息公开工作。',
    '二、主动公开政府信息情况',
    r(['第二十条第(一)项', '', '', '']),
    r(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']),
    r(['规章', '', '', '']),
    r(['行政规范性文件', '2', '', '7']),
    r(['第二十条第(五)项', '']),
    r(['信息内容', '本年处理决定数量']),
    r(['行政许可', '15']),
    '三、收到和处理政府信息公开申请情况',
    r(['(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)', '申请人情况']),
    r(['自然人', '法人或其他组织', '总计']),
    r(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']),
    r(['一、本年新收政府信息公开申请数量', '2', '', '', '', '', '', '2']),
    zeroRow('二、上年结转政府信息公开申请数量'),
    r(['三、本年度办理结果', '(一)予以公开', '1', '', '', '', '', '', '1']),
    zeroRow('(二)部分公开(区分处理的,只计这一情形,不计其他情形)'),
    r(['(三)不予公开', '1.属于国家秘密', '', '', '', '', '', '', '']),
    ...['2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息',
      '7.属于行政执法案卷', '8.属于行政查询事项'].map(zeroRow),
    r(['(四)无法提供', '1.本机关不掌握相关政府信息', '1', '', '', '', '', '', '1']),
    ...['2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确'].map(zeroRow),
    r(['(五)不予处理', '1.信访举报投诉类申请', '', '', '', '', '', '', '']),
    ...['2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息'].map(zeroRow),
    r(['(六)其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '', '', '', '', '', '', '']),
    ...['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他'].map(zeroRow),
    r(['(七)总计', '2', '', '', '', '', '', '2']),
    zeroRow('四、结转下年度继续办理'),
    '四、政府信息公开行政复议、行政诉讼情况',
    r(['行政复议', '行政诉讼']),
    r(['未经复议直接起诉', '复议后起诉']),
    r(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正',
      '其他结果', '尚未审结', '总计']),
    r(['1', '', '', '', '1', '', '', '', '', '', '', '', '', '', '']),
    '五、存在的主要问题及改进情况',
    '公开内容还需丰富。',
  ].join('\n');
}

describe('annual report tables printed one row per line, with blank cells', () => {
  for (const layout of ['bars', 'tabs', 'html'] as const) {
    it(`reads blank cells as 0 and keeps them empty in raw (${layout})`, async () => {
      const { items, diagnostics } = await runParser(annualReportParser, report(layout));
      expect(items).toHaveLength(1);
      const stats = AnnualReportStats.parse(items[0]!.document!.stats);
      expect(stats.format).toBe('2021');
      expect(stats.year).toBe(2022);
      expect(stats.proactive.normative_documents).toMatchObject({ raw: ['2', '', '7'], values: { issued: 2, repealed: 0, in_force: 7 } });
      expect(stats.proactive.rules!.values).toEqual({ issued: 0, repealed: 0, in_force: 0 });
      expect(stats.proactive.licensing!.values).toEqual({ decisions: 15 });
      expect(Object.keys(stats.requests)).toHaveLength(25);
      expect(stats.requests.r7).toMatchObject({
        raw: ['2', '', '', '', '', '', '2'],
        values: { natural: 2, commercial: 0, research: 0, public_welfare: 0, legal_service: 0, other: 0, total: 2 },
      });
      expect(stats.requests['r4.1']!.values.total).toBe(1);
      expect(stats.review!.values!.reconsideration).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 });
      // The numbers add up, so the consistency rules find nothing.
      expect(diagnostics).toEqual([]);
    });
  }

  it('still reports a row whose values are missing rather than blank', async () => {
    const text = report('bars').replace('| (七)总计 | 2 |  |  |  |  |  | 2 |', '| (七)总计 | 2 | 2 |');
    const { items, diagnostics } = await runParser(annualReportParser, text);
    const stats = AnnualReportStats.parse(items[0]!.document!.stats);
    expect(stats.requests.r7!.raw).toEqual(['2', '2']);
    expect(stats.requests.r7!.values.total).toBeNull();
    expect(diagnostics.map((d) => d.ruleId)).toContain('report/column-count');
  });

  it('reads a §三 row whose label wraps onto the line of its values (a PDF copy)', async () => {
    const text = report('bars').replace(
      '| (二)部分公开(区分处理的,只计这一情形,不计其他情形) |  |  |  |  |  |  |  |',
      '(二)部分公开(区分处理的,只计这一情形,不计\n其他情形) 1 0 0 0 0 0 1',
    );
    const { items } = await runParser(annualReportParser, text);
    const stats = AnnualReportStats.parse(items[0]!.document!.stats);
    expect(stats.requests.r2!.raw).toEqual(['1', '0', '0', '0', '0', '0', '1']);
    expect(stats.requests['r3.1']!.values.total).toBe(0);
  });

  it('puts a §二 header label broken over lines back together', async () => {
    const text = [
      '某镇2020年政府信息公开工作年度报告', '二、主动公开政府信息情况', '第二十条第(一)项', '', '信息内容', '', '本年新制作数量', '', '本年新', '',
      '公开数量', '', '对外公开', '', '总数量', '', '规章', '', '0', '', '1', '', '3',
    ].join('\n');
    const { items } = await runParser(annualReportParser, text);
    const stats = AnnualReportStats.parse(items[0]!.document!.stats);
    expect(stats.format).toBe('2019');
    expect(stats.proactive.rules!.values).toEqual({ made: 0, published: 1, total_published: 3 });
  });
});

describe('annual reports without their tables', () => {
  const prose = [
    '当前位置:首页 > 政府信息公开 > 年度报告',
    '某镇人民政府2021年政府信息公开工作年度报告',
    '发布时间: 2022-01-20 09:30',
    '一、总体情况',
    '2021年,我镇认真做好政府信息公开工作。',
    '(一)主动公开。全年主动公开信息85条。',
    '(二)依申请公开。全年未收到申请。',
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
  ].join('\n');

  it('is one document with its title, date, publisher, year and prose sections, and says the tables are missing', async () => {
    expect(annualReportParser.detect(sourceFile(prose))).toBeGreaterThanOrEqual(0.9);
    const { items, diagnostics } = await runParser(annualReportParser, prose);
    expect(items).toHaveLength(1);
    const item = items[0]!;
    expect([item.fields.name, item.fields.publishedAt, item.fields.publisher, item.place]).toEqual([
      '某镇人民政府2021年政府信息公开工作年度报告', '2022-01-20', '某镇人民政府', 'L2-L9',
    ]);
    expect(AnnualReportStats.parse(item.document!.stats)).toMatchObject({ year: 2021, yearSource: 'title', proactive: {}, requests: {} });
    expect(item.document!.sections!.map((s) => `${s.number}${s.heading}`)).toEqual([
      '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
    ]);
    expect(item.document!.sections![0]!.children.map((c) => c.number)).toEqual(['(一)', '(二)']);
    // The page head above the title is not part of the document.
    expect(item.document!.body).not.toContain('当前位置');
    expect(diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['report/no-tables', 'info']]);
  });

  it('takes date and publisher from the signature closing the report when the page prints no meta line', async () => {
    const signed = ['2021年政府信息公开工作年度报告', '一、总体情况', '2021年,本局依法公开政府信息。', '六、其他需要报告的事项', '无。', '某县某局', '二〇二二年一月二十日'].join('\n');
    const { items } = await runParser(annualReportParser, signed);
    expect(items.map((i) => [i.fields.publishedAt, i.fields.publisher])).toEqual([['2022-01-20', '某县某局']]);
  });

  it('recognises an excerpt by the format\'s section titles, also when a hacked copy replaced their subject', () => {
    const excerpt = ['一、总体情况', '本乡依法公开信息。', '二、主动公开政府信息情况', '三、收到和处理某某某某申请情况'].join('\n');
    expect(annualReportParser.detect(sourceFile(excerpt))).toBeGreaterThanOrEqual(0.5);
  });

  it('recognises an older report by the statistics period it states', async () => {
    const older = [
      '本报告由某市政府信息公开办公室编制。本报告中所列数据的统计期限自2012年1月1日起至2012年12月31日止。',
      '一、概述', '2012年,全市政府信息公开工作稳步推进。',
    ].join('\n');
    expect(annualReportParser.detect(sourceFile(older))).toBeGreaterThanOrEqual(0.5);
    const { items } = await runParser(annualReportParser, older);
    expect(AnnualReportStats.parse(items[0]!.document!.stats)).toMatchObject({ year: 2012, yearSource: 'text' });
  });

  it('recognises a report opening with 概述 on the year reported, but not a catalogue opening with 概述', () => {
    const report = ['一、概述', '公开透明是法治政府的要求。2009年,本市深化政府信息公开,政府信息公开工作取得新进展。'].join('\n');
    expect(annualReportParser.detect(sourceFile(report))).toBeGreaterThanOrEqual(0.5);
    const catalogue = ['一、概述', '为贯彻落实《政府信息公开条例》,提高政府信息公开水平,特制定本目录。', '(一)公开事项和内容'].join('\n');
    expect(annualReportParser.detect(sourceFile(catalogue))).toBeLessThan(0.5);
  });

  it('names a blank statistics form after its title', async () => {
    const form = ['附件3', '某市政府信息公开情况统计报表', '指标名称', '| 计量单位', '| 代码', '主动公开信息数', '| 条', '| 01', '|', '|'].join('\n');
    expect(annualReportParser.detect(sourceFile(form))).toBeGreaterThanOrEqual(0.5);
    const { items } = await runParser(annualReportParser, form);
    expect(items.map((i) => i.fields.name)).toEqual(['某市政府信息公开情况统计报表']);
  });
});

describe('annual report detection does not take other pages', () => {
  it('not a notice about the report format, though it quotes the section titles', () => {
    const notice = [
      '关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知', '各单位:', '现将年度报告格式印发给你们。',
      '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
    ].join('\n');
    expect(annualReportParser.detect(sourceFile(notice))).toBe(0);
  });

  it('not a catalogue whose rows name the annual report', () => {
    const catalogue = [
      '某局政府信息主动公开目录', '序号 | 信息名称 | 公开时限', '1 | 政府信息公开指南 | 20个工作日内',
      '2 | 政府信息公开工作年度报告 | 每年1月31日前', '政府信息公开工作年度报告',
    ].join('\n');
    expect(annualReportParser.detect(sourceFile(catalogue))).toBeLessThan(0.5);
  });
});

describe('an annual report as an HTML page', () => {
  it('reads its tables, empty cells as 0, through the whole pipeline', async () => {
    const bytes = readFileSync(fileURLToPath(new URL('./fixtures/annual-report/html-2021/input.html', import.meta.url)));
    const { items, diagnostics, record } = await ingestFile('report.html', bytes);
    expect(record.parsers).toEqual(['annual-report']);
    expect(items.map((i) => [i.kind, i.name, i.publishedAt, i.publisher])).toEqual([
      ['document', '某县某局2022年政府信息公开工作年度报告', '2023-01-20', '某县某局'],
    ]);
    const stats = AnnualReportStats.parse(items[0]!.stats);
    expect(stats.requests.r7!.values).toEqual({ natural: 2, commercial: 0, research: 0, public_welfare: 0, legal_service: 0, other: 0, total: 2 });
    expect(stats.proactive.normative_documents!.values).toEqual({ issued: 2, repealed: 0, in_force: 7 });
    expect(stats.review!.values!.reconsideration.total).toBe(1);
    expect(diagnostics.filter((d) => d.ruleId.startsWith('report/'))).toEqual([]);
  });
});
