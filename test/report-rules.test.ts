import { describe, expect, it } from 'vitest';
import {
  checkR1Balance, checkR2RowTotals, checkR3OutcomeTotal, checkR4PartialOnce, checkR5ReviewTotals, checkR8Values, runReportRules,
} from '../parsers/annual-report/report-rules.js';
import type { AnnualReportStats, RequestRow } from '../schemas/annual-report.js';
import { isValueCell } from '../parsers/annual-report/skeleton.js';

/** A §三 row: natural, commercial, research, public_welfare, legal_service, other, total. */
function row(values: number[], place = 'L1'): RequestRow {
  const [natural, commercial, research, public_welfare, legal_service, other, total] = values;
  return {
    raw: values.map(String),
    place,
    values: { natural: natural!, commercial: commercial!, research: research!, public_welfare: public_welfare!, legal_service: legal_service!, other: other!, total: total! },
  };
}

/** 3 new applications (2 natural, 1 commercial): 1 disclosed, 1 partly, 1 carried over. */
function consistent(): AnnualReportStats {
  return {
    format: '2021',
    proactive: { fees: { raw: ['1.5'], place: 'L5', values: { amount: 1.5 } } },
    requests: {
      new: row([2, 1, 0, 0, 0, 0, 3], 'L10'),
      carried_in: row([0, 0, 0, 0, 0, 0, 0], 'L11'),
      r1: row([1, 0, 0, 0, 0, 0, 1], 'L12'),
      r2: row([0, 1, 0, 0, 0, 0, 1], 'L13'),
      'r6.3': row([0, 0, 0, 0, 0, 0, 0], 'L14'),
      r7: row([1, 1, 0, 0, 0, 0, 2], 'L15'),
      carried_out: row([1, 0, 0, 0, 0, 0, 1], 'L16'),
    },
    review: {
      raw: ['1', '0', '0', '0', '1', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0'],
      place: 'L20',
      values: {
        reconsideration: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
        litigation_direct: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
        litigation_after_reconsideration: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
      },
    },
  };
}

describe('annual report rules', () => {
  it('find nothing in a consistent report', () => {
    expect(runReportRules(consistent())).toEqual([]);
  });

  it('R1: new + carried_in must equal r7 + carried_out per column', () => {
    const stats = consistent();
    stats.requests.carried_out = row([0, 0, 0, 0, 0, 0, 1], 'L16');
    expect(checkR1Balance(stats).map((d) => [d.ruleId, d.actual, d.expected, d.place])).toEqual([
      ['report/r1-balance', '1', '2', 'L15'],
    ]);
  });

  it('R2: a row total must equal its six applicant columns', () => {
    const stats = consistent();
    stats.requests.r1 = row([1, 0, 0, 0, 0, 0, 2], 'L12');
    expect(checkR2RowTotals(stats).map((d) => [d.ruleId, d.place, d.actual, d.expected])).toEqual([['report/r2-row-total', 'L12', '2', '1']]);
  });

  it('R3: (七)总计 must equal the sum of the outcome rows', () => {
    const stats = consistent();
    stats.requests['r6.3'] = row([0, 0, 0, 0, 0, 1, 1], 'L14');
    expect(checkR3OutcomeTotal(stats).map((d) => [d.ruleId, d.actual, d.expected])).toEqual([
      ['report/r3-outcome-total', '0', '1'],
      ['report/r3-outcome-total', '2', '3'],
    ]);
  });

  it('R4: outcomes cannot exceed the applications on hand (a partial disclosure counted twice)', () => {
    const stats = consistent();
    stats.requests.r1 = row([1, 1, 0, 0, 0, 0, 2], 'L12');
    expect(checkR4PartialOnce(stats).map((d) => [d.ruleId, d.actual, d.expected, d.place])).toEqual([
      ['report/r4-partial-once', '2', '≤ 1', 'L13'],
    ]);
  });

  it('R5: each §四 group total must equal its four results, and is skipped for a raw-only row', () => {
    const stats = consistent();
    stats.review!.values!.litigation_direct = { upheld: 1, corrected: 1, other: 0, pending: 0, total: 1 };
    expect(checkR5ReviewTotals(stats).map((d) => [d.ruleId, d.message.split(':')[0]])).toEqual([['report/r5-review-total', '§四 litigation_direct']]);
    expect(checkR5ReviewTotals({ ...stats, review: { raw: ['1'], place: 'L20' } })).toEqual([]);
  });

  it('R8: counts are non-negative integers, amounts non-negative numbers', () => {
    const stats = consistent();
    stats.proactive.fees = { raw: ['-1.5'], place: 'L5', values: { amount: null } };
    stats.requests.r2 = { ...row([0, 1, 0, 0, 0, 0, 1], 'L13'), raw: ['0', '1', '0', '0', '0', '0', '1.0'] };
    expect(checkR8Values(stats).map((d) => [d.place, d.actual])).toEqual([
      ['L5', '-1.5'],
      ['L13', '1.0'],
    ]);
  });

  it('skip a check whose inputs are missing rather than guess', () => {
    const stats = consistent();
    delete stats.requests.carried_out;
    expect(checkR1Balance(stats)).toEqual([]);
  });
});

describe('value cells', () => {
  it('accept printed values, damaged ones and placeholders, nothing else', () => {
    for (const cell of ['0', '16', '8.97723', ',1', '-1', '—', '/', '无', ' 1 ']) expect(isValueCell(cell), cell).toBe(true);
    for (const cell of ['', '总计', '1.属于国家秘密', '第二十条第(一)项', `${'1'.repeat(100_000)}x`]) expect(isValueCell(cell), cell.slice(0, 10)).toBe(false);
  });
});
