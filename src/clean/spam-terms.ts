/**
 * Matching helpers over the spam lexicons, shared by the spam-line pass, the substitution repair and the
 * residual-spam check.
 */
import { BRAND_PATTERNS, BRAND_TOKENS } from './lexicons/brands.js';
import { SPAM_TERMS } from './lexicons/spam-terms.js';

export { BRAND_PATTERNS, BRAND_TOKENS } from './lexicons/brands.js';
export { SPAM_TERMS } from './lexicons/spam-terms.js';

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
  [...BRAND_TOKENS.map(escapeRegex), ...BRAND_PATTERNS.map((p) => `(?:${p.source})`)].join('|'),
  [...new Set(BRAND_PATTERNS.flatMap((p) => [...p.flags]).filter((f) => f !== 'g' && f !== 'y'))].join(''),
);

/** False when the text certainly holds no brand (one regex scan instead of a search per token and pattern). */
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
  for (const pattern of BRAND_PATTERNS) {
    for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags))) found.push({ token: m[0], index: m.index });
  }
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
