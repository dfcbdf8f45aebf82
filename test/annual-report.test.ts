import { describe, expect, it } from 'vitest';
import { annualReportParser } from '../parsers/annual-report/index.js';
import { findTitle } from '../parsers/annual-report/report-facts.js';
import { readValue } from '../parsers/annual-report/read-values.js';
import { isValueCell } from '../parsers/annual-report/skeleton.js';
import { AnnualReportStats, REQUEST_ROWS_2021 } from '../schemas/annual-report.js';
import { readRepoFile, runParser, SEEDS, sourceFile, toSimplified } from './helpers/run-parser.js';

const seed = readRepoFile(SEEDS.yiyangReport);
const constructed = readRepoFile('test/fixtures/annual-report/constructed-2019/input.txt');

describe('annual report parser on seed 003 (益阳 2021, national format)', async () => {
  const { items, diagnostics } = await runParser(annualReportParser, seed);
  const item = items[0]!;
  const stats = AnnualReportStats.parse(item.document!.stats);

  it('matches the golden output (read line by line)', () => {
    expect(items).toEqual(JSON.parse(readRepoFile('test/fixtures/annual-report/003/items.json')));
    expect(diagnostics).toEqual(JSON.parse(readRepoFile('test/fixtures/annual-report/003/diagnostics.json')));
  });

  it('is one document for the 2021 format and the year 2021 read from the prose', () => {
    expect(items).toHaveLength(1);
    expect(item.kind).toBe('document');
    expect(item.place).toBe('L1-L330');
    expect([stats.format, stats.year, stats.yearSource]).toEqual(['2021', 2021, 'text']);
  });

  it('reads the four §二 tables', () => {
    expect(Object.fromEntries(Object.entries(stats.proactive).map(([k, row]) => [k, row.values]))).toEqual({
      rules: { issued: 0, repealed: 0, in_force: 0 },
      normative_documents: { issued: 1, repealed: 0, in_force: 16 },
      licensing: { decisions: 4 },
      punishment: { decisions: 3 },
      coercion: { decisions: 0 },
      fees: { amount: 8.97723 },
    });
    expect(stats.proactive.fees!.place).toBe('L44-L45');
  });

  it('reads all 25 §三 rows × 7 columns', () => {
    expect(Object.keys(stats.requests)).toEqual([...REQUEST_ROWS_2021]);
    const one = { natural: 1, commercial: 0, research: 0, public_welfare: 0, legal_service: 0, other: 0, total: 1 };
    const nonZero = Object.entries(stats.requests).filter(([, row]) => Object.values(row.values).some((v) => v !== 0));
    expect(nonZero.map(([key, row]) => [key, row.values])).toEqual([['new', one], ['r1', one], ['r7', one]]);
    expect(stats.requests.r2!.place).toBe('L88-L95');
    expect(stats.requests.carried_out!.place).toBe('L281-L288');
  });

  it('keeps the short §四 row raw instead of shifting it into columns', () => {
    expect(stats.review).toEqual({
      raw: [',1', '0', '0', '1', '1', '0', '0', '0', '1', '2', '0', '0', '0', '2'],
      place: 'L312-L325',
    });
  });

  it('reports the column count, the damaged cell and the prose/table mismatch, and nothing else', () => {
    expect(diagnostics.map((d) => [d.ruleId, d.severity, d.place, d.actual])).toEqual([
      ['report/column-count', 'warning', 'L312-L325', ',1 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 1 | 2 | 0 | 0 | 0 | 2'],
      ['report/r8-values', 'warning', 'L312-L325', ',1'],
      ['report/prose-count', 'info', 'L4', '1'],
      ['report/title-missing', 'info', 'L1', undefined],
    ]);
    expect(stats.proseApplications).toBe(6);
    expect(item.flags).toEqual(['report/column-count', 'report/prose-count', 'report/r8-values', 'report/title-missing']);
  });

  it('keeps the prose sections as a tree, without the table cells', () => {
    const sections = item.document!.sections!;
    expect(sections.map((s) => `${s.number}${s.heading}`)).toEqual([
      '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况', '六、其他需要报告的事项',
    ]);
    expect(sections[0]!.children.map((c) => c.number)).toEqual(['(一)', '(二)', '(三)']);
    expect(sections.slice(1, 4).every((s) => s.text === '' && s.children.length === 0)).toBe(true);
  });

  it('names the report from its year when the page has no title', () => {
    expect(item.fields.name).toBe('2021年政府信息公开工作年度报告');
  });
});

describe('annual report parser on the constructed 2019-format fixture', async () => {
  const { items, diagnostics } = await runParser(annualReportParser, constructed);
  const stats = AnnualReportStats.parse(items[0]!.document!.stats);

  it('matches the golden output (read line by line)', () => {
    expect(items).toEqual(JSON.parse(readRepoFile('test/fixtures/annual-report/constructed-2019/items.json')));
    expect(diagnostics).toEqual(JSON.parse(readRepoFile('test/fixtures/annual-report/constructed-2019/diagnostics.json')));
  });

  it('detects the 2019 format from its headers and reads its columns', () => {
    expect([stats.format, stats.year, stats.yearSource]).toEqual(['2019', 2019, 'title']);
    expect(items[0]!.fields.name).toBe('某市某局2019年政府信息公开工作年度报告');
    expect(items[0]!.fields.publisher).toBe('某市某局');
    expect(stats.proactive.normative_documents!.values).toEqual({ made: 2, published: 2, total_published: 15 });
    expect(stats.proactive.licensing!.values).toEqual({ previous_year: 5, change: -1, decisions: 120 });
    expect(stats.proactive.procurement!.values).toEqual({ procurement_items: 4, procurement_amount: 36.5 });
  });

  it('reads one (六)其他处理 row instead of three sub-rows', () => {
    expect(Object.keys(stats.requests)).toHaveLength(23);
    expect(stats.requests.r6).toBeDefined();
    expect(stats.requests['r6.1']).toBeUndefined();
  });

  it('finds the deliberate R5 error and no other', () => {
    expect(diagnostics.map((d) => [d.ruleId, d.actual, d.expected])).toEqual([['report/r5-review-total', '2', '1']]);
  });
});

describe('annual report parser robustness', () => {
  it('reports a missing row and a short §三 row without guessing', async () => {
    const broken = seed
      .replace('(一)予以公开 |\n1 |\n0 |\n0 |\n0 |\n0 |\n0 |\n1 |', '(一)予以公开 |\n1 |\n0 |\n1 |')
      .replace('2.重复申请 |', '2.重复 |');
    const { items, diagnostics } = await runParser(annualReportParser, broken);
    const stats = AnnualReportStats.parse(items[0]!.document!.stats);
    expect(stats.requests.r1).toEqual({
      raw: ['1', '0', '1'],
      place: 'L79-L82',
      values: { natural: null, commercial: null, research: null, public_welfare: null, legal_service: null, other: null, total: null },
    });
    expect(stats.requests['r5.2']).toBeUndefined();
    expect(diagnostics.map((d) => d.ruleId)).toContain('report/row-missing');
    expect(diagnostics.filter((d) => d.ruleId === 'report/column-count').map((d) => d.place)).toContain('L79-L82');
  });

  it('reads §三 rows printed one per line with spaces instead of pipes', async () => {
    const lines = seed.split('\n');
    const respaced: string[] = [];
    lines.forEach((line, i) => {
      const cell = line.replace(/\|/g, '').trim();
      // §三 is L47-L288: each row becomes `label v1 v2 … v7` on the label's line; the value lines are left empty.
      if (i + 1 < 47 || i + 1 > 288) respaced.push(line);
      else if (/^\d+$/.test(cell) && respaced.length) {
        respaced[respaced.length - 1 - countEmptyTail(respaced)] += ` ${cell}`;
        respaced.push('');
      } else respaced.push(cell);
    });
    const original = AnnualReportStats.parse((await runParser(annualReportParser, seed)).items[0]!.document!.stats);
    const { items, diagnostics } = await runParser(annualReportParser, respaced.join('\n'));
    const stats = AnnualReportStats.parse(items[0]!.document!.stats);
    const valuesOf = (s: typeof stats) => Object.fromEntries(Object.entries(s.requests).map(([k, r]) => [k, r.values]));
    expect(valuesOf(stats)).toEqual(valuesOf(original));
    expect(stats.requests.new!.place).toBe('L60');
    expect(diagnostics.map((d) => d.ruleId)).not.toContain('report/columns-missing');
  });

  it('reads §二 rows under the format\'s columns when the headers were not printed, and says so', async () => {
    // The four header lines become empty lines, so places stay those of the seed.
    const headless = seed.replace('信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |', '\n\n\n');
    const { items, diagnostics } = await runParser(annualReportParser, headless);
    const stats = AnnualReportStats.parse(items[0]!.document!.stats);
    expect(stats.proactive.normative_documents!.values).toEqual({ issued: 1, repealed: 0, in_force: 16 });
    expect(diagnostics.filter((d) => d.ruleId === 'report/columns-missing').map((d) => [d.place, d.expected])).toEqual([
      ['L12', 'issued, repealed, in_force'],
      ['L16', 'issued, repealed, in_force'],
    ]);
  });

  it('returns nothing and says so for a file that is no report', async () => {
    const { items, diagnostics } = await runParser(annualReportParser, '一段文字。\n');
    expect(items).toEqual([]);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['report/not-a-report']);
  });
});

describe('annual report detection', () => {
  it('is sure of seed 003 and the 2019 fixture, low on the other seeds', () => {
    expect(annualReportParser.detect(sourceFile(seed))).toBeGreaterThanOrEqual(0.9);
    expect(annualReportParser.detect(sourceFile(constructed))).toBeGreaterThanOrEqual(0.9);
    for (const path of [SEEDS.heshan, SEEDS.hengyang, SEEDS.zhongwei]) {
      expect(annualReportParser.detect(sourceFile(readRepoFile(path))), path).toBeLessThan(0.3);
    }
    expect(annualReportParser.detect(sourceFile(toSimplified(readRepoFile(SEEDS.mohrssNotice))))).toBeLessThan(0.3);
  });
});

function countEmptyTail(lines: string[]): number {
  let n = 0;
  while (n < lines.length && lines[lines.length - 1 - n] === '') n++;
  return n;
}

describe('report title and values', () => {
  it('finds the title wherever the year sits, but not in a breadcrumb', () => {
    expect(findTitle(['当前位置:首页 > 某局2020年政府信息公开工作年度报告', '某局政府信息公开工作2020年度报告'])).toEqual({
      title: '某局政府信息公开工作2020年度报告', year: 2020, issuer: '某局', line: 1,
    });
    expect(findTitle(['2022年某县人民政府政务公开工作年度报告'])).toEqual({ title: '2022年某县人民政府政务公开工作年度报告', year: 2022, line: 0 });
    expect(findTitle(['页面', '政府信息公开工作年度报告'])).toBeUndefined();
  });

  it('takes a title without a year as the first text line, or as a statistics form title', () => {
    expect(findTitle(['', '政府信息公开年度工作报告范文', '正文'])).toEqual({ title: '政府信息公开年度工作报告范文', line: 1 });
    expect(findTitle(['附件3', '某市政府信息公开情况统计报表'])).toEqual({ title: '某市政府信息公开情况统计报表', line: 1 });
  });

  it('does not take a notice title about the report, or a quoted report title, for the title', () => {
    expect(findTitle(['关于做好2021年政府信息公开工作年度报告'])).toBeUndefined();
    expect(findTitle(['印发《2021年政府信息公开工作年度报告》'])).toBeUndefined();
    expect(findTitle(['政府信息公开工作年度报告格式'])).toBeUndefined();
  });

  it('reads counts, amounts with thousands separators and signed changes; rejects damage', () => {
    expect(readValue('1,234', 'count')).toBe(1234);
    expect(readValue('12,345.6', 'decimal')).toBe(12345.6);
    expect(readValue('+1', 'signed')).toBe(1);
    expect(readValue('−2', 'signed')).toBe(-2);
    expect(readValue('１２', 'count')).toBe(12);
    expect(readValue('８．９７', 'decimal')).toBe(8.97);
    expect(isValueCell('１２')).toBe(true);
    expect(readValue(',1', 'count')).toBeNull();
    expect(readValue('1.5', 'count')).toBeNull();
    expect(readValue('-1', 'count')).toBeNull();
  });
});
