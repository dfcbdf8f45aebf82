/**
 * Name normalization for coverage matching: two catalogues print the same 事项 with different numbering, brackets,
 * spacing, script and connectives. Both sides go through the same steps, so a step that is lossy (dropping 及)
 * cannot create a mismatch, only a (rare) false equality.
 */
import * as OpenCC from 'opencc-js';
import { NAME_SYNONYMS } from './synonyms.js';

// Character mode only: phrase conversion would rewrite words, and names must stay what the source printed.
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** `1.1` / `1、` / `一、` / `(三)` printed before the name. Chinese numerals only with a separator: 一次性… is a name. */
const LEADING_NUMBER = /^(?:\d+(?:[.．]\d+)*[.．、]?|[一二三四五六七八九十]+、|[(（][0-9一二三四五六七八九十]+[)）])\s*/u;
const BRACKETED = /\([^()]*\)|（[^（）]*）|〔[^〔〕]*〕|\[[^[\]]*\]|【[^【】]*】/gu;
const QUOTES_AND_PUNCTUATION = /[\s《》〈〉「」『』“”"'‘’·•.,，。、;；:：!！?？\-—_/\\|~～]/gu;
/** 的 and connectives vary freely between versions (挂失和解挂 / 挂失与解挂 / 挂失、解挂). */
const CONNECTIVES = /以及|的|和|与|及/gu;

export function normalizeName(raw: string): string {
  let s = toSimplified(raw.normalize('NFKC')).trim();
  s = s.replace(LEADING_NUMBER, '');
  // Brackets hold qualifiers ((含建档立卡贫困劳动力), (项目)) that republications keep or drop.
  let previous;
  do {
    previous = s;
    s = s.replace(BRACKETED, '');
  } while (s !== previous);
  return s.replace(QUOTES_AND_PUNCTUATION, '').replace(CONNECTIVES, '');
}

/** Variants sorted longest first, so 工程建设项目工伤保险参保登记 wins over a shorter overlapping variant. */
const VARIANTS: { variant: string; canonical: string }[] = NAME_SYNONYMS.flatMap((group) =>
  group.slice(1).map((variant) => ({ variant, canonical: group[0] })),
).sort((a, b) => b.variant.length - a.variant.length || (a.variant < b.variant ? -1 : 1));

/** Replaces synonym variants by their canonical phrase; `used` lists `variant≈canonical` for the explanation. */
export function applySynonyms(normalized: string): { text: string; used: string[] } {
  let text = normalized;
  const used: string[] = [];
  for (const { variant, canonical } of VARIANTS) {
    if (!text.includes(variant)) continue;
    text = text.split(variant).join(canonical);
    used.push(`${variant}≈${canonical}`);
  }
  return { text, used };
}
