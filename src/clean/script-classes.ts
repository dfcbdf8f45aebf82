/**
 * Character classes for script detection and character-mode conversion, cached per BMP code unit so a
 * multi-megabyte page costs one array lookup per character (opencc-js is asked once per distinct character).
 */
import OpenCC, { type DictGroup, type DictLike } from 'opencc-js';
import { SHARED_SCRIPT_CHARACTERS } from './lexicons/script-chars.js';
import { HAN } from './lines.js';

export const CharClass = {
  NotHan: 1,
  /** Han, same in both scripts (or no evidence either way). */
  Neutral: 2,
  /** Has a different Simplified form. */
  TraditionalOnly: 3,
  /** Has a Traditional form and is not a character both scripts use. */
  SimplifiedOnly: 4,
} as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

// Built on first use: loading the dictionaries costs a noticeable fraction of a second per process or worker.
let converters: { toSimplified: (s: string) => string; toTraditional: (s: string) => string } | undefined;
const opencc = () => (converters ??= { toSimplified: OpenCC.Converter({ from: 'hk', to: 'cn' }), toTraditional: characterToTraditional() });

/**
 * opencc's cn → t chain for single characters: the same dictionaries without their phrase entries, which never match
 * one character and are most of its memory (a 20 MB trie in every thread).
 */
export function characterToTraditional(): (ch: string) => string {
  const { normalizationChain = [], conversionChain } = OpenCC.Locale.configs.s2t! as { normalizationChain?: DictGroup[]; conversionChain: readonly DictGroup[] };
  const characters = (group: DictGroup) => group.map(characterEntries).filter((dict: DictLike) => dict.length > 0);
  return OpenCC.ConverterFactory(...normalizationChain, ...conversionChain.map(characters));
}

function characterEntries(dict: DictLike): DictLike {
  return typeof dict === 'string' ? dict.split('|').filter((entry) => [...entry.slice(0, entry.indexOf(' '))].length === 1).join('|') : dict.filter(([from]: readonly [string, string]) => [...from].length === 1);
}
const bmpClasses = new Uint8Array(0x10000);
const astralClasses = new Map<string, CharClass>();
const simplified = new Map<string, string>();

function classify(ch: string): CharClass {
  if (!HAN.test(ch)) return CharClass.NotHan;
  const { toSimplified, toTraditional } = opencc();
  const s = toSimplified(ch);
  if (s !== ch) {
    simplified.set(ch, s);
    return CharClass.TraditionalOnly;
  }
  if (!SHARED_SCRIPT_CHARACTERS.includes(ch) && toTraditional(ch) !== ch) return CharClass.SimplifiedOnly;
  return CharClass.Neutral;
}

/** Class of one character (a code point as a string). */
export function classOf(ch: string): CharClass {
  if (ch.length === 1) {
    const code = ch.charCodeAt(0);
    return (bmpClasses[code] ||= classify(ch)) as CharClass;
  }
  let c = astralClasses.get(ch);
  if (c === undefined) {
    c = classify(ch);
    astralClasses.set(ch, c);
  }
  return c;
}

/** The Simplified form of one character (itself when it has none). */
export function simplifyChar(ch: string): string {
  return classOf(ch) === CharClass.TraditionalOnly ? simplified.get(ch)! : ch;
}

/** First code unit of the CJK blocks: everything below is skipped without a lookup. */
const FIRST_CJK = 0x2e80;

/**
 * Visits every character that may be Han, with its offset. Characters below the CJK blocks are skipped, and
 * surrogate pairs are visited as one character.
 */
export function forEachCjk(text: string, visit: (ch: string, index: number) => void): void {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < FIRST_CJK) continue;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      visit(text.slice(i, i + 2), i);
      i += 1;
    } else visit(text[i]!, i);
  }
}
