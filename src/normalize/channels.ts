/**
 * 公开渠道和载体 → canonical channel names. Checkbox lists keep only checked options; values
 * outside the vocabulary are kept verbatim so nothing is lost. Pure; never throws.
 */
import {
  AMBIGUOUS_GLYPHS,
  CANONICAL_CHANNELS,
  CHANNEL_PATTERNS,
  CHANNEL_SYNONYMS,
  CHECKED_GLYPHS,
  UNCHECKED_GLYPHS,
} from './channel-vocabulary.js';
import { foldText } from './fold.js';

/** A stretch of the cell: `text` verbatim, `folded` the same stretch folded (same length). */
interface Piece {
  text: string;
  folded: string;
}

const SEPARATOR = /[、,，;；/|\s]/;
const GLYPHS = CHECKED_GLYPHS + UNCHECKED_GLYPHS;
/** Vocabulary entries whose own `/` must not split them (`入户/现场`). */
const SLASHED = [...CANONICAL_CHANNELS, ...Object.keys(CHANNEL_SYNONYMS)].filter((t) => t.includes('/'));
const KNOWN_STARTS = [...CANONICAL_CHANNELS, ...Object.keys(CHANNEL_SYNONYMS)].filter((t) => t.length >= 2);

export function parseChannels(text: string): string[] {
  const whole: Piece = { text, folded: foldText(text) };
  const out = new Set<string>(); // insertion-ordered: first mention wins
  for (const option of checkedOptions(whole)) {
    const tokens = splitTokens(option);
    // `■其他 基层公共服务平台`: the box label 其他 stands for the text after it.
    if (tokens.length > 1 && tokens[0]!.folded === '其他') tokens.shift();
    for (const t of tokens) {
      const value = canonical(t);
      if (value !== '') out.add(value);
    }
  }
  return [...out];
}

/** The options to keep: all of a plain list; only checked boxes (and any text before the first box) of a checkbox list. */
function checkedOptions(p: Piece): Piece[] {
  const marks: number[] = [];
  const plain = hasPlainGlyph(p.folded);
  for (let i = 0; i < p.folded.length; i++) if (isMark(p.folded, i, marks, plain)) marks.push(i);
  if (marks.length === 0) return [p];
  const options: Piece[] = [slice(p, 0, marks[0]!)];
  marks.forEach((at, k) => {
    if (CHECKED_GLYPHS.includes(p.folded[at]!)) options.push(slice(p, at + 1, marks[k + 1] ?? p.folded.length));
  });
  return options;
}

/**
 * Unambiguous glyphs always mark a box. `口`/`R`/`þ`/`£` are also ordinary characters (窗口), so they mark a box only
 * where an option starts — at the start, after a separator or another box — or right before a known channel name.
 */
function isMark(folded: string, i: number, marks: number[], plainGlyphs: boolean): boolean {
  const c = folded[i]!;
  if (!GLYPHS.includes(c)) return false;
  if (!AMBIGUOUS_GLYPHS.includes(c)) return true;
  const next = folded[i + 1];
  if (next === undefined || SEPARATOR.test(next)) return false;
  const prev = folded[i - 1];
  const atBoundary = prev === undefined || SEPARATOR.test(prev) || marks.at(-1) === i - 1;
  if (atBoundary && (i === 0 || marks.length > 0 || plainGlyphs)) return true;
  return plainGlyphs && KNOWN_STARTS.some((t) => folded.startsWith(t, i + 1));
}

function hasPlainGlyph(folded: string): boolean {
  return [...GLYPHS].some((g) => !AMBIGUOUS_GLYPHS.includes(g) && folded.includes(g));
}

/** Splits on list separators, except inside parentheses and inside slashed vocabulary names. */
function splitTokens(p: Piece): Piece[] {
  const guarded = new Array<boolean>(p.folded.length).fill(false);
  for (const term of SLASHED) {
    for (let at = p.folded.indexOf(term); at >= 0; at = p.folded.indexOf(term, at + 1)) guarded.fill(true, at, at + term.length);
  }
  const tokens: Piece[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= p.folded.length; i++) {
    const c = p.folded[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    if (c !== undefined && (depth > 0 || guarded[i] || !SEPARATOR.test(c))) continue;
    if (i > start) tokens.push(slice(p, start, i));
    start = i + 1;
  }
  return tokens;
}

function slice(p: Piece, from: number, to: number): Piece {
  return { text: p.text.slice(from, to), folded: p.folded.slice(from, to) };
}

/** Canonical name, or the token verbatim when the vocabulary does not know it. */
function canonical(t: Piece): string {
  const folded = t.folded.trim().replace(/等$/, '');
  const known = lookup(folded);
  if (known) return known;
  // `其他基层公共服务平台`, `其他:…`, `其他(…)`: keep what the 其他 box names.
  const other = /^其他[:(]?(.+?)\)?$/.exec(folded);
  if (other) {
    const named = other[1]!;
    const from = t.folded.indexOf(named);
    return lookup(named) ?? t.text.slice(from, from + named.length).trim();
  }
  return t.text.trim();
}

function lookup(folded: string): string | undefined {
  if (CANONICAL_CHANNELS.includes(folded)) return folded;
  // hasOwn: a value like `constructor` must not find Object.prototype.
  if (Object.hasOwn(CHANNEL_SYNONYMS, folded)) return CHANNEL_SYNONYMS[folded];
  return CHANNEL_PATTERNS.find(([pattern]) => pattern.test(folded))?.[1];
}
