/**
 * The spam substitution repair as a document pass, so running text (notices, catalogues read as text) is
 * repaired before parsing. The page itself is evidence: a sentence that reads clean elsewhere on the page
 * proves what the brand replaced.
 */
import { linePlace } from '../../parsers/shared/lines.js';
import { buildEvidence, repairSpamText } from './spam-repair.js';
import type { Pass } from './types.js';

/** Line index of each character offset, by binary search over line starts. */
function lineOf(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

/**
 * The pass over a given evidence corpus (canonical texts + batch texts from `buildEvidence`); the page itself is
 * always evidence too.
 */
export function spamSubstitutionPass(evidence: readonly string[] = buildEvidence()): Pass {
  return {
    id: 'clean/spam-substitution',
    description: 'Puts back the word a gambling brand replaced (关于 in titles; proven words elsewhere) or removes the brand.',
    run(text, ctx) {
      // Line starts are only needed to place a repair; most pages hold no brand.
      let line: ((offset: number) => number) | undefined;
      const lineAt = (offset: number): number => (line ??= lineOf(text))(offset);
      // Replacements never contain a newline, so the line count is kept.
      return repairSpamText(text, { report: ctx.report, place: (i) => linePlace(lineAt(i) + 1), evidence }).text;
    },
  };
}

export const spamSubstitution: Pass = spamSubstitutionPass();
