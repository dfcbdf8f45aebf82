/**
 * A document pass: one job on the decoded text before parsing (junk tags, pinyin glosses, chrome, spam lines,
 * Traditional → Simplified …). Passes are ordered in preset.ts with the reason for the order.
 *
 * Contract: a pass keeps the line count (a removed line becomes an empty line), so that `L<n>` places found
 * after cleaning are lines of the original file. Every removal or repair is reported with place, actual, expected.
 */
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import type { MetaLine } from './meta-block.js';

export interface PassContext {
  report(diagnostic: DiagnosticInput): void;
  /** Facts a pass learns for later stages (e.g. script: 'traditional'). */
  facts: {
    script?: string;
    format?: string;
    /** The page's breadcrumb trail (`首页 > 政府信息公开 > …`), removed from the text by the chrome pass. */
    breadcrumb?: string[];
    /** The page's metadata block, set apart from the text by the chrome pass; the readers read it in its places. */
    metaLines?: MetaLine[];
  };
}

export interface Pass {
  /** Permanent id; also the ruleId prefix of its diagnostics (e.g. `clean/junk-tags`). */
  id: string;
  description: string;
  run(text: string, ctx: PassContext): string;
}
