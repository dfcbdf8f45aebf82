/** The cleaning API: document passes, their preset, and the spam substitution repair for items and text. */
export type { Pass, PassContext } from './types.js';
export { PRESET, cleanText, type CleanOptions, type CleanResult } from './preset.js';
export { withMetaLines, type MetaLine } from './meta-block.js';
export { spamSubstitutionPass } from './spam-substitution.js';
export { cleanFile, type CleanFileResult } from './clean-file.js';
export { formatCleanDiff } from './clean-diff.js';
export { summarizeByRule, formatRuleSummary, type RuleSummary } from './summary.js';
export { detectScript, type Script } from './script.js';
export { toSimplifiedChars } from '../../parsers/shared/script-classes.js';
export { BRAND_TOKENS, BRAND_PATTERNS } from './lexicons/brands.js';
export { SPAM_TERMS } from './lexicons/spam-terms.js';
export { findBrands, findResidualSpam } from './spam-terms.js';
export {
  REPAIRED,
  UNRESOLVED,
  buildEvidence,
  planSpamFixes,
  repairSpamText,
  type SpamFix,
  type SpamRepairOptions,
  type SpamRepairResult,
} from './spam-repair.js';
export { evidenceFromItems, itemStrings, repairDraftItem, type ItemRepairOptions } from './spam-repair-item.js';
