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

const SKIPPED = /^(?:script|style|template|noscript)$/;

/**
 * The page's text without a DOM: scripts, styles and comments dropped, blocks on lines, table rows as pipe rows.
 * One pass over the tags, each line built as it ends: the page is never copied whole (a chain of replaces over a
 * 24 MB page of 125,000 table rows took 360 MB and 9 s).
 */
export function markupText(html: string): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  const endLine = () => {
    const text = line.join('').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
    if (text !== '' && text !== '|') lines.push(text);
    line = [];
  };
  const addText = (raw: string) => {
    const parts = decodeEntities(raw).split(/\r\n|\r|\n/);
    line.push(parts[0]!);
    for (let i = 1; i < parts.length; i++) {
      endLine();
      line.push(parts[i]!);
    }
  };
  // Sticky: a tag is matched where the '<' is, never searched for further on.
  const tag = new RegExp(TAG.source, 'y');
  /** Skipped elements with no end tag after some point have none after any later point: searched for once. */
  const unclosed = new Set<string>();
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt < 0) break;
    if (lt > at) addText(html.slice(at, lt));
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      if (close >= 0) {
        at = close + 3;
        continue;
      }
    }
    tag.lastIndex = lt;
    const m = tag.exec(html);
    if (!m) {
      // A '<' that opens no tag is text.
      addText('<');
      at = lt + 1;
      continue;
    }
    at = lt + m[0].length;
    const name = m[2]!.toLowerCase();
    if (!m[1] && SKIPPED.test(name) && !unclosed.has(name)) {
      const end = new RegExp(`</${name}\\s*>`, 'gi');
      end.lastIndex = at;
      if (end.exec(html)) {
        at = end.lastIndex;
        continue;
      }
      unclosed.add(name);
    }
    if (name === 'tr') {
      if (m[1]) line.push(' |');
      endLine();
    } else if (name === 'td' || name === 'th') line.push(m[1] ? ' ' : '| ');
    else if (BLOCK.test(name)) endLine();
  }
  if (at < html.length) addText(html.slice(at));
  endLine();
  return lines;
}
