/**
 * The consistency rules of the annual-report format, as pure functions over typed stats so that a
 * dataset check can run them again on emitted items. Each returns diagnostics; none repairs a value.
 */
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import {
  REQUEST_COLUMNS, REVIEW_GROUPS, type AnnualReportStats, type ProactiveColumnKey, type RequestColumnKey, type RequestRow,
  type RequestRowKey,
} from '../../schemas/annual-report.js';
import { readValue, type ValueKind } from './read-values.js';
import { DECIMAL_COLUMNS, SIGNED_COLUMNS } from './skeleton.js';

export type ReportRule = (stats: AnnualReportStats) => DiagnosticInput[];

/**
 * The one severity of every report rule, at ingest and in `catalog check` (check/report-arithmetic): a report that
 * does not add up is the publisher's mistake, kept as printed and pointed out, not a failure of the dataset.
 */
export const REPORT_RULE_SEVERITY = 'warning' as const;

type Requests = AnnualReportStats['requests'];
const OUTCOME_PREFIXES = ['r1', 'r2', 'r3.', 'r4.', 'r5.', 'r6'];

function value(requests: Requests, row: RequestRowKey, column: RequestColumnKey): number | undefined {
  return requests[row]?.values[column] ?? undefined;
}

function outcomeRows(requests: Requests): Array<[RequestRowKey, RequestRow]> {
  return (Object.entries(requests) as Array<[RequestRowKey, RequestRow]>).filter(([key]) =>
    OUTCOME_PREFIXES.some((p) => key === p || (p.endsWith('.') ? key.startsWith(p) : key.startsWith(`${p}.`))),
  );
}

function sum(values: Array<number | null | undefined>): number | undefined {
  let total = 0;
  for (const v of values) {
    if (v === null || v === undefined) return undefined;
    total += v;
  }
  return total;
}

/** R1: for each column, new + carried_in == r7 + carried_out (printed in the §三 corner cell). */
export const checkR1Balance: ReportRule = ({ requests }) =>
  REQUEST_COLUMNS.flatMap((column) => {
    const left = sum([value(requests, 'new', column), value(requests, 'carried_in', column)]);
    const right = sum([value(requests, 'r7', column), value(requests, 'carried_out', column)]);
    if (left === undefined || right === undefined || left === right) return [];
    return [{
      ruleId: 'report/r1-balance',
      severity: REPORT_RULE_SEVERITY,
      message: `§三 column ${column}: new + carried_in = ${left} but r7 + carried_out = ${right}. Check the source table; values are kept as printed.`,
      place: requests.r7?.place,
      actual: String(right),
      expected: String(left),
    }];
  });

/** R2: for each row, total == natural + commercial + research + public_welfare + legal_service + other. */
export const checkR2RowTotals: ReportRule = ({ requests }) =>
  (Object.entries(requests) as Array<[RequestRowKey, RequestRow]>).flatMap(([key, row]) => {
    const parts = sum(REQUEST_COLUMNS.slice(0, -1).map((c) => row.values[c]));
    const total = row.values.total;
    if (parts === undefined || total === null || parts === total) return [];
    return [{
      ruleId: 'report/r2-row-total',
      severity: REPORT_RULE_SEVERITY,
      message: `§三 row ${key}: total is ${total} but its six applicant columns add up to ${parts}. Check the source table; values are kept as printed.`,
      place: row.place,
      actual: String(total),
      expected: String(parts),
    }];
  });

/** R3: for each column, r7 == r1 + r2 + Σr3.* + Σr4.* + Σr5.* + Σr6.* (r6 in the 2019 format). */
export const checkR3OutcomeTotal: ReportRule = ({ requests }) =>
  REQUEST_COLUMNS.flatMap((column) => {
    const outcomes = sum(outcomeRows(requests).map(([, row]) => row.values[column]));
    const total = value(requests, 'r7', column);
    if (outcomes === undefined || total === undefined || outcomes === total) return [];
    return [{
      ruleId: 'report/r3-outcome-total',
      severity: REPORT_RULE_SEVERITY,
      message: `§三 column ${column}: (七)总计 is ${total} but the outcome rows add up to ${outcomes}. Check the source table; values are kept as printed.`,
      place: requests.r7?.place,
      actual: String(total),
      expected: String(outcomes),
    }];
  });

/**
 * R4: a partly disclosed application is counted under r2 only, so no application is counted twice: for each
 * column the outcome rows cannot exceed the applications on hand (new + carried_in).
 */
export const checkR4PartialOnce: ReportRule = ({ requests }) =>
  REQUEST_COLUMNS.flatMap((column) => {
    const outcomes = sum(outcomeRows(requests).map(([, row]) => row.values[column]));
    const onHand = sum([value(requests, 'new', column), value(requests, 'carried_in', column)]);
    if (outcomes === undefined || onHand === undefined || outcomes <= onHand) return [];
    return [{
      ruleId: 'report/r4-partial-once',
      severity: REPORT_RULE_SEVERITY,
      message: `§三 column ${column}: ${outcomes} outcomes for ${onHand} applications; an application (e.g. a partial disclosure) seems counted under more than one outcome. Check the source table.`,
      place: requests.r2?.place,
      actual: String(outcomes),
      expected: `≤ ${onHand}`,
    }];
  });

/** R5: in each §四 group, 总计 == 维持 + 纠正 + 其他 + 尚未审结. */
export const checkR5ReviewTotals: ReportRule = ({ review }) => {
  if (!review?.values) return [];
  const values = review.values;
  return REVIEW_GROUPS.flatMap((group) => {
    const g = values[group];
    const parts = sum([g.upheld, g.corrected, g.other, g.pending]);
    if (parts === undefined || g.total === null || parts === g.total) return [];
    return [{
      ruleId: 'report/r5-review-total',
      severity: REPORT_RULE_SEVERITY,
      message: `§四 ${group}: 总计 is ${g.total} but 维持 + 纠正 + 其他 + 尚未审结 = ${parts}. Check the source table; values are kept as printed.`,
      place: review.place,
      actual: String(g.total),
      expected: String(parts),
    }];
  });
};

/** R8: every printed count is a non-negative integer; amounts are non-negative decimals. */
export const checkR8Values: ReportRule = (stats) => {
  const found: DiagnosticInput[] = [];
  const check = (raw: string[], kinds: ValueKind[], where: string, place: string) => {
    raw.forEach((cell, i) => {
      const kind = kinds[i] ?? 'decimal';
      if (readValue(cell, kind) !== null) return;
      found.push({
        ruleId: 'report/r8-values',
        severity: REPORT_RULE_SEVERITY,
        message: `${where}: cell ${i + 1} is "${cell}", not a ${kind === 'count' ? 'non-negative integer' : kind === 'decimal' ? 'non-negative number' : 'whole number'}. Check the source table; the value is left empty.`,
        place,
        actual: cell,
      });
    });
  };
  for (const [key, row] of Object.entries(stats.proactive)) {
    const columns = Object.keys(row.values) as ProactiveColumnKey[];
    // A row whose cells did not fit its columns is checked leniently: which column a cell belongs to is unknown.
    const kinds = row.raw.length === columns.length ? columns.map(kindOf) : [];
    check(row.raw, kinds, `§二 row ${key}`, row.place);
  }
  for (const [key, row] of Object.entries(stats.requests)) check(row.raw, row.raw.map(() => 'count'), `§三 row ${key}`, row.place);
  if (stats.review) check(stats.review.raw, stats.review.raw.map(() => 'count'), '§四', stats.review.place);
  return found;
};

function kindOf(column: ProactiveColumnKey): ValueKind {
  return DECIMAL_COLUMNS.has(column) ? 'decimal' : SIGNED_COLUMNS.has(column) ? 'signed' : 'count';
}

export const REPORT_RULES: readonly ReportRule[] = [
  checkR1Balance, checkR2RowTotals, checkR3OutcomeTotal, checkR4PartialOnce, checkR5ReviewTotals, checkR8Values,
];

export function runReportRules(stats: AnnualReportStats): DiagnosticInput[] {
  return REPORT_RULES.flatMap((rule) => rule(stats));
}
