/**
 * Junk tags that spam mirrors inject as visible, escaped HTML: empty elements that all share
 * one random id, e.g. `<li id="mc848"><source id="mc848"></source></li>` (seed 004) or
 * `<noframes id="zdbdv"><address id="zdbdv"><listing id="zdbdv"></listing></address>`.
 */

/** Element names seen in the injected blocks. Real page text never shows these tags escaped with an id. */
export const JUNK_TAG_NAMES = [
  'li',
  'source',
  'rt',
  'rp',
  'ruby',
  'table',
  'noframes',
  'address',
  'listing',
  'form',
  'legend',
  'del',
  'ins',
  'tt',
  'sub',
  'sup',
  'pre',
  'strike',
  'acronym',
  'big',
  'dfn',
  'em',
  'i',
  'b',
  'u',
  'span',
  'label',
  'option',
  'optgroup',
  'menuitem',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'track',
  'wbr',
  'var',
  'kbd',
  'samp',
  'object',
  'output',
  'progress',
  'mark',
  'ol',
  'ul',
  'dl',
  'dt',
  'dd',
  'div',
  'p',
  'font',
  'nobr',
  'center',
  'small',
  'strong',
  'cite',
  'code',
  'abbr',
  'bdo',
  'q',
  's',
] as const;

/** The injected id: a short random run of lowercase letters and digits (`mc848`, `zdbdv`). */
export const JUNK_ID = '[a-z0-9]{3,10}';

/**
 * Any element name, for tags whose id is shared: mirrors also inject names no list keeps up with (`<meter>`,
 * `<samp>`, the made-up `<delect>`), and an id shared by several tags is the injection's signature on its own.
 */
export const ANY_TAG_NAME = '[a-z][a-z0-9]{0,11}';

/** An id shared by at least this many escaped tags in a text marks them all as injected. */
export const SHARED_ID_TAGS = 2;

/** Glyphs a list renderer leaves in front of the removed tags (`• <li id=…>`). */
export const LEFTOVER_BULLETS = /^[\s•·●◆◇■□▪▫○◦‣⁃*-]*$/u;
