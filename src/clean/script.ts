/**
 * Traditional → Simplified, one character at a time. opencc-js phrase converters segment text into words and
 * rewrite some of them (regional phrase tables); converting each character alone uses only the character
 * tables, so every character maps to itself or to its Simplified form and the pass is idempotent on Simplified
 * text. The original script is recorded in `ctx.facts.script` for `source.script`.
 */
import { MIXED_MINORITY_SHARE } from './lexicons/script-chars.js';
import { editLines, linePlace } from '../../parsers/shared/lines.js';
import { CharClass, classOf, forEachCjk, simplifyChar } from './script-classes.js';
import type { Pass } from './types.js';

export type Script = 'simplified' | 'traditional' | 'mixed' | 'none';

/** Character-mode conversion of a whole string; `onChange` sees each converted character. */
export function toSimplifiedChars(text: string, onChange?: (from: string, to: string) => void): string {
  let out = '';
  let last = 0;
  forEachCjk(text, (ch, i) => {
    if (classOf(ch) !== CharClass.TraditionalOnly) return;
    const s = simplifyChar(ch);
    onChange?.(ch, s);
    out += text.slice(last, i) + s;
    last = i + ch.length;
  });
  return last === 0 ? text : out + text.slice(last);
}

/** Decides the script from the characters that only one script uses. */
export function detectScript(text: string): Script {
  let traditional = 0;
  let simplified = 0;
  let han = 0;
  forEachCjk(text, (ch) => {
    const c = classOf(ch);
    if (c === CharClass.NotHan) return;
    han += 1;
    if (c === CharClass.TraditionalOnly) traditional += 1;
    else if (c === CharClass.SimplifiedOnly) simplified += 1;
  });
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

export const script: Pass = {
  id: 'clean/script',
  description: 'Converts Traditional characters to Simplified (character mode) and records the original script.',
  run(text, ctx) {
    ctx.facts.script = detectScript(text);
    const { lines, join } = editLines(text);
    const changed = new Map<string, string>();
    let count = 0;
    let first = -1;
    let last = -1;
    const out = lines.map((line, i) => {
      const next = toSimplifiedChars(line, (from, to) => {
        count += 1;
        if (!changed.has(from)) changed.set(from, to);
      });
      if (next !== line) {
        if (first < 0) first = i;
        last = i;
      }
      return next;
    });
    if (count === 0) return text;
    // One report per file: listing every character would drown the real removals.
    const pairs = [...changed];
    ctx.report({
      ruleId: 'clean/script',
      severity: 'info',
      message: `Converted ${count} Traditional characters (${pairs.length} distinct) to Simplified; original script: ${ctx.facts.script}.`,
      place: linePlace(first + 1, last + 1),
      actual: pairs.map(([t]) => t).join(''),
      expected: pairs.map(([, s]) => s).join(''),
    });
    return join(out);
  },
};
