/** check/residual-traditional: the dataset is Simplified; Traditional characters mean a missed conversion. */
import { excerpt, itemTexts } from '../item-texts.js';
import { TRADITIONAL_CHARS } from '../lexicon.js';
import type { CheckRule } from '../types.js';

const TRADITIONAL = new Set(TRADITIONAL_CHARS);

export const residualTraditionalRule: CheckRule = {
  id: 'check/residual-traditional',
  defaultSeverity: 'warning',
  description: 'No field still contains Traditional-only characters (the script pass converts them to Simplified).',
  create(ctx) {
    return {
      item(item) {
        for (const { field, text } of itemTexts(item)) {
          const found = [...new Set([...text].filter((ch) => TRADITIONAL.has(ch)))];
          if (found.length === 0) continue;
          ctx.report({
            item,
            message: `Traditional characters ${found.slice(0, 10).join('')} left in ${field}: run the Traditional → Simplified pass on this source.`,
            actual: excerpt(text, text.indexOf(found[0]!)),
          });
        }
      },
    };
  },
};
