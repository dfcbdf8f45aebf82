/** Every check rule, in the order `catalog checks` lists them and diagnostics are sorted by. */
import { basisUnparsedRule } from './rules/basis-unparsed.js';
import { declaredCountMismatchRule } from './rules/declared-count-mismatch.js';
import { duplicateItemRule } from './rules/duplicate-item.js';
import { emptyContentRule } from './rules/empty-content.js';
import { mojibakeRule } from './rules/mojibake.js';
import { reportArithmeticRule } from './rules/report-arithmetic.js';
import { requiredFieldsRule } from './rules/required-fields.js';
import { residualSpamRule } from './rules/residual-spam.js';
import { residualTraditionalRule } from './rules/residual-traditional.js';
import { schemaRule } from './rules/schema.js';
import { timeLimitOverLegalRule } from './rules/time-limit-over-legal.js';
import { timeLimitUnparsedRule } from './rules/time-limit-unparsed.js';
import type { CheckRule } from './types.js';

export const CHECK_RULES: readonly CheckRule[] = [
  schemaRule,
  requiredFieldsRule,
  duplicateItemRule,
  residualSpamRule,
  residualTraditionalRule,
  mojibakeRule,
  timeLimitUnparsedRule,
  basisUnparsedRule,
  timeLimitOverLegalRule,
  reportArithmeticRule,
  declaredCountMismatchRule,
  emptyContentRule,
];

/** `catalog checks`: id, default severity, description. */
export function listChecks(): Array<Pick<CheckRule, 'id' | 'defaultSeverity' | 'description'>> {
  return CHECK_RULES.map(({ id, defaultSeverity, description }) => ({ id, defaultSeverity, description }));
}
