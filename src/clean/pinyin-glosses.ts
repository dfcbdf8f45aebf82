/**
 * Removes pinyin glosses that mirror farms put after characters: `國(guó)務(wù)院` → `國務院`,
 * `公(gong)(gong)開(kai)` → `公開`, `社會(huì )保險` → `社會保險`. A gloss only counts after a Han character (or
 * after another gloss), and every syllable must be pinyin, so `(一)`, `(试行)`, `(国务院令第711号)`, `(PDF)` stay.
 */
import { GLOSS_BODY, PINYIN_SYLLABLE, TONED_VOWELS } from './lexicons/pinyin.js';
import { linePlace } from '../../parsers/shared/lines.js';
import { mapLines } from './lines.js';
import type { Pass } from './types.js';

/** A Han character followed by one or more parenthesised glosses (ASCII or full-width brackets). */
const GLOSSED = new RegExp(`(\\p{Script=Han})((?:[(（]\\s*${GLOSS_BODY}\\s*[)）])+)`, 'gu');
/** A gloss anywhere in the text: a line holds one only if the text does, so most texts are never split. */
const ANY_GLOSS = new RegExp(GLOSSED.source, 'u');
const ONE_GLOSS = new RegExp(`[(（]\\s*(${GLOSS_BODY})\\s*[)）]`, 'gu');

const TONE_FREE: Record<string, string> = Object.fromEntries(
  [...TONED_VOWELS].map((ch) => [ch, ch.normalize('NFD').replace(/\p{M}/gu, '')]),
);

/** True for a pinyin syllable (toned or toneless); a lone toneless letter is too weak to count. */
export function isPinyinSyllable(raw: string): boolean {
  const toned = [...raw].some((ch) => TONED_VOWELS.includes(ch));
  const plain = [...raw].map((ch) => TONE_FREE[ch] ?? ch).join('');
  if (!toned && plain.length < 2) return false;
  return PINYIN_SYLLABLE.test(plain);
}

function allPinyin(glosses: string): boolean {
  return [...glosses.matchAll(ONE_GLOSS)].every((m) => isPinyinSyllable(m[1]!));
}

export const pinyinGlosses: Pass = {
  id: 'clean/pinyin-gloss',
  description: 'Removes pinyin glosses after Han characters (國(guó)務(wù)院 → 國務院), toned, toneless or repeated.',
  run(text, ctx) {
    if (!text.includes('(') && !text.includes('（')) return text;
    if (!ANY_GLOSS.test(text)) return text;
    return mapLines(text, (line, i) => {
      const removed: string[] = [];
      const next = line.replace(GLOSSED, (whole, han: string, glosses: string) => {
        if (!allPinyin(glosses)) return whole;
        removed.push(glosses);
        return han;
      });
      if (removed.length === 0) return line;
      ctx.report({
        ruleId: 'clean/pinyin-gloss',
        severity: 'info',
        message: `Removed ${removed.length} pinyin gloss(es) inserted by a mirror site.`,
        place: linePlace(i + 1),
        actual: removed.join(''),
        expected: '',
      });
      return next;
    });
  },
};
