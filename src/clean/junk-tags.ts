/**
 * Removes escaped junk tags that spam mirrors inject with a random shared id, and the bullet
 * glyphs a list renderer left in front of them. Text around the tags on the same line is kept. A tag is junk when
 * its name is one the injections use, or when its id is shared by several escaped tags (ids are unique in real
 * markup, so a repeated random id is the injection's signature whatever the element name). On a text that carries
 * such tags, a cut-off tag end glued into a sentence (`组织t>可以`) is a leftover of the same injection.
 */
import { ANY_TAG_NAME, JUNK_ID, JUNK_TAG_NAMES, LEFTOVER_BULLETS, SHARED_ID_TAGS } from './lexicons/junk-tags.js';
import { linePlace } from '../../parsers/shared/lines.js';
import { mapLines } from './lines.js';
import type { Pass, PassContext } from './types.js';

const NAMES = JUNK_TAG_NAMES.join('|');
/** An escaped opening tag whose only attribute is a random-looking id; group 1 is the name, group 2 the id. */
const ANY_ID_TAG = new RegExp(`<(${ANY_TAG_NAME})\\s+id\\s*=\\s*["']?(${JUNK_ID})["']?\\s*/?>`, 'giu');
const HAS_ID_TAG = new RegExp(ANY_ID_TAG.source, 'iu');
const KNOWN_NAME = new RegExp(`^(?:${NAMES})$`, 'iu');
/** Closing tags are only removed on lines that had a junk opening tag. */
const CLOSE_TAG = new RegExp(`</${ANY_TAG_NAME}\\s*>`, 'giu');
/** The end of a cut-off tag glued between Han characters (`组织t>可以`). */
const TAG_FRAGMENT = new RegExp(`(?<=\\p{Script=Han})(?:</?)?[a-z]{1,11}>(?=\\p{Script=Han})`, 'gu');

/** The ids that mark junk in this text: those shared by several escaped tags. */
function sharedIds(text: string): Set<string> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(ANY_ID_TAG)) counts.set(m[2]!, (counts.get(m[2]!) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= SHARED_ID_TAGS).map(([id]) => id));
}

export interface JunkTagScan {
  /** The text without junk tags (and, on a line that held one, without closing tags). */
  text: string;
  /** The tags removed, in order. */
  removed: string[];
}

/**
 * Removes junk tags from one piece of text. `ids` are the shared ids of the whole document (a tag on its own in a
 * table cell is judged by the page it stands in); without them, only the text's own are used.
 */
export function stripJunkTags(text: string, ids: ReadonlySet<string> = sharedIds(text)): JunkTagScan {
  if (!text.includes('<')) return { text, removed: [] };
  const removed: string[] = [];
  const out = text.replace(ANY_ID_TAG, (tag, name: string, id: string) => {
    if (!KNOWN_NAME.test(name) && !ids.has(id)) return tag;
    removed.push(tag);
    return '';
  });
  if (removed.length === 0) return { text, removed };
  return { text: out.replace(CLOSE_TAG, (tag) => (removed.push(tag), '')), removed };
}

/** The shared junk ids of a document's texts, for `stripJunkTags` on its parts. */
export function junkIds(texts: Iterable<string>): Set<string> {
  const all: string[] = [];
  for (const t of texts) if (t.includes('<')) all.push(t);
  return sharedIds(all.join('\n'));
}

export const junkTags: Pass = {
  id: 'clean/junk-tag',
  description: 'Removes escaped junk tags with a random (shared) id (<li id="mc848">…) and the bullets left around them.',
  run(text, ctx) {
    // A line holds a junk tag only if the text holds an escaped tag with an id, so most texts are never split.
    if (!text.includes('<')) return text;
    if (!HAS_ID_TAG.test(text)) return text;
    const ids = sharedIds(text);
    let injected = false;
    const out = mapLines(text, (line, i) => {
      const { text: rest, removed } = stripJunkTags(line, ids);
      if (removed.length === 0) return line;
      injected = true;
      const next = LEFTOVER_BULLETS.test(rest) ? '' : rest.trimEnd();
      reportEdit(ctx, i, line, next, 'Removed injected junk tags; nothing to do unless the line held real text.');
      return next;
    });
    return injected ? removeTagFragments(out, ctx) : out;
  },
};

/** On a page that carried injected tags, cut-off tag ends inside sentences go too. */
function removeTagFragments(text: string, ctx: PassContext): string {
  if (!text.includes('>')) return text;
  return mapLines(text, (line, i) => {
    if (!line.includes('>')) return line;
    const next = line.replace(TAG_FRAGMENT, '');
    if (next !== line) reportEdit(ctx, i, line, next, 'Removed the end of a cut-off injected tag inside the text.');
    return next;
  });
}

function reportEdit(ctx: PassContext, i: number, line: string, next: string, message: string): void {
  ctx.report({ ruleId: 'clean/junk-tag', severity: 'info', message, place: linePlace(i + 1), actual: line.trim(), expected: next.trim() });
}
