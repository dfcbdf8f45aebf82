/** check/basis-unparsed: a 公开依据 written out but not turned into citations. */
import type { CheckRule } from '../types.js';

/** Distinct 《title》s: each should have become a Citation (one title cited twice may be one citation). */
function countTitles(text: string): number {
  return new Set(text.match(/《[^《》]+》/g) ?? []).size;
}

export const basisUnparsedRule: CheckRule = {
  id: 'check/basis-unparsed',
  defaultSeverity: 'warning',
  description: 'A non-empty 公开依据 yields citations, one per 《title》 it names.',
  create(ctx) {
    return {
      item(item) {
        const text = item.basisText.trim();
        if (text === '') return;
        if (item.basis.length === 0) {
          ctx.report({ item, message: `公开依据 "${text.slice(0, 80)}" yielded no citation: check the citation parser against this phrasing.`, actual: text });
          return;
        }
        const titles = countTitles(text);
        if (titles > item.basis.length) {
          ctx.report({
            item,
            message: `公开依据 names ${titles} distinct 《…》 titles but only ${item.basis.length} citations were read: check the citation parser.`,
            actual: text,
            expected: `${titles} citations`,
          });
        }
      },
    };
  },
};
