import { describe, expect, it } from 'vitest';
import type { CatalogItem, TimeClause } from '../../schemas/catalog-item.js';
import { runChecks } from '../../src/checks/run.js';
import { CHECK_RULES } from '../../src/checks/registry.js';
import { baseItem } from '../helpers/items.js';

/** Runs every rule at its default severity over these items and returns `ruleId place` lines. */
async function findings(items: ReadonlyArray<CatalogItem | object>): Promise<string[]> {
  const severities = new Map(CHECK_RULES.map((r) => [r.id, r.defaultSeverity] as const));
  const diagnostics = await runChecks(items.map((value, i) => ({ line: i + 1, value })), severities);
  return diagnostics.map((d) => `${d.ruleId} ${d.place}`);
}

/** The base item at another place, with its own id and name so that items do not duplicate each other. */
function at(place: string, overrides: Partial<CatalogItem>): CatalogItem {
  const item = baseItem({ name: `事项${place}`, ...overrides });
  return { ...item, id: `id-${place}`, source: { ...item.source, place } };
}

const limit = (text: string, clause: Omit<TimeClause, 'text'>): CatalogItem['timeLimit'] => ({ text, clauses: [{ text, ...clause }] });
const wd = (amount: number, extra: Partial<TimeClause> = {}) => ({ kind: 'after_event' as const, amount, unit: 'working_day' as const, ...extra });

describe('check rules', () => {
  it('the base item is clean', async () => {
    expect(await findings([baseItem()])).toEqual([]);
  });

  it('check/schema reports invalid lines at their source place, or at the dataset line', async () => {
    const { name: _name, ...noName } = baseItem();
    expect(await findings([noName, { hello: 'world' }])).toEqual(['check/schema L5', 'check/schema L2']);
  });

  it.each([
    ['365体育官网 in a title', '《人力资源社会保障部365体育官网深化政务公开的意见》', true],
    ['an SEO keyword run', '国产视频999_992tv在线成人免费观看_午夜福利', true],
    ['a gambling brand', '澳门赌场机关信息公开管理办法', true],
    ['体育局 and 社会福利 are not spam', '市体育局关于社会福利彩票公益金使用情况的公告', false],
    ['视频会议 is not spam', '召开视频会议部署工作', false],
  ])('check/residual-spam: %s', async (_label, content, flagged) => {
    expect(await findings([at('L3', { content })])).toEqual(flagged ? ['check/residual-spam L3'] : []);
  });

  it('check/residual-traditional flags Traditional-only characters', async () => {
    expect(await findings([at('L3', { content: '就業和社會保險領域' }), at('L4', { content: '就业和社会保险领域' })])).toEqual([
      'check/residual-traditional L3',
    ]);
  });

  it('check/mojibake flags UTF-8 read as GBK, replacement characters and lost characters', async () => {
    const misread = new TextDecoder('gbk').decode(new TextEncoder().encode('设为首页 加入收藏'));
    expect(misread).toBe('璁句负棣栭〉 鍔犲叆鏀惰棌');
    expect(
      await findings([
        at('L3', { content: misread }),
        at('L4', { content: '信息公开\uFFFD目录' }),
        at('L5', { content: '??|??' }),
        at('L6', { content: '公开内容正常' }),
      ]),
    ).toEqual(['check/mojibake L3', 'check/mojibake L4', 'check/mojibake L5']);
  });

  it('check/required-fields and check/empty-content', async () => {
    expect(
      await findings([
        at('L3', { responsible: [], basisText: '', basis: [] }),
        at('L7', { category: [] }), // seed 000 has no category column: not required
        at('L4', { content: ' ' }),
        at('L5', { kind: 'document', name: '年度报告', category: [], basisText: '', basis: [], responsible: [], timeLimit: { text: '', clauses: [] }, body: '正文' }),
        at('L6', { kind: 'document', name: '空文件', content: '', body: '' }),
      ]),
    ).toEqual(['check/required-fields L3', 'check/empty-content L4', 'check/empty-content L6']);
  });

  it('check/duplicate-item reports the second copy, by identity or by id', async () => {
    const first = at('L3', { name: '机构职能' });
    const sameIdentity = at('L9', { name: '机构职能' });
    const sameId = { ...at('L10', { name: '另一事项' }), id: first.id };
    expect(await findings([first, sameIdentity, sameId])).toEqual(['check/duplicate-item L9', 'check/duplicate-item L10']);
  });

  it('check/duplicate-item: items without a name are each a missing name, not copies of each other', async () => {
    const unnamed = ['L3', 'L4', 'L5'].map((place) => at(place, { name: '  ' }));
    expect(await findings(unnamed)).toEqual(['check/required-fields L3', 'check/required-fields L4', 'check/required-fields L5']);
  });

  it('check/time-limit-unparsed: unknown clauses, unsplit text and amounts without a unit', async () => {
    expect(
      await findings([
        at('L3', { timeLimit: limit('按规定', { kind: 'unknown' }) }),
        at('L4', { timeLimit: { text: '随时', clauses: [] } }),
        at('L5', { timeLimit: limit('本级人民代表大会或其常务委员会批准后20内', { kind: 'after_event', amount: 20, unit: 'unknown' }) }),
      ]),
    ).toEqual(['check/time-limit-unparsed L3', 'check/time-limit-unparsed L4', 'check/time-limit-unparsed L5']);
  });

  it('check/basis-unparsed: text without citations, or fewer citations than titles', async () => {
    const two = '《中华人民共和国政府信息公开条例》《中华人民共和国社会保险法》';
    const one = [{ title: '中华人民共和国政府信息公开条例', articles: [] }];
    expect(
      await findings([
        at('L3', { basisText: '国务院有关规定', basis: [] }),
        at('L4', { basisText: two, basis: one }),
        at('L5', { basisText: '《中华人民共和国政府信息公开条例》第二十条、《中华人民共和国政府信息公开条例》第二十一条', basis: one }),
      ]),
    ).toEqual(['check/basis-unparsed L3', 'check/basis-unparsed L4']);
  });

  const budgetLaw = [{ title: '中华人民共和国预算法', articles: ['第十四条'] }];
  it.each([
    ['20 working days', limit('20个工作日内', wd(20)), {}, false],
    ['30 working days under 条例 only', limit('30个工作日内', wd(30)), {}, true],
    ['30 working days citing 预算法', limit('30个工作日内', wd(30)), { basis: budgetLaw, basisText: '《中华人民共和国预算法》' }, false],
    ['30 working days quoted in 条款内容', limit('30个工作日内', wd(30)), { clauses: '……应当自作出决定之日起30个工作日内公开' }, false],
    ['20 calendar days', limit('批准后20日内', { kind: 'after_event', amount: 20, unit: 'day' }), {}, false],
    ['30 calendar days', limit('30日内', { kind: 'after_event', amount: 30, unit: 'day' }), {}, true],
    ['20 + 20 for requests (第三十三条)', limit('收到申请之日起20个工作日内', wd(20, { trigger: 'request_received', maxExtension: { amount: 20, unit: 'working_day' } })), {}, false],
    ['20 + 20 for proactive disclosure', limit('20个工作日，可延长20个工作日', wd(20, { maxExtension: { amount: 20, unit: 'working_day' } })), {}, true],
    ['an annual date is not a span', limit('每年1月31日前', { kind: 'annual_date', deadline: { month: 1, day: 31, inclusive: true } }), {}, false],
  ])('check/time-limit-over-legal: %s', async (_label, timeLimit, overrides, flagged) => {
    expect(await findings([at('L3', { timeLimit, ...overrides })])).toEqual(flagged ? ['check/time-limit-over-legal L3'] : []);
  });

  it('check/declared-count-mismatch compares a notice with the catalogue rows of its domain', async () => {
    const notice = at('L20', {
      kind: 'document', name: '通知', body: '正文', basisText: '', basis: [], responsible: [], timeLimit: { text: '', clauses: [] },
      stats: { declaredCounts: [{ domain: '就业', level1: 2, level2: 3 }, { domain: '社会保险', level1: 9, level2: 78 }] },
    });
    const row = (place: string, level1: string, name: string) => {
      const item = at(place, { category: [level1], name });
      return { ...item, source: { ...item.source, file: 'in/就业领域基层政务公开标准目录.xlsx' } };
    };
    const rows = [row('S!A5', '就业信息服务', '就业政策法规咨询'), row('S!A6', '就业信息服务', '岗位信息发布'), row('S!A7', '创业服务', '创业担保贷款申请')];
    // 2/3 as declared: clean. No 社会保险 rows ingested: nothing to compare.
    expect(await findings([notice, ...rows])).toEqual([]);
    expect(await findings([notice, ...rows.slice(0, 2)])).toEqual(['check/declared-count-mismatch L20']);
  });

  it('check/declared-count-mismatch counts the rows of the notice\'s own attachments when they carry it as context', async () => {
    const notice = at('L20', {
      kind: 'document', name: '通知', body: '正文', basisText: '', basis: [], responsible: [], timeLimit: { text: '', clauses: [] },
      stats: { declaredCounts: [{ domain: '就业', level1: 1, level2: 2 }] },
    });
    const context = { notice: { id: notice.id, title: '通知', file: notice.source.file, attachment: '附件1.xlsx' } };
    // The attachment's file name does not name the domain: with one declared domain, all its rows count.
    const row = (place: string, level1: string, name: string, linked = true) => {
      const item = at(place, { category: [level1], name, ...(linked ? { context } : {}) });
      return { ...item, source: { ...item.source, file: 'in/P0201.xlsx' } };
    };
    const rows = [row('S!A5', '就业信息服务', '就业政策法规咨询'), row('S!A6', '就业信息服务', '岗位信息发布')];
    expect(await findings([notice, ...rows])).toEqual([]);
    expect(await findings([notice, ...rows, row('S!A7', '创业服务', '创业担保贷款申请')])).toEqual(['check/declared-count-mismatch L20']);
    // A 就业 catalogue the notice did not attach is not counted for it.
    const other = { ...row('S!A8', '创业服务', '创业补贴申领', false), source: { ...rows[0]!.source, file: 'in/就业目录.xlsx', place: 'S!A8' } };
    expect(await findings([notice, ...rows, other])).toEqual([]);
  });
});
