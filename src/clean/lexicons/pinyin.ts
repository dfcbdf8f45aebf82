/**
 * Pinyin glosses that mirror farms insert after characters: `國(guó)務(wù)院`,
 * `社會(huì )保險` (stray space), toneless and repeated `公(gong)(gong)開(kai)`.
 */

/** Toned vowels of Hanyu Pinyin (both precomposed forms in use). */
export const TONED_VOWELS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';

/**
 * One pinyin syllable after removing tone marks: optional initial + final. `v` stands for ü in toneless input.
 * Used to tell a gloss `(kai)` from an abbreviation or a list marker in parentheses.
 */
export const PINYIN_SYLLABLE =
  /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|üan|van|ai|ei|ao|ou|an|en|er|in|un|ün|vn|ia|ie|iu|ua|uo|ui|üe|ve|a|o|e|i|u|ü|v|ng|n|m)$/;

/** A gloss in ASCII or full-width parentheses, as written: letters (toned or not) and stray spaces. */
export const GLOSS_BODY = `[a-zü${TONED_VOWELS}]+`;
