/**
 * check/report-arithmetic runs the annual-report parser's rules (tested one by one in test/report-rules.test.ts) on
 * emitted documents: here, that it finds the stats, reports each rule's finding at the row's place, and leaves other
 * stats alone.
 */
import { describe, expect, it } from 'vitest';
import type { CatalogItem } from '../../schemas/catalog-item.js';
import type { Finding } from '../../src/checks/types.js';
import { reportArithmeticRule } from '../../src/checks/rules/report-arithmetic.js';
import { baseItem } from '../helpers/items.js';

const COLUMNS = ['natural', 'commercial', 'research', 'public_welfare', 'legal_service', 'other', 'total'];
const row = (values: number[], place: string) => ({ raw: values.map(String), place, values: Object.fromEntries(COLUMNS.map((c, i) => [c, values[i]])) });
const group = (upheld: number, pending: number, total: number) => ({ upheld, corrected: 0, other: 0, pending, total });

function report(stats: Record<string, unknown>): CatalogItem {
  return { ...baseItem({ name: '2021年政府信息公开工作年度报告' }), kind: 'document', stats };
}

/** seed 003's §四: 1 upheld + 1 pending, 总计 1 (R5); one §三 row whose total is not its sum (R2). */
function seedLike(): Record<string, unknown> {
  return {
    format: '2021',
    proactive: {},
    requests: { new: row([1, 0, 0, 0, 0, 0, 2], 'L60'), carried_in: row([0, 0, 0, 0, 0, 0, 0], 'L61') },
    review: {
      raw: ['1', '0', '0', '1', '1', ...Array(10).fill('0')],
      place: 'L90-L92',
      values: { reconsideration: group(1, 1, 1), litigation_direct: group(0, 0, 0), litigation_after_reconsideration: group(0, 0, 0) },
    },
  };
}

function run(item: CatalogItem): Finding[] {
  const found: Finding[] = [];
  const visitor = reportArithmeticRule.create({ report: (f) => found.push(f), reportRecord: () => {} });
  visitor.item?.(item);
  return found;
}

describe('check/report-arithmetic', () => {
  it('reports the parser rules’ findings at the rows’ places, with actual and expected', () => {
    expect(run(report(seedLike())).map((f) => [f.message.split(':')[0], f.place, f.actual, f.expected])).toEqual([
      ['report/r2-row-total', 'L60', '2', '1'],
      ['report/r5-review-total', 'L90-L92', '1', '2'],
    ]);
  });

  it('skips values the parser could not read (null) instead of reporting them again', () => {
    const stats = seedLike();
    (stats.requests as Record<string, ReturnType<typeof row>>).new!.values.total = null as unknown as number;
    expect(run(report(stats)).map((f) => f.message.split(':')[0])).toEqual(['report/r5-review-total']);
  });

  it('leaves other stats alone: a notice’s declared counts, an item, stats of another shape', () => {
    expect(run(report({ declaredCounts: [{ domain: '就业', level1: 9, level2: 25 }] }))).toEqual([]);
    expect(run({ ...baseItem({}), stats: seedLike() })).toEqual([]);
    expect(run(report({ applications: { rows: { new: [1, 0, 0, 0, 0, 0, 2] } } }))).toEqual([]);
  });
});
