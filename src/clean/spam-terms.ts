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

/** Every brand token in the text, left to right, longest first at a position, without overlaps. */
export function findBrands(text: string): BrandMatch[] {
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
