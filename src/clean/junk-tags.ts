/**
 * Removes escaped junk tags that spam mirrors inject with a random shared id, and the bullet
 * glyphs a list renderer left in front of them. Text around the tags on the same line is kept.
 */
import { JUNK_ID, JUNK_TAG_NAMES, LEFTOVER_BULLETS } from './lexicons/junk-tags.js';
import { linePlace } from '../../parsers/shared/lines.js';
import { mapLines } from './lines.js';
import type { Pass } from './types.js';

const NAMES = JUNK_TAG_NAMES.join('|');
/** An opening tag whose only attribute is the random id. */
const OPEN_TAG = new RegExp(`<(?:${NAMES})\\s+id\\s*=\\s*["']?${JUNK_ID}["']?\\s*/?>`, 'giu');
const ANY_OPEN_TAG = new RegExp(OPEN_TAG.source, 'iu');
/** Closing tags are only removed on lines that had a junk opening tag. */
const CLOSE_TAG = new RegExp(`</(?:${NAMES})\\s*>`, 'giu');

export const junkTags: Pass = {
  id: 'clean/junk-tag',
  description: 'Removes escaped junk tags with a random id (<li id="mc848">…) and the bullets left around them.',
  run(text, ctx) {
    // A line holds a junk tag only if the text does, so most texts are never split.
    if (!text.includes('<') || !ANY_OPEN_TAG.test(text)) return text;
    return mapLines(text, (line, i) => {
      OPEN_TAG.lastIndex = 0;
      if (!OPEN_TAG.test(line)) return line;
      const rest = line.replace(OPEN_TAG, '').replace(CLOSE_TAG, '');
      const next = LEFTOVER_BULLETS.test(rest) ? '' : rest.trimEnd();
      ctx.report({
        ruleId: 'clean/junk-tag',
        severity: 'info',
        message: 'Removed injected junk tags; nothing to do unless the line held real text.',
        place: linePlace(i + 1),
        actual: line.trim(),
        expected: next.trim(),
      });
      return next;
    });
  },
};
