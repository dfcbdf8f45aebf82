/**
 * Removes injected SEO title lines and keyword farms anywhere in the page: lines made of short
 * porn/gambling keyword items joined by `|`, `_`, `,` (seed 004's tail), a lone brand line (seed 001 line 1),
 * and short keyword-only lines (`女性高爱潮有声视频A片`). Decided by line shape and density, never by one word:
 * 体育局, 彩票公益金, 视频会议, 国产设备, 精品课程, 福利待遇 and 一区二区 in an address stay.
 */
import { FARM_SEPARATORS, SENTENCE_PUNCTUATION } from './lexicons/spam-terms.js';
import { linePlace } from '../../parsers/shared/lines.js';
import { isBlank } from '../../parsers/shared/lines.js';
import { countHan, mapLines } from './lines.js';
import { toSimplifiedChars } from '../../parsers/shared/script-classes.js';
import { findBrands, hasStrongTerm, mayHoldBrand, mayHoldSpamTerms, mayHoldStrongSpam, strongTermsIn, weakTermsIn } from './spam-terms.js';
import type { Pass } from './types.js';

/** Keyword farms have at least this many items. */
const MIN_FARM_ITEMS = 3;
/** Share of items that must be spam for a farm. */
const MIN_FARM_SPAM_SHARE = 0.5;
/** Longest line judged (seed 004's farm is ~600 characters); longer lines are left to the residual-spam check. */
const MAX_SPAM_LINE = 20_000;
/** Longest keyword-only line without separators (an SEO title). */
const MAX_KEYWORD_LINE = 60;

const SEPARATORS_GLOBAL = new RegExp(FARM_SEPARATORS.source, 'gu');

/** Longest average item of a keyword list in block text (items are keywords, not sentences). */
const MAX_LIST_ITEM = 24;
/** Longest block text with fewer than MIN_FARM_ITEMS items that is judged as one keyword line. */
const MAX_SHORT_LIST = 80;

/** One farm item (Simplified) is spam if it has a strong term, or two weak terms (`免费` + `视频`), or a brand. */
export function isSpamItem(item: string): boolean {
  // One scan of character pairs and one regex rule out most items before the per-term searches.
  if (!mayHoldSpamTerms(item) && !mayHoldBrand(item)) return false;
  return strongTermsIn(item).length > 0 || weakTermsIn(item).length >= 2 || findBrands(item).length > 0;
}

/**
 * Han characters an item must keep, once its brands and spam terms are taken out, to be the page's own words with a
 * brand chain glued in front (`…_365体育官网司法局信息公开管理制度`, where the chain replaced the office's name): the
 * line is then the substitution repair's, which removes the brands and keeps the words, not a farm to remove whole.
 */
const OWN_WORDS = 6;

function holdsOwnWords(item: string): boolean {
  const brands = findBrands(item);
  return brands.length > 0 && countHan(ownWords(item, brands).words) >= OWN_WORDS;
}

/** The text without its brands (`rest`), and without its spam terms too (`words`: what the page itself says). */
function ownWords(text: string, brands: readonly { token: string }[]): { rest: string; words: string } {
  let rest = text;
  for (const b of brands) rest = rest.replace(b.token, ' ');
  let words = rest;
  for (const term of [...strongTermsIn(rest), ...weakTermsIn(rest)]) words = words.split(term).join(' ');
  return { rest, words };
}

/** Whether enough items are spam for a keyword farm (judging stops once the share is reached or out of reach). */
function isFarm(items: readonly string[]): boolean {
  if (items.length < MIN_FARM_ITEMS) return false;
  const needed = Math.ceil(items.length * MIN_FARM_SPAM_SHARE);
  let spam = 0;
  for (let i = 0; i < items.length; i += 1) {
    if (isSpamItem(items[i]!)) spam += 1;
    if (spam >= needed) return true;
    if (spam + (items.length - 1 - i) < needed) return false;
  }
  return false;
}

/** A link or a short text (any script) that is spam on its own, as one item of a farm would be. */
export function isSpamText(text: string): boolean {
  const simplified = toSimplifiedChars(text);
  return (findBrands(simplified).length > 0 || mayHoldSpamTerms(simplified)) && isSpamItem(simplified);
}

const LIST_SEPARATORS = new RegExp(`(?:${FARM_SEPARATORS.source}|\\s)+`, 'gu');

/**
 * A keyword list in the text of a page block (any script): a brand or a strong term in it, the items between
 * separators and whitespace (a block's links are joined by spaces) short on average, at least half of them spam; a
 * block with fewer items is judged as one line. For the HTML steps, which remove such blocks before the page becomes lines.
 */
export function isSpamBlock(text: string): boolean {
  const simplified = toSimplifiedChars(text);
  // A list needs a brand or a strong term: a menu of plain links (视频直播, 网站下载) has weak ones only.
  if (!mayHoldStrongSpam(simplified) || (!hasStrongTerm(simplified) && findBrands(simplified).length === 0)) return false;
  const items = simplified.split(LIST_SEPARATORS).filter((s) => s !== '');
  if (items.length < MIN_FARM_ITEMS) return simplified.length <= MAX_SHORT_LIST && spamLineKind(simplified) !== undefined;
  const average = items.reduce((n, s) => n + s.length, 0) / items.length;
  return average <= MAX_LIST_ITEM && isFarm(items);
}

/**
 * Why a line is spam, or undefined when it is not. The line is folded to Simplified characters first, so the
 * lexicon needs one script and the pass can run before conversion (spam must not count as Simplified text
 * when the original script is decided).
 */
export function spamLineKind(original: string): 'keyword-farm' | 'brand-line' | 'keyword-line' | undefined {
  if (isBlank(original) || original.length > MAX_SPAM_LINE || SENTENCE_PUNCTUATION.test(original)) return undefined;
  const line = toSimplifiedChars(original);
  // Every kind needs a brand, a strong term or two different weak terms somewhere in the line (an item's terms
  // and brands are the line's too): most lines have none, and are dismissed after one scan.
  const brands = findBrands(line);
  if (brands.length === 0 && !mayHoldSpamTerms(line)) return undefined;
  const items = line.split(SEPARATORS_GLOBAL).map((s) => s.trim()).filter((s) => s !== '');
  if (isFarm(items) && !items.some(holdsOwnWords)) return 'keyword-farm';
  // Brands are judged by the substitution repair, which keeps the words around them (`澳门赌场…交通运输局`);
  // a line is spam here only when nothing but brands and spam words is left.
  const { rest, words } = ownWords(line, brands);
  if (brands.length > 0 && countHan(words) === 0) return 'brand-line';
  const compact = rest.trim();
  if (compact.length <= MAX_KEYWORD_LINE) {
    const strong = strongTermsIn(compact);
    const weak = weakTermsIn(compact);
    const covered = [...strong, ...weak].reduce((n, t) => n + t.length, 0);
    if (strong.length >= 2 || (strong.length >= 1 && covered >= countHan(compact) / 2)) return 'keyword-line';
  }
  return undefined;
}

const MESSAGES = {
  'keyword-farm': 'Removed an injected keyword farm (porn/gambling terms joined by separators).',
  'brand-line': 'Removed a line holding only a gambling brand.',
  'keyword-line': 'Removed an injected SEO keyword line.',
} as const;

export const spamLines: Pass = {
  id: 'clean/spam-line',
  description: 'Removes SEO title lines, keyword farms and brand-only lines anywhere in the page (by shape and density).',
  run(text, ctx) {
    return mapLines(text, (line, i) => {
      const kind = spamLineKind(line);
      if (!kind) return line;
      ctx.report({
        ruleId: 'clean/spam-line',
        severity: 'warning',
        message: `${MESSAGES[kind]} The page was hacked or mirrored: prefer a clean copy if one exists.`,
        place: linePlace(i + 1),
        actual: line.trim(),
        expected: '',
      });
      return '';
    });
  },
};
