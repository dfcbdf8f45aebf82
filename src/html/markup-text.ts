/**
 * Pages too big or too deep for a DOM. A DOM costs about 600 bytes per node: a 16 MB page of a million `<span>`s
 * needs more than a worker's heap, and the HTML parser's work per tag grows with the nesting depth, so 100,000
 * nested `<div>`s take minutes. Such a page is measured before parsing and read without a DOM instead: its markup is
 * turned into text lines, table rows as `| cell | cell |` lines, which the text table parsers read. The measure
 * depends on the page only, so the outcome is the same on any thread and for any --jobs.
 */

/** Above either, the page is read as text. A real page has a few thousand elements, a catalogue table ~10 per row. */
export const MAX_ELEMENTS = 300_000;
export const MAX_DEPTH = 5_000;

/** Elements with no end tag, or whose end tag may be left out: they do not nest. */
const NOT_NESTING = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd tr td th option optgroup thead tbody tfoot colgroup caption rt rp html head body'.split(' '),
);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;

/** Elements (start tags) and the deepest nesting of the page, from its tags alone (no tree is built). */
export function markupSize(html: string): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  let deepest = 0;
  for (const m of html.matchAll(TAG)) {
    const name = m[2]!.toLowerCase();
    if (m[1]) {
      if (!NOT_NESTING.has(name) && depth > 0) depth--;
      continue;
    }
    elements++;
    if (m[3] || NOT_NESTING.has(name)) continue;
    if (++depth > deepest) deepest = depth;
  }
  return { elements, depth: deepest };
}

/** The page's size when it passes a limit, else undefined. */
export function tooLargeForDom(html: string): { elements: number; depth: number } | undefined {
  // Most pages have a few thousand tags: with no more '<' than the depth limit neither limit can be passed, and the
  // page is not walked.
  let opens = 0;
  for (let at = html.indexOf('<'); at >= 0 && opens <= MAX_DEPTH; at = html.indexOf('<', at + 1)) opens++;
  if (opens <= MAX_DEPTH) return undefined;
  const size = markupSize(html);
  return size.elements > MAX_ELEMENTS || size.depth > MAX_DEPTH ? size : undefined;
}

const ENTITIES: Record<string, string> = { nbsp: ' ', lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", ensp: ' ', emsp: ' ', middot: '·', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', hellip: '…' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

const BLOCK = /^(?:p|div|br|li|ul|ol|dl|dt|dd|h[1-6]|table|thead|tbody|tfoot|caption|section|article|header|footer|nav|aside|main|form|blockquote|pre|hr|title)$/;

/** The page's text without a DOM: scripts, styles and comments dropped, blocks on lines, table rows as pipe rows. */
export function markupText(html: string): string[] {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(TAG, (_whole, close: string, tag: string) => {
      const name = tag.toLowerCase();
      if (name === 'tr') return close ? ' |\n' : '\n';
      if (name === 'td' || name === 'th') return close ? ' ' : '| ';
      return BLOCK.test(name) ? '\n' : '';
    });
  const lines: string[] = [];
  for (const raw of decodeEntities(text).split(/\r\n|\r|\n/)) {
    const line = raw.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
    if (line !== '' && line !== '|') lines.push(line);
  }
  return lines;
}
