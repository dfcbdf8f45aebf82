import type { TimeLimit, TimeUnit } from '../../schemas/catalog-item.js';

/**
 * The longest `after_event` limit of a 公开时限 in working days, extension included, for comparison with 条例
 * 第二十六条 (20 working days). Undefined when no after_event clause has a known unit.
 *
 * Units other than working days convert to a bound that always holds: every calendar day may be a working day
 * (weekend make-up days, 调休, can make seven working days in a row), so N days → N, N weeks → 7N, N months → 31N,
 * N years → 366N, N hours → ceil(N/24). A catalogue with `20日内` therefore passes a 20-working-day check; this never
 * reports a limit as shorter than it may be. Clauses with an unknown unit are left out (they are flagged on their own).
 */
const DAYS_PER: Readonly<Record<Exclude<TimeUnit, 'unknown' | 'hour'>, number>> = {
  working_day: 1,
  day: 1,
  week: 7,
  month: 31,
  year: 366,
};

function upperBound(amount: number, unit: TimeUnit): number | undefined {
  if (unit === 'unknown') return undefined;
  if (unit === 'hour') return Math.ceil(amount / 24);
  return amount * DAYS_PER[unit];
}

export function workingDaysUpperBound(limit: TimeLimit): number | undefined {
  let longest: number | undefined;
  for (const c of limit.clauses) {
    if (c.kind !== 'after_event' || c.amount === undefined || c.unit === undefined) continue;
    const base = upperBound(c.amount, c.unit);
    if (base === undefined) continue;
    const extension = c.maxExtension ? upperBound(c.maxExtension.amount, c.maxExtension.unit) : 0;
    if (extension === undefined) continue;
    longest = Math.max(longest ?? 0, base + extension);
  }
  return longest;
}
