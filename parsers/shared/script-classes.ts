/**
 * Character classes for script detection and character-mode conversion, cached per BMP code unit so a
 * multi-megabyte page costs one array lookup per character (opencc-js is asked once per distinct character).
 */
import OpenCC, { type DictGroup, type DictLike } from 'opencc-js';
import { HAN } from './char-table.js';
import { SHARED_SCRIPT_CHARACTERS } from './lexicons/script-chars.js';

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

/** Whether a dictionary source is one code point: converting one character can only match such entries. */
function isOneCodePoint(text: string, start: number, end: number): boolean {
  const length = end - start;
  const lead = text.charCodeAt(start);
  return length === 1 || (length === 2 && lead >= 0xd800 && lead <= 0xdbff);
}

/**
 * The entries of an opencc dictionary (`"from to|from to|…"` or pairs) whose source is one code point, or
 * undefined when there are none.
 */
export function singleCharacterEntries(dictionary: DictLike): DictLike | undefined {
  if (typeof dictionary !== 'string') {
    const pairs = dictionary.filter(([source]: readonly [string, string]) => isOneCodePoint(source, 0, source.length));
    return pairs.length > 0 ? pairs : undefined;
  }
  const kept: string[] = [];
  for (let start = 0; start < dictionary.length; ) {
    const bar = dictionary.indexOf('|', start);
    const end = bar < 0 ? dictionary.length : bar;
    const space = dictionary.indexOf(' ', start);
    if (isOneCodePoint(dictionary, start, space >= 0 && space < end ? space : end)) kept.push(dictionary.slice(start, end));
    start = end + 1;
  }
  return kept.length > 0 ? kept.join('|') : undefined;
}

/** What `OpenCC.Converter` runs for a locale pair: a normalization chain, then a chain of dictionary stages. */
interface ConverterConfig {
  normalizationChain?: readonly DictGroup[];
  segmentation?: unknown;
  conversionChain: readonly DictGroup[];
}

/**
 * `OpenCC.Converter({ from: 'cn', to: 't' })` for one character at a time. Converting one character can only
 * match dictionary entries whose source is one character, so the stages are built from those alone: the same
 * result (a test compares every Han character) without building the trie of ~50,000 phrases, which took
 * about half a second per process.
 */
function simplifiedToTraditional(): (ch: string) => string {
  const config = (OpenCC.Locale as unknown as { configs: Record<string, ConverterConfig> }).configs.s2t!;
  // One stage, no segmentation: a character converted by one stage is never looked up as part of a phrase.
  if (config.segmentation !== undefined || config.conversionChain.length !== 1) return OpenCC.Converter({ from: 'cn', to: 't' });
  const normalize = OpenCC.ConverterFactory(...(config.normalizationChain ?? []));
  const stage = config.conversionChain[0]!.map(singleCharacterEntries).filter((d: DictLike | undefined): d is DictLike => d !== undefined);
  const convert = OpenCC.ConverterFactory(stage);
  return (ch) => convert(normalize(ch));
}

/** The converters `classify` asks, one character at a time. */
export function characterConverters(): { toSimplified: (s: string) => string; toTraditional: (s: string) => string } {
  return { toSimplified: OpenCC.Converter({ from: 'hk', to: 'cn' }), toTraditional: simplifiedToTraditional() };
}

// Built on first use: loading the dictionaries costs time per process or worker.
let converters: ReturnType<typeof characterConverters> | undefined;
const bmpClasses = new Uint8Array(0x10000);
const astralClasses = new Map<string, CharClass>();
const simplified = new Map<string, string>();

function classify(ch: string): CharClass {
  if (!HAN.test(ch)) return CharClass.NotHan;
  const { toSimplified, toTraditional } = (converters ??= characterConverters());
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
  if (ch.length === 1) return bmpClassOf(ch.charCodeAt(0));
  let c = astralClasses.get(ch);
  if (c === undefined) {
    c = classify(ch);
    astralClasses.set(ch, c);
  }
  return c;
}

function bmpClassOf(code: number): CharClass {
  return (bmpClasses[code] ||= classify(String.fromCharCode(code))) as CharClass;
}

/** The Simplified form of one character (itself when it has none). */
export function simplifyChar(ch: string): string {
  return classOf(ch) === CharClass.TraditionalOnly ? simplified.get(ch)! : ch;
}

/** First code unit of the CJK blocks: everything below is skipped without a lookup. */
const FIRST_CJK = 0x2e80;

/**
 * Visits every character that may be Han with its class, offset and length in code units. Characters below the
 * CJK blocks are skipped, and surrogate pairs are visited as one character; BMP characters cost one array lookup.
 */
export function forEachCjk(text: string, visit: (cls: CharClass, index: number, length: 1 | 2) => void): void {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < FIRST_CJK) continue;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      visit(classOf(text.slice(i, i + 2)), i, 2);
      i += 1;
    } else visit(bmpClassOf(code), i, 1);
  }
}

/** How many Han characters a text has, and how many of them only one script uses. */
export interface ClassCounts {
  han: number;
  traditional: number;
  simplified: number;
}

/** The class counts of a text: the same characters as `forEachCjk` visits, in one loop without a callback. */
export function classCounts(text: string): ClassCounts {
  const counts: ClassCounts = { han: 0, traditional: 0, simplified: 0 };
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < FIRST_CJK) continue;
    let cls: CharClass;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      cls = classOf(text.slice(i, i + 2));
      i += 1;
    } else cls = bmpClassOf(code);
    if (cls === CharClass.NotHan) continue;
    counts.han += 1;
    if (cls === CharClass.TraditionalOnly) counts.traditional += 1;
    else if (cls === CharClass.SimplifiedOnly) counts.simplified += 1;
  }
  return counts;
}

/** Character-mode conversion of a whole string; `onChange` sees each converted character and its offset. */
export function toSimplifiedChars(text: string, onChange?: (from: string, to: string, index: number) => void): string {
  if (classCounts(text).traditional === 0) return text;
  // The same characters as forEachCjk visits, in one loop; the unchanged stretches are copied between conversions.
  const parts: string[] = [];
  let last = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < FIRST_CJK) continue;
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const ch = pair ? text.slice(i, i + 2) : undefined;
    const cls = ch === undefined ? bmpClassOf(code) : classOf(ch);
    if (cls === CharClass.TraditionalOnly) {
      const from = ch ?? text[i]!;
      const to = simplified.get(from)!;
      onChange?.(from, to, i);
      parts.push(text.slice(last, i), to);
      last = i + from.length;
    }
    if (pair) i += 1;
  }
  parts.push(text.slice(last));
  return parts.join('');
}
