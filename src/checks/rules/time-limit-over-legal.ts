/**
 * check/time-limit-over-legal: 条例 第二十六条 gives proactive disclosure 20 working days from when the information
 * is formed or changed, "unless a law or regulation sets another limit". A longer limit needs such a basis.
 * Requests (第三十三条) get 20 working days plus at most 20 more.
 */
import type { CatalogItem, TimeClause } from '../../../schemas/catalog-item.js';
import { OWN_LIMIT_LAWS } from '../legal-limits.js';
import type { CheckRule } from '../types.js';

const PROACTIVE_LIMIT = 20;
const REQUEST_LIMIT = 40;

/**
 * The clause's span in working days, rounded the way that favours the publisher: 20 working days are at least
 * 28 calendar days (four weeks), so `30日` is over the limit and `20日` is not. Undefined when not comparable.
 */
function workingDays(amount: number, unit: TimeClause['unit']): number | undefined {
  switch (unit) {
    case 'working_day': return amount;
    case 'day': return (amount * 20) / 28;
    case 'week': return amount * 5;
    case 'month': return amount * 21;
    case 'year': return amount * 250;
    default: return undefined; // hours are always within the limit; unknown units are check/time-limit-unparsed's
  }
}

/** The basis allows a longer limit when it cites a law with its own limit, or quotes the limit in 条款内容. */
function basisAllows(item: CatalogItem, clause: TimeClause): boolean {
  const titles = item.basis.map((c) => c.title);
  if (titles.some((title) => OWN_LIMIT_LAWS.some((law) => title.includes(law)))) return true;
  const amount = String(clause.amount);
  const quoted = item.clauses.replace(/\s+/g, '');
  return quoted.includes(`${amount}个工作日`) || quoted.includes(`${amount}日`) || quoted.includes(`${amount}天`);
}

export const timeLimitOverLegalRule: CheckRule = {
  id: 'check/time-limit-over-legal',
  defaultSeverity: 'warning',
  description: '公开时限 longer than 条例 第二十六条\'s 20 working days (第三十三条: 20+20 for requests) without a basis that sets its own limit.',
  create(ctx) {
    return {
      item(item) {
        for (const clause of item.timeLimit.clauses) {
          if (clause.kind !== 'after_event' || clause.amount === undefined) continue;
          const span = workingDays(clause.amount, clause.unit);
          const extension = clause.maxExtension ? (workingDays(clause.maxExtension.amount, clause.maxExtension.unit) ?? 0) : 0;
          if (span === undefined) continue;
          const limit = clause.trigger === 'request_received' ? REQUEST_LIMIT : PROACTIVE_LIMIT;
          if (span + extension <= limit || basisAllows(item, clause)) continue;
          ctx.report({
            item,
            message:
              `公开时限 "${clause.text}" exceeds the ${limit} working days of 条例 ${limit === PROACTIVE_LIMIT ? '第二十六条' : '第三十三条'} ` +
              'and the basis cites no law with its own limit: shorten the limit or cite the law that allows it.',
            actual: clause.text,
            expected: `≤ ${limit} working days`,
          });
        }
      },
    };
  },
};
