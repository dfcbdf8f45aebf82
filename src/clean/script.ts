/**
 * Traditional → Simplified, one character at a time. opencc-js phrase converters segment text into words and
 * rewrite some of them (regional phrase tables); converting each character alone uses only the character
 * tables, so every character maps to itself or to its Simplified form and the pass is idempotent on Simplified
 * text. The original script is recorded in `ctx.facts.script` for `source.script`.
 */
import { MIXED_MINORITY_SHARE } from '../../parsers/shared/lexicons/script-chars.js';
import { linePlace } from '../../parsers/shared/lines.js';
import { classCounts, toSimplifiedChars, type ClassCounts } from '../../parsers/shared/script-classes.js';
import type { Pass } from './types.js';

export type Script = 'simplified' | 'traditional' | 'mixed' | 'none';

function scriptOf({ han, traditional, simplified }: ClassCounts): Script {
  if (han === 0) return 'none';
  const evidence = traditional + simplified;
  if (traditional === 0) return 'simplified';
  if (simplified === 0) return 'traditional';
  // A stray character of the other script (a name, a quoted word) does not make a text mixed.
  if (Math.min(traditional, simplified) / evidence < MIXED_MINORITY_SHARE) {
    return traditional > simplified ? 'traditional' : 'simplified';
  }
  return 'mixed';
}

/** Decides the script from the characters that only one script uses. */
export function detectScript(text: string): Script {
  return scriptOf(classCounts(text));
}

/** Index of the line (as split by `editLines`) that holds offset `offset`, which is not inside a CRLF. */
function lineIndexAt(text: string, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) line += 1;
  }
  return line;
}

export const script: Pass = {
  id: 'clean/script',
  description: 'Converts Traditional characters to Simplified (character mode) and records the original script.',
  run(text, ctx) {
    const counts = classCounts(text);
    ctx.facts.script = scriptOf(counts);
    // Every Traditional-only character is converted, so a text without one is left as it is.
    if (counts.traditional === 0) return text;
    const changed = new Map<string, string>();
    let count = 0;
    let first = -1;
    let last = -1;
    // Conversion is per character, so line ends are never touched.
    const out = toSimplifiedChars(text, (from, to, i) => {
      count += 1;
      if (!changed.has(from)) changed.set(from, to);
      if (first < 0) first = i;
      last = i;
    });
    // One report per file: listing every character would drown the real removals.
    const pairs = [...changed];
    ctx.report({
      ruleId: 'clean/script',
      severity: 'info',
      message: `Converted ${count} Traditional characters (${pairs.length} distinct) to Simplified; original script: ${ctx.facts.script}.`,
      place: linePlace(lineIndexAt(text, first) + 1, lineIndexAt(text, last) + 1),
      actual: pairs.map(([t]) => t).join(''),
      expected: pairs.map(([, s]) => s).join(''),
    });
    return out;
  },
};
