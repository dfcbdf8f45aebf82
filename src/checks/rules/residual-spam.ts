/**
 * check/residual-spam: gambling/porn spam that cleaning did not remove. It uses the cleaning
 * lexicons and judges (src/clean/spam-terms.ts, spam-lines.ts), so a term added once is both removed and checked.
 */
import { spamLineKind } from '../../clean/spam-lines.js';
import { findResidualSpam, strongTermsIn, weakTermsIn } from '../../clean/spam-terms.js';
import { excerpt, itemTexts } from '../item-texts.js';
import type { CheckRule } from '../types.js';

/** The spam found in one text: a brand or strong term, or a line the spam-line pass would have removed. */
export function findSpam(text: string): { token: string; at: number } | undefined {
  const [token] = findResidualSpam(text);
  if (token) return { token, at: text.indexOf(token) };
  let offset = 0;
  for (const line of text.split('\n')) {
    if (spamLineKind(line)) {
      const terms = [...strongTermsIn(line), ...weakTermsIn(line)];
      return { token: terms.join('、') || line.trim(), at: offset + Math.max(0, terms[0] ? line.indexOf(terms[0]) : 0) };
    }
    offset += line.length + 1;
  }
  return undefined;
}

export const residualSpamRule: CheckRule = {
  id: 'check/residual-spam',
  defaultSeverity: 'error',
  description: 'No field still contains spam injected by hacked or mirrored pages (365体育官网, 娱乐城, keyword runs).',
  create(ctx) {
    return {
      item(item) {
        for (const { field, text } of itemTexts(item)) {
          const hit = findSpam(text);
          if (!hit) continue;
          ctx.report({
            item,
            message: `Spam "${hit.token}" left in ${field}: add it to the cleaning lexicon or repair the source text.`,
            actual: excerpt(text, hit.at),
          });
        }
      },
    };
  },
};
