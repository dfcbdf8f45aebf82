import { describe, expect, it } from 'vitest';
import { autoStandardSelector } from '../src/coverage/auto-standard.js';
import { coverage, coverageOfRows, formatCoverageText, matchNames, normalizeName, parseSelector, prepareName, readCoverageRows } from '../src/coverage/index.js';

const DATASET = 'test/fixtures/datasets/report-basic';

describe('normalizeName', () => {
  it.each([
    ['1.1 就业政策法规咨询', '就业政策法规咨询'],
    ['1.就业信息服务', '就业信息服务'],
    ['（三）社会保险登记', '社会保险登记'],
    ['二、养老保险服务', '养老保险服务'],
    ['工傷認定申請', '工伤认定申请'],
    ['对就业困难人员(含建档立卡贫困劳动力)实施就业援助', '对就业困难人员实施就业援助'],
    ['挂失与解挂', '挂失解挂'],
    ['机 关 事业 单 位社会保险登记', '机关事业单位社会保险登记'],
    ['《就业创业证》申领', '就业创业证申领'],
    // A leading Chinese numeral without a separator is part of the name.
    ['一次性工伤医疗补助金申请', '一次性工伤医疗补助金申请'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeName(raw)).toBe(expected);
  });
});

describe('matchNames', () => {
  const m = (a: string, b: string) => matchNames(prepareName(a), prepareName(b));
  it('explains each method', () => {
    expect(m('岗位信息发布', '岗位信息发布')).toEqual({ method: 'exact', explain: 'exact' });
    expect(m('就业政策法规咨询', '1.1 就业政策法规咨询')).toEqual({
      method: 'normalized',
      explain: 'normalized: 「1.1 就业政策法规咨询」=「就业政策法规咨询」',
    });
    expect(m('社会保障卡申领', '社保卡申领')).toEqual({ method: 'synonym', explain: 'synonym: 社保卡≈社会保障卡' });
    expect(m('失业保险金申领', '失业保险金申领服务')).toEqual({
      method: 'contains',
      explain: 'contains: 「失业保险金申领」⊂「失业保险金申领服务」',
    });
  });
  it('does not trust short substrings or unrelated names', () => {
    expect(m('登记', '社会保险登记')).toBeUndefined();
    expect(m('岗位信息发布', '求职信息登记')).toBeUndefined();
    // 人社 is deliberately not a synonym: it occurs inside 个人社会保险.
    expect(normalizeName('个人社会保险缴费')).toBe('个人社会保险缴费');
    expect(prepareName('个人社会保险缴费').canonical).toBe('个人社会保险缴费');
  });
});

describe('parseSelector', () => {
  const row = { parser: 'xlsx', file: '标准目录/就业.xlsx', publisher: '人社部', format: 'xlsx', category: '就业信息服务' };
  it('ANDs terms, supports globs and alternatives', () => {
    expect(parseSelector('parser=xlsx').matches(row)).toBe(true);
    expect(parseSelector('parser=xlsx,file=*标准目录*').matches(row)).toBe(true);
    expect(parseSelector('parser=xlsx,publisher=别处').matches(row)).toBe(false);
    expect(parseSelector('file=a.xlsx|标准目录/就业.xlsx').matches(row)).toBe(true);
    expect(parseSelector('file=标准目录/就业.xls').matches(row)).toBe(false);
  });
  it('rejects unknown keys with a usage hint', () => {
    expect(() => parseSelector('kind=item')).toThrow(/key one of parser, file, publisher, format, category/);
    expect(() => parseSelector(' , ')).toThrow(/empty selector/);
  });
});

describe('coverage of the report-basic fixture (worked by hand)', () => {
  it('folds 三级 rows into their 二级 and splits publishers', async () => {
    const result = await coverage(DATASET, { standard: 'parser=xlsx' });
    expect(result.standardRows).toBe(8);
    expect(result.units.map((u) => u.name)).toEqual([
      '就业政策法规咨询',
      '岗位信息发布',
      '求职信息登记',
      '社会保障卡申领',
      '挂失与解挂',
      '失业保险金申领',
      '工伤认定申请',
    ]);
    expect(result.publishers.map((p) => p.publisher)).toEqual(['local/b.txt', '某县人力资源和社会保障局']);
  });

  it('covers, lacks and adds what the fixture was built for', async () => {
    const result = await coverage(DATASET, { standard: 'parser=xlsx' });
    const [b, a] = result.publishers;
    expect([a.standard, a.covered.length, a.lacking.length, a.added.length, a.ratio, a.localItems]).toEqual([7, 5, 2, 2, 0.7143, 8]);
    expect(a.covered.map((c) => [c.name, c.local.name, c.method])).toEqual([
      ['就业政策法规咨询', '1.1 就业政策法规咨询', 'normalized'],
      ['岗位信息发布', '岗位信息发布', 'exact'],
      ['社会保障卡申领', '社保卡申领', 'synonym'],
      ['失业保险金申领', '失业保险金申领服务', 'contains'],
      ['工伤认定申请', '工傷認定申請', 'normalized'],
    ]);
    // 社保卡申领进度查询 also matches 社会保障卡申领 (contains), so it is neither the match nor "added".
    expect(a.covered[2].alsoMatched).toBe(1);
    expect(a.lacking.map((l) => l.name)).toEqual(['求职信息登记', '挂失与解挂']);
    expect(a.added.map((l) => l.name)).toEqual(['政府信息公开工作年度报告', '部门预算决算']);
    expect(a.byLevel1).toEqual([
      { level1: '就业信息服务', total: 3, covered: 2 },
      { level1: '社会保障卡服务', total: 2, covered: 1 },
      { level1: '失业保险服务', total: 1, covered: 1 },
      { level1: '工伤保险服务', total: 1, covered: 1 },
    ]);

    expect([b.covered.length, b.lacking.length, b.added.length, b.ratio]).toEqual([2, 5, 2, 0.2857]);
    expect(b.covered.map((c) => [c.name, c.method])).toEqual([
      ['求职信息登记', 'exact'],
      ['挂失与解挂', 'contains'],
    ]);
  });

  it('prints the same numbers as text', async () => {
    const text = formatCoverageText(await coverage(DATASET, { standard: 'parser=xlsx' }));
    expect(text).toContain('某县人力资源和社会保障局: covered 5/7 (71.4%), lacking 2, added 2; 8 local items in local/a.html');
    expect(text).toContain('local/b.txt: covered 2/7 (28.6%), lacking 5, added 2');
    expect(text).toContain('社会保障卡服务 / 社会保障卡申领 ← 社保卡申领 [local/a.html table 1 row 4] synonym: 社保卡≈社会保障卡 (+1 more)');
  });

  it('guesses the flagged spreadsheet as the standard when none is given', async () => {
    const rows = await readCoverageRows(DATASET);
    expect(autoStandardSelector(rows)).toBe('file=标准目录/就业社保标准目录.xlsx');
    const guessed = coverageOfRows(rows)!;
    expect(guessed.auto).toBe(true);
    expect(guessed.publishers.map((p) => p.covered.length)).toEqual([2, 5]);
  });
});
