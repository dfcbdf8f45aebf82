/** What the foundation promises about the two catalogue seeds, stated field by field. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFile, type CatalogItem } from '../src/index.js';

const read = async (name: string) => (await ingestFile(`samples/${name}`, readFileSync(join(import.meta.dirname, '../samples', name)))).items;
const byName = (items: CatalogItem[], name: string) => items.find((i) => i.name === name)!;

describe('seed 000 (赫山, pipe table with broken rows)', async () => {
  const items = await read('000_009c419fc4f033b9.txt');
  it('has 9 items, each with all seven columns read', () => {
    expect(items).toHaveLength(9);
    for (const item of items) {
      expect(item.content && item.basisText && item.clauses).toBeTruthy();
      expect(item.channels).toEqual(['政府网站']);
      expect(item.responsible).toHaveLength(1);
      expect(item.timeLimit.clauses[0]!.kind).toBe('after_event');
    }
  });
  it('keeps the whole emergency plan in 条款内容', () => {
    const plan = byName(items, '益阳市赫山区人力资源和社会保障领域突发事件应急预案');
    expect(plan.clauses.length).toBeGreaterThan(3500);
    expect(plan.clauses).toContain('一、总则');
    expect(plan.clauses.trimEnd().endsWith('|')).toBe(false);
  });
  it('reads the budget row: 20 calendar days after approval, three citations', () => {
    const budget = byName(items, '益阳市赫山区人力资源和社会保障局2025年部门预算公开');
    expect(budget.timeLimit.clauses).toMatchObject([{ kind: 'after_event', amount: 20, unit: 'day', trigger: 'approved' }]);
    expect(budget.basis.map((b) => b.title)).toEqual(['中华人民共和国预算法', '中华人民共和国预算法实施条例', '中华人民共和国政府信息公开条例']);
    expect(budget.responsible).toEqual(['财务股']);
  });
});

describe('seed 001 (衡阳, two layouts of the same 34 items)', async () => {
  const items = await read('001_6462eb492de27ff8.txt');
  it('has 34 items with category, publisher and every field the source has', () => {
    expect(items).toHaveLength(34);
    expect(new Set(items.map((i) => i.publisher))).toEqual(new Set(['衡阳市人力资源和社会保障局']));
    for (const item of items) expect(item.category).toHaveLength(1);
  });
  it('权责清单: 行政审批服务科, 20 working days from formation or change', () => {
    const item = byName(items, '权责清单');
    expect(item.responsible).toEqual(['行政审批服务科']);
    expect(item.timeLimit.clauses).toMatchObject([{ kind: 'after_event', amount: 20, unit: 'working_day', trigger: 'formed_or_changed' }]);
  });
  it('回应关切: two clauses, 24 and 48 hours', () => {
    const item = byName(items, '回应关切');
    expect(item.timeLimit.clauses.map((c) => [c.amount, c.unit])).toEqual([
      [24, 'hour'],
      [48, 'hour'],
    ]);
  });
  it('社会保障卡信息 really has empty 公开依据 and 条款内容', () => {
    const item = byName(items, '社会保障卡信息');
    expect([item.basisText, item.clauses, item.basis]).toEqual(['', '', []]);
    expect(item.responsible).toEqual(['信息中心']);
  });
  it('the annual-report row is due by 31 January', () => {
    expect(byName(items, '政府信息公开工作年度报告').timeLimit.clauses).toMatchObject([{ kind: 'annual_date', deadline: { month: 1, day: 31 } }]);
  });
});
