import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BRAND_TOKENS } from '../../src/clean/lexicons/brands.js';
import { SPAM_TERMS } from '../../src/clean/lexicons/spam-terms.js';
import { findBrands, mayHoldBrand, mayHoldSpamTerms, strongTermsIn, weakTermsIn } from '../../src/clean/spam-terms.js';
import { runs } from '../helpers/runs.js';

/** Lexicon words, their pieces and plain text, so that terms overlap, split and repeat. */
const piece = fc.oneof(
  fc.constantFrom(...BRAND_TOKENS, ...SPAM_TERMS.strong, ...SPAM_TERMS.weak, '888娱乐平台', 'ag真人官网', '赌场推荐', '娛樂城', '2022体育'),
  fc.constantFrom(...SPAM_TERMS.weak, ...SPAM_TERMS.strong).map((t) => t.slice(0, 1)),
  fc.constantFrom('关于', '政府信息公开', '|', ' ', '_', '1', 'a', '久'),
);
const text = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''));

describe('spam lexicon prefilters', () => {
  it('mayHoldBrand is true whenever a brand is found', () => {
    fc.assert(
      fc.property(text, (t) => {
        if (findBrands(t).length > 0) expect(mayHoldBrand(t)).toBe(true);
        if (!mayHoldBrand(t)) expect(findBrands(t)).toEqual([]);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('mayHoldSpamTerms is true whenever a strong term or two different weak terms are present', () => {
    fc.assert(
      fc.property(text, (t) => {
        if (strongTermsIn(t).length > 0 || weakTermsIn(t).length >= 2) expect(mayHoldSpamTerms(t)).toBe(true);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('counts overlapping weak terms with a shared start (久久久 holds 久久 too)', () => {
    expect(weakTermsIn('久久久')).toEqual(['久久久', '久久']);
    expect(mayHoldSpamTerms('久久久')).toBe(true);
    expect(mayHoldSpamTerms('政府网站')).toBe(false);
  });
});
