/**
 * check/report-arithmetic: the 勾稽关系 of an annual report over an emitted document's `stats`.
 * The rules themselves are the annual-report parser's (parsers/annual-report/report-rules.ts), run again here so that
 * a dataset edited or merged after ingest is held to the same arithmetic; this module only finds the stats and
 * turns each rule's diagnostic into a finding. Stats that are not an annual report's (a notice's declaredCounts)
 * are not this rule's business.
 */
import { AnnualReportStats } from '../../../schemas/annual-report.js';
import { REPORT_RULE_SEVERITY, runReportRules } from '../../../parsers/annual-report/report-rules.js';
import type { CheckRule } from '../types.js';

export const reportArithmeticRule: CheckRule = {
  id: 'check/report-arithmetic',
  defaultSeverity: REPORT_RULE_SEVERITY,
  description: 'Annual-report tables add up (R1 balance, R2 row totals, R3 outcome total, R4 counted once, R5 review totals, R8 values).',
  create(ctx) {
    return {
      item(item) {
        if (item.kind !== 'document' || !item.stats) return;
        const stats = AnnualReportStats.safeParse(item.stats);
        if (!stats.success) return;
        for (const d of runReportRules(stats.data)) {
          ctx.report({ item, place: d.place, message: `${d.ruleId}: ${d.message}`, actual: d.actual, expected: d.expected });
        }
      },
    };
  },
};
