/**
 * Traditional → Simplified, one character at a time. opencc-js phrase converters segment text into words and
 * rewrite some of them (regional phrase tables); converting each character alone uses only the character
 * tables, so every character maps to itself or to its Simplified form and the pass is idempotent on Simplified
 * text. The original script is recorded in `ctx.facts.script` for `source.script`.
 */
import OpenCC from 'opencc-js';
import { MIXED_MINORITY_SHARE, SHARED_SCRIPT_CHARACTERS } from './lexicons/script-chars.js';
import { HAN, rangePlace, splitLines } from './lines.js';
import type { Pass } from './types.js';

export type Script = 'simplified' | 'traditional' | 'mixed' | 'none';

const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
const simplifiedCache = new Map<string, string>();
const simplifiedOnlyCache = new Map<string, boolean>();

/** The Simplified form of one character (itself when it has none). */
export function simplifyChar(ch: string): string {
  const cached = simplifiedCache.get(ch);
  if (cached !== undefined) return cached;
  const out: string = HAN.test(ch) ? toSimplified(ch) : ch;
  simplifiedCache.set(ch, out);
  return out;
}

/** Character-mode conversion of a whole string. */
export function toSimplifiedChars(text: string): string {
  let out = '';
  for (const ch of text) out += simplifyChar(ch);
  return out;
}

/** A character only Traditional text uses (it has a different Simplified form). */
export function isTraditionalOnly(ch: string): boolean {
  return simplifyChar(ch) !== ch;
}

/** A character only Simplified text uses: it has a Traditional form and is not shared by both scripts. */
export function isSimplifiedOnly(ch: string): boolean {
  const cached = simplifiedOnlyCache.get(ch);
  if (cached !== undefined) return cached;
  const out = HAN.test(ch) && !SHARED_SCRIPT_CHARACTERS.includes(ch) && toTraditional(ch) !== ch;
  simplifiedOnlyCache.set(ch, out);
  return out;
}

/** Decides the script from the characters that only one script uses. */
export function detectScript(text: string): Script {
  let traditional = 0;
  let simplified = 0;
  let han = 0;
  for (const ch of text) {
    if (!HAN.test(ch)) continue;
    han += 1;
    if (isTraditionalOnly(ch)) traditional += 1;
    else if (isSimplifiedOnly(ch)) simplified += 1;
  }
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
    const { lines, join } = splitLines(text);
    const changed = new Map<string, string>();
    let count = 0;
    let first = -1;
    let last = -1;
    const out = lines.map((line, i) => {
      let next = '';
      for (const ch of line) {
        const s = simplifyChar(ch);
        if (s !== ch) {
          count += 1;
          if (!changed.has(ch)) changed.set(ch, s);
        }
        next += s;
      }
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
      place: rangePlace(first, last),
      actual: pairs.map(([t]) => t).join(''),
      expected: pairs.map(([, s]) => s).join(''),
    });
    return join(out);
  },
};
