/** check/residual-spam: gambling/porn tokens that cleaning did not remove (domain.md §6). */
import { excerpt, itemTexts } from '../item-texts.js';
import { SPAM_STRONG, SPAM_WEAK, SPAM_WEAK_THRESHOLD } from '../lexicon.js';
import type { CheckRule } from '../types.js';

/** SEO keyword runs join short phrases with | _ or commas (domain.md §6.1: `国产视频999_992tv在线成人免费观看_…`). */
function isKeywordRun(line: string): boolean {
  const segments = line.split(/[|_,，]/).map((s) => s.trim()).filter(Boolean);
  return segments.length >= 3 && line.length / segments.length <= 16;
}

/** The spam found in one text: a strong token, or a keyword-run line with enough distinct weak tokens. */
export function findSpam(text: string): { token: string; at: number } | undefined {
  for (const token of SPAM_STRONG) {
    const at = text.indexOf(token);
    if (at >= 0) return { token, at };
  }
  let offset = 0;
  for (const line of text.split('\n')) {
    const hits = SPAM_WEAK.filter((token) => line.includes(token));
    if (hits.length >= SPAM_WEAK_THRESHOLD && isKeywordRun(line)) return { token: hits.join('、'), at: offset + line.indexOf(hits[0]!) };
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
