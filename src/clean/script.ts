/**
 * Traditional → Simplified, one character at a time. opencc-js phrase converters segment text into words and
 * rewrite some of them (regional phrase tables); converting each character alone uses only the character
 * tables, so every character maps to itself or to its Simplified form and the pass is idempotent on Simplified
 * text. The original script is recorded in `ctx.facts.script` for `source.script`.
 */
import { MIXED_MINORITY_SHARE } from './lexicons/script-chars.js';
import { linePlace } from '../../parsers/shared/lines.js';
import { CharClass, forEachCjk, simplifyChar } from './script-classes.js';
import type { Pass } from './types.js';

export type Script = 'simplified' | 'traditional' | 'mixed' | 'none';

/** Character-mode conversion of a whole string; `onChange` sees each converted character. */
export function toSimplifiedChars(text: string, onChange?: (from: string, to: string) => void): string {
  let out = '';
  let last = 0;
  forEachCjk(text, (cls, i, length) => {
    if (cls !== CharClass.TraditionalOnly) return;
    const ch = text.slice(i, i + length);
    const s = simplifyChar(ch);
    onChange?.(ch, s);
    out += text.slice(last, i) + s;
    last = i + length;
  });
  return last === 0 ? text : out + text.slice(last);
}

/** Counts of the characters that decide the script. */
class ScriptTally {
  han = 0;
  traditional = 0;
  simplified = 0;

  add(cls: CharClass): void {
    if (cls === CharClass.NotHan) return;
    this.han += 1;
    if (cls === CharClass.TraditionalOnly) this.traditional += 1;
    else if (cls === CharClass.SimplifiedOnly) this.simplified += 1;
  }

  script(): Script {
    const { han, traditional, simplified } = this;
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
}

/** Decides the script from the characters that only one script uses. */
export function detectScript(text: string): Script {
  const tally = new ScriptTally();
  forEachCjk(text, (cls) => tally.add(cls));
  return tally.script();
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
    // One scan decides the script and converts: conversion is per character, so line ends are never touched.
    const tally = new ScriptTally();
    const changed = new Map<string, string>();
    let count = 0;
    let first = -1;
    let last = -1;
    let out = '';
    let copied = 0;
    forEachCjk(text, (cls, i, length) => {
      tally.add(cls);
      if (cls !== CharClass.TraditionalOnly) return;
      const ch = text.slice(i, i + length);
      const s = simplifyChar(ch);
      count += 1;
      if (!changed.has(ch)) changed.set(ch, s);
      if (first < 0) first = i;
      last = i;
      out += text.slice(copied, i) + s;
      copied = i + length;
    });
    ctx.facts.script = tally.script();
    if (count === 0) return text;
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
    return out + text.slice(copied);
  },
};
