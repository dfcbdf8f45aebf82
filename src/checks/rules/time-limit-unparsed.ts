/** check/time-limit-unparsed: a 公开时限 the normalizer could not read (clause kind `unknown`, or a unit it could not tell). */
import type { CheckRule } from '../types.js';

export const timeLimitUnparsedRule: CheckRule = {
  id: 'check/time-limit-unparsed',
  defaultSeverity: 'warning',
  description: 'Every 公开时限 clause was understood (no kind `unknown`, no amount without a unit).',
  create(ctx) {
    return {
      item(item) {
        const { text, clauses } = item.timeLimit;
        if (text.trim() === '') return; // a missing 时限 is check/required-fields' business
        if (clauses.length === 0) {
          ctx.report({ item, message: `公开时限 "${text}" was not split into clauses: add the phrasing to the time-limit grammar.`, actual: text });
          return;
        }
        for (const clause of clauses) {
          if (clause.kind === 'unknown') {
            ctx.report({ item, message: `公开时限 clause "${clause.text}" is not understood: add the phrasing to the time-limit grammar or correct the source.`, actual: clause.text });
          } else if (clause.amount !== undefined && (clause.unit === undefined || clause.unit === 'unknown')) {
            ctx.report({ item, message: `公开时限 clause "${clause.text}" gives ${clause.amount} without a unit (日 or 工作日?): correct the source.`, actual: clause.text });
          }
        }
      },
    };
  },
};
