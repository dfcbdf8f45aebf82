/**
 * Matching helpers over the spam lexicons, shared by the spam-line pass, the substitution repair and the
 * residual-spam check.
 */
import { BRAND_PATTERNS, BRAND_TITLE, BRAND_TOKENS } from './lexicons/brands.js';
import { SPAM_TERMS } from './lexicons/spam-terms.js';
import { bmpTable } from '../../parsers/shared/char-table.js';

export interface BrandMatch {
  token: string;
  index: number;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Any brand token or brand pattern, as one regex: a text it does not match holds no brand. Flags are the union of
 * the patterns' flags (without g/y), which can only make it match more.
 */
const ANY_BRAND = new RegExp(
  [...BRAND_TOKENS.map(escapeRegex), ...[...BRAND_PATTERNS, BRAND_TITLE.prefilter].map((p) => `(?:${p.source})`)].join('|'),
  [...new Set([...BRAND_PATTERNS, BRAND_TITLE.prefilter].flatMap((p) => [...p.flags]).filter((f) => f !== 'g' && f !== 'y'))].join(''),
);

/** False when the text certainly holds no brand, title shapes included (one regex scan instead of a search per token and pattern). */
export function mayHoldBrand(text: string): boolean {
  return ANY_BRAND.test(text);
}

/** Every brand token in the text, left to right, longest first at a position, without overlaps. */
export function findBrands(text: string): BrandMatch[] {
  if (!mayHoldBrand(text)) return [];
  const found: BrandMatch[] = [];
  for (const token of BRAND_TOKENS) {
    for (let i = text.indexOf(token); i >= 0; i = text.indexOf(token, i + token.length)) {
      found.push({ token, index: i });
    }
  }
  // The patterns are global and matched in place (a copy per call, as matchAll makes, costs more than the match).
  for (const pattern of BRAND_PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) found.push({ token: m[0], index: m.index });
  }
  found.push(...findBrandTitles(text));
  found.sort((a, b) => a.index - b.index || b.token.length - a.token.length);
  const kept: BrandMatch[] = [];
  let end = -1;
  for (const m of found) {
    if (m.index < end) continue;
    kept.push(m);
    end = m.index + m.token.length;
  }
  return kept;
}

/**
 * The first two code units of each term, weighted: a strong term counts 2, a weak one 1. A text holding a strong
 * term, or two different weak terms, hits starts whose weights add up to at least 2.
 */
const TERM_STARTS = new Map<number, number>();
/** First code units of the terms, to skip the map lookup at most positions. */
const TERM_FIRST_UNITS = new Uint8Array(0x10000);
for (const [terms, weight] of [
  [SPAM_TERMS.strong, 2],
  [SPAM_TERMS.weak, 1],
] as const) {
  for (const term of terms) {
    if (term.length < 2) throw new Error(`spam term "${term}" is shorter than two characters`);
    const key = (term.charCodeAt(0) << 16) | term.charCodeAt(1);
    TERM_STARTS.set(key, (TERM_STARTS.get(key) ?? 0) + weight);
    TERM_FIRST_UNITS[term.charCodeAt(0)] = 1;
  }
}

/**
 * False when the text certainly holds neither a strong term nor two different weak terms: one scan of character
 * pairs instead of a search per term.
 */
export function mayHoldSpamTerms(text: string): boolean {
  let weight = 0;
  const seen: number[] = [];
  for (let i = 0; i + 1 < text.length; i += 1) {
    if (TERM_FIRST_UNITS[text.charCodeAt(i)] !== 1) continue;
    const key = (text.charCodeAt(i) << 16) | text.charCodeAt(i + 1);
    const w = TERM_STARTS.get(key);
    if (w === undefined || seen.includes(key)) continue;
    seen.push(key);
    weight += w;
    if (weight >= 2) return true;
  }
  return false;
}

const ANY_STRONG = new RegExp(SPAM_TERMS.strong.map(escapeRegex).join('|'), 'u');
/** ANY_STRONG or ANY_BRAND in one scan. */
const ANY_STRONG_OR_BRAND = new RegExp(`${ANY_STRONG.source}|${ANY_BRAND.source}`, [...new Set([...ANY_STRONG.flags, ...ANY_BRAND.flags])].join(''));

/**
 * False when the text (Simplified) certainly holds neither a brand nor a strong term: what a keyword list always
 * has, and a page of plain text (which has weak terms such as 网站, 下载 all over) does not.
 */
export function mayHoldStrongSpam(text: string): boolean {
  return ANY_STRONG_OR_BRAND.test(text);
}

/** Whether the text holds a strong term (one scan; `strongTermsIn` lists them). */
export function hasStrongTerm(text: string): boolean {
  return ANY_STRONG.test(text);
}

/** Strong terms present in the text (no government text uses them). */
export function strongTermsIn(text: string): string[] {
  return SPAM_TERMS.strong.filter((term) => text.includes(term));
}

/** Weak terms present in the text. */
export function weakTermsIn(text: string): string[] {
  return SPAM_TERMS.weak.filter((term) => text.includes(term));
}

/**
 * Spam that must not survive into output: brand tokens and strong porn/gambling terms, in order of appearance
 * (duplicates kept, so a count is a count). For the `check/residual-spam` rule.
 */
export function findResidualSpam(text: string): string[] {
  const hits: BrandMatch[] = findBrands(text);
  for (const term of SPAM_TERMS.strong) {
    for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) {
      if (!hits.some((h) => i >= h.index && i < h.index + h.token.length)) hits.push({ token: term, index: i });
    }
  }
  return hits.sort((a, b) => a.index - b.index).map((h) => h.token);
}

const TITLE_WORDS = [...BRAND_TITLE.gambling, ...BRAND_TITLE.site].sort((a, b) => b.length - a.length);
/** BRAND_TITLE.segment as a table of code units, built on first use (a regex test per character cost more than the scan). */
let titleUnits: Uint8Array | undefined;
const isTitleChar = (text: string, i: number): boolean => (titleUnits ??= bmpTable(BRAND_TITLE.segment))[text.charCodeAt(i)] === 1;

/** Offsets of the brand cores in text[start, end), years left out. */
function coresIn(text: string, start: number, end: number): { index: number; end: number; latin: boolean }[] {
  const out: { index: number; end: number; latin: boolean }[] = [];
  for (const m of text.slice(start, end).matchAll(BRAND_TITLE.core)) {
    if (BRAND_TITLE.year.test(m[0])) continue;
    out.push({ index: start + m.index, end: start + m.index + m[0].length, latin: /[A-Za-z]/u.test(m[0]) });
  }
  return out;
}

/** Where a run of title words starting at `at` ends (`at` when none starts there). */
function titleWordsEnd(text: string, at: number, limit: number): number {
  let end = at;
  for (;;) {
    const word = TITLE_WORDS.find((w) => end + w.length <= limit && text.startsWith(w, end));
    if (!word) return end;
    end += word.length;
  }
}

/** The title in one joined run of segments, or undefined (see BRAND_TITLE). */
function titleIn(text: string, segments: readonly (readonly [number, number])[]): BrandMatch | undefined {
  const cores = segments.map(([s, e]) => coresIn(text, s, e));
  const withCore = cores.flatMap((c, i) => (c.length > 0 ? [i] : []));
  if (withCore.length < BRAND_TITLE.minCoreSegments) return undefined;
  const first = withCore[0]!;
  const last = withCore[withCore.length - 1]!;
  const start = cores[first]![0]!.index;
  const lastCore = cores[last]![cores[last]!.length - 1]!;
  let end = titleWordsEnd(text, lastCore.end, segments[last]![1]);
  // Segments after the last core belong to the title only when they are title words through and through (`_官网`).
  for (let i = last + 1; i < segments.length && end === segments[i - 1]![1]; i += 1) {
    const [s, e] = segments[i]!;
    if (titleWordsEnd(text, s, e) !== e) break;
    end = e;
  }
  const token = text.slice(start, end);
  const latin = cores.slice(first, last + 1).some((c) => c.some((k) => k.latin));
  if (!latin && !BRAND_TITLE.gambling.some((w) => token.includes(w))) return undefined;
  return { token, index: start };
}

/** Gambling site titles pasted where a name stood (`365bet真人_beat365官方入口…`), left to right. */
export function findBrandTitles(text: string): BrandMatch[] {
  if (!BRAND_TITLE.prefilter.test(text)) return [];
  const found: BrandMatch[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isTitleChar(text, i)) {
      i += 1;
      continue;
    }
    const segments: [number, number][] = [];
    let start = i;
    for (;;) {
      let end = start;
      while (end < text.length && isTitleChar(text, end)) end += 1;
      segments.push([start, end]);
      const joined = end + 1 < text.length && BRAND_TITLE.joiners.includes(text[end]!) && isTitleChar(text, end + 1);
      if (!joined) {
        i = end;
        break;
      }
      start = end + 1;
    }
    const title = segments.length >= BRAND_TITLE.minCoreSegments ? titleIn(text, segments) : undefined;
    if (title) found.push(title);
  }
  return found;
}
