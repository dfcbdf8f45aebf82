import { describe, expect, it } from 'vitest';
import { annualReportViolations, locatedViolations } from '../../src/checks/rules/report-arithmetic.js';

const zero = () => [0, 0, 0, 0, 0, 0, 0];
/** A consistent table: 3 received (2 natural, 1 commercial), 1 carried in; 2 disclosed, 1 partly, 1 carried out. */
function rows(): Record<string, number[]> {
  return {
    new: [2, 1, 0, 0, 0, 0, 3],
    carried_in: [1, 0, 0, 0, 0, 0, 1],
    r1: [1, 1, 0, 0, 0, 0, 2],
    r2: [1, 0, 0, 0, 0, 0, 1],
    'r3.1': zero(),
    'r6.3': zero(),
    r7: [2, 1, 0, 0, 0, 0, 3],
    carried_out: [1, 0, 0, 0, 0, 0, 1],
  };
}

describe('annual-report arithmetic (domain.md §2.5)', () => {
  it('accepts a consistent report', () => {
    expect(annualReportViolations({ applications: { rows: rows() }, review: [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] })).toEqual([]);
  });

  it('R1: received + carried in ≠ concluded + carried out', () => {
    const r = rows();
    r.carried_out = [2, 0, 0, 0, 0, 0, 2];
    expect(annualReportViolations({ applications: { rows: r } }).map((v) => `${v.rule} ${v.message}`)).toEqual([
      'R1 column natural: new + carried_in ≠ r7 + carried_out',
      'R1 column total: new + carried_in ≠ r7 + carried_out',
    ]);
  });

  it('R2: a row total that is not the sum of the applicant columns', () => {
    const r = rows();
    r.carried_in = [1, 0, 0, 0, 0, 0, 2];
    const found = annualReportViolations({ applications: { rows: r } });
    expect(found.filter((v) => v.rule === 'R2')).toEqual([
      { rule: 'R2', message: 'applications row carried_in: total ≠ sum of the six applicant columns', actual: '2', expected: '1' },
    ]);
  });

  it('R3: r7 that is not the sum of the result rows', () => {
    const r = rows();
    r['r3.1'] = [1, 0, 0, 0, 0, 0, 1];
    expect(annualReportViolations({ applications: { rows: r } }).map((v) => v.rule)).toEqual(['R3', 'R3']);
  });

  it('R5 on each review group, given as 15 values or as named groups', () => {
    // seed 003: 1 + 0 + 0 + 1 ≠ 1
    expect(annualReportViolations({ review: [1, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] }).map((v) => v.message)).toEqual([
      'review group 行政复议: 总计 ≠ 维持 + 纠正 + 其他 + 尚未审结',
    ]);
    expect(annualReportViolations({ review: { litigation: [0, 1, 0, 0, 0] } }).map((v) => v.rule)).toEqual(['R5']);
  });

  it('R8: negative, fractional or missing counts and rows of the wrong width', () => {
    const r = rows();
    r.r1 = [1, -1, 0, 0, 0, 0, 0];
    const found = annualReportViolations({ applications: { rows: r }, review: [1, 0, 0, 1] });
    expect(found.filter((v) => v.rule === 'R8').map((v) => v.message)).toEqual([
      'applications row r1 value 2 is not a non-negative integer',
      'review has 4 values, expected 15',
    ]);
  });

  it('ignores stats that hold no annual-report tables', () => {
    expect(annualReportViolations({ declaredCounts: [] })).toEqual([]);
  });

  it('reads the annual-report parser\'s typed stats, pointing at row places and skipping unread values', () => {
    const typed = (values: number[] | null[], place: string) => ({
      raw: values.map(String),
      place,
      values: Object.fromEntries(['natural', 'commercial', 'research', 'public_welfare', 'legal_service', 'other', 'total'].map((c, i) => [c, values[i]])),
    });
    const stats = {
      format: '2021',
      requests: {
        new: typed([1, 0, 0, 0, 0, 0, 2], 'L60-L67'), // R2: total 2 ≠ 1
        carried_in: typed([null, null, null, null, null, null, null], 'L68-L75'), // unread: no finding here
      },
      review: {
        raw: [],
        place: 'L120-L135',
        values: {
          reconsideration: { upheld: 1, corrected: 0, other: 0, pending: 1, total: 1 }, // seed 003
          litigation_direct: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
        },
      },
    };
    expect(locatedViolations(stats).map((v) => [v.rule, v.place, v.actual, v.expected])).toEqual([
      ['R2', 'L60-L67', '2', '1'],
      ['R5', 'L120-L135', '1', '2'],
    ]);
  });
});
