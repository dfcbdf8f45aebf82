import * as OpenCC from 'opencc-js/t2cn';

/**
 * Folds text for matching only (results keep the source text): Traditional → Simplified, full-width ASCII → ASCII,
 * ideographic space → space. Folding is one character for one character, so an index into the folded string is an
 * index into the original; callers rely on that to slice the original text back out.
 */
let convert: ((s: string) => string) | undefined;

function traditionalToSimplified(s: string): string {
  // Character mode only ('t' → 'cn'): phrase modes would rewrite words and change lengths.
  const run = (convert ??= OpenCC.Converter({ from: 't', to: 'cn' }));
  const whole = run(s);
  if ([...whole].length === [...s].length) return whole;
  return [...s].map((c) => (run(c).length === c.length ? run(c) : c)).join('');
}

function toHalfWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

export function foldText(s: string): string {
  const folded = toHalfWidth(traditionalToSimplified(s));
  // Code-unit lengths must match for index mapping; fall back to the unconverted text if a rare character differs.
  return folded.length === s.length ? folded : toHalfWidth(s);
}
