/**
 * check/report-arithmetic: the 勾稽关系 of an annual report (domain.md §2.5, R1–R3, R5, R8) over the document's
 * `stats`. R4 is a counting convention that numbers cannot show; R6/R7 need last year's report.
 *
 * Kept in one module on purpose: `annualReportViolations` is the only place that knows the stats shape, so it can
 * be replaced by the annual-report parser's own rule functions when both land on main.
 *
 * stats shapes read here:
 *   applications.rows: { new, carried_in, r1, r2, 'r3.1'…'r3.8', 'r4.1'…, 'r5.1'…, 'r6.1'… (or r6), r7, carried_out } → 7 numbers
 *     (natural, commercial, research, public_welfare, legal_service, other, total)
 *   review: 15 numbers, or { group: 5 numbers } — 维持, 纠正, 其他, 尚未审结, 总计 per group
 * and the annual-report parser's typed stats (`requests.<row>.values.<column>`, `review.values.<group>.<column>`, each
 * row with its `place`), converted by `fromTypedStats`; there a `null` value means "could not be read" and was reported
 * by the parser, so sums that need it are skipped rather than reported again.
 */
import type { CheckRule } from '../types.js';

export const APPLICATION_COLUMNS = ['natural', 'commercial', 'research', 'public_welfare', 'legal_service', 'other', 'total'];
const REVIEW_GROUPS = ['行政复议', '未经复议直接起诉', '复议后起诉'];
/** Result rows summed by R3: (一)–(六) and their numbered sub-rows. */
const RESULT_ROW = /^r[1-6](?:\.\d+)?$/;

export interface Violation {
  rule: 'R1' | 'R2' | 'R3' | 'R5' | 'R8';
  message: string;
  actual: string;
  expected: string;
}

type Row = readonly unknown[];

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** Non-negative integers only (R8); a row of the wrong width is reported once, its cells are not. */
function checkCounts(label: string, row: Row, width: number, out: Violation[]): boolean {
  if (row.length !== width) {
    out.push({ rule: 'R8', message: `${label} has ${row.length} values, expected ${width}`, actual: JSON.stringify(row), expected: `${width} values` });
    return false;
  }
  const bad = row.findIndex((v) => !isCount(v));
  if (bad >= 0) {
    out.push({ rule: 'R8', message: `${label} value ${bad + 1} is not a non-negative integer`, actual: JSON.stringify(row[bad]), expected: 'a count ≥ 0' });
    return false;
  }
  return true;
}

function applicationViolations(rows: Record<string, Row>, out: Violation[]): void {
  const valid: Record<string, number[]> = {};
  for (const key of Object.keys(rows).sort()) {
    if (checkCounts(`applications row ${key}`, rows[key]!, APPLICATION_COLUMNS.length, out)) valid[key] = rows[key] as number[];
  }
  for (const [key, row] of Object.entries(valid)) {
    const parts = sum(row.slice(0, 6));
    if (parts !== row[6]) out.push({ rule: 'R2', message: `applications row ${key}: total ≠ sum of the six applicant columns`, actual: String(row[6]), expected: String(parts) });
  }
  const resultKeys = Object.keys(valid).filter((k) => RESULT_ROW.test(k)).sort();
  APPLICATION_COLUMNS.forEach((column, c) => {
    const { new: received, carried_in: carriedIn, r7, carried_out: carriedOut } = valid;
    if (received && carriedIn && r7 && carriedOut) {
      const left = received[c]! + carriedIn[c]!;
      const right = r7[c]! + carriedOut[c]!;
      if (left !== right) out.push({ rule: 'R1', message: `column ${column}: new + carried_in ≠ r7 + carried_out`, actual: String(left), expected: String(right) });
    }
    if (r7 && resultKeys.length > 0) {
      const results = sum(resultKeys.map((k) => valid[k]![c]!));
      if (results !== r7[c]) out.push({ rule: 'R3', message: `column ${column}: r7 (总计) ≠ sum of result rows r1–r6`, actual: String(r7[c]), expected: String(results) });
    }
  });
}

function reviewGroups(review: unknown): Array<[string, Row]> {
  if (Array.isArray(review)) {
    return REVIEW_GROUPS.map((name, g): [string, Row] => [name, review.slice(g * 5, g * 5 + 5)]);
  }
  if (review && typeof review === 'object') {
    const groups = review as Record<string, unknown>;
    return Object.keys(groups).sort().flatMap((k): Array<[string, Row]> => (Array.isArray(groups[k]) ? [[k, groups[k]]] : []));
  }
  return [];
}

const REVIEW_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'];

interface TypedRow {
  values?: Record<string, number | null>;
  place?: string;
}

/**
 * The annual-report parser's stats as the plain shape above, dropping rows with unread (null) values.
 * Returns the rows' places too, so a finding can point at the row's lines.
 */
function fromTypedStats(stats: Record<string, unknown>): { plain: Record<string, unknown>; places: Record<string, string> } {
  const requests = stats.requests as Record<string, TypedRow> | undefined;
  const review = stats.review as TypedRow & { values?: Record<string, Record<string, number | null>> } | undefined;
  const rows: Record<string, unknown[]> = {};
  const places: Record<string, string> = {};
  for (const [key, row] of Object.entries(requests ?? {})) {
    const values = APPLICATION_COLUMNS.map((c) => row.values?.[c]);
    if (values.some((v) => v === null || v === undefined)) continue;
    rows[key] = values;
    if (row.place) places[`applications row ${key}`] = row.place;
  }
  const groups: Record<string, unknown[]> = {};
  for (const [name, group] of Object.entries(review?.values ?? {})) {
    const values = REVIEW_COLUMNS.map((c) => group[c]);
    if (!values.some((v) => v === null || v === undefined)) groups[name] = values;
    if (review?.place) places[`review group ${name}`] = review.place;
  }
  return { plain: { applications: { rows }, review: groups }, places };
}

/** Violations with the place of the row they concern, when the stats record row places. */
export function locatedViolations(stats: Record<string, unknown>): Array<Violation & { place?: string }> {
  const review = stats.review as TypedRow | undefined;
  const typed = stats.requests !== undefined || (!!review && !Array.isArray(review) && typeof review.values === 'object');
  if (!typed) return annualReportViolations(stats);
  const { plain, places } = fromTypedStats(stats);
  return annualReportViolations(plain).map((v) => {
    const subject = Object.keys(places).find((label) => v.message.startsWith(`${label}:`) || v.message.startsWith(`${label} `));
    const place = subject ? places[subject] : v.rule === 'R1' || v.rule === 'R3' ? places['applications row r7'] : undefined;
    return place ? { ...v, place } : v;
  });
}

/** All arithmetic violations of one report's stats; empty when the stats hold no annual-report tables. */
export function annualReportViolations(stats: Record<string, unknown>): Violation[] {
  const out: Violation[] = [];
  const rows = (stats.applications as { rows?: unknown } | undefined)?.rows;
  if (rows && typeof rows === 'object') applicationViolations(rows as Record<string, Row>, out);
  // seed 003 has 14 values for the 15 columns: report that once rather than three misaligned groups.
  if (Array.isArray(stats.review) && stats.review.length !== 15) {
    out.push({ rule: 'R8', message: `review has ${stats.review.length} values, expected 15`, actual: JSON.stringify(stats.review), expected: '15 values' });
    return out;
  }
  for (const [name, group] of reviewGroups(stats.review)) {
    if (!checkCounts(`review group ${name}`, group, 5, out)) continue;
    const parts = sum((group as number[]).slice(0, 4));
    if (parts !== group[4]) out.push({ rule: 'R5', message: `review group ${name}: 总计 ≠ 维持 + 纠正 + 其他 + 尚未审结`, actual: String(group[4]), expected: String(parts) });
  }
  return out;
}

export const reportArithmeticRule: CheckRule = {
  id: 'check/report-arithmetic',
  defaultSeverity: 'error',
  description: 'Annual-report tables add up (domain.md §2.5: R1 balance, R2 row totals, R3 result total, R5 review totals, R8 counts).',
  create(ctx) {
    return {
      item(item) {
        if (item.kind !== 'document' || !item.stats) return;
        for (const v of locatedViolations(item.stats)) {
          ctx.report({ item, place: v.place, message: `${v.rule} ${v.message}: check the table in the source; report the inconsistency rather than repairing it.`, actual: v.actual, expected: v.expected });
        }
      },
    };
  },
};
