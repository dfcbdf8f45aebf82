/**
 * Finds the element holding the page's main content. Scoring counts characters, not words (Chinese has no spaces),
 * plus Chinese punctuation as a sign of prose; link text counts against a block (navigation), except inside catalogue
 * tables, whose item names are often links. Footer text (ICP备, 网站标识码 …) and the site's copyright/disclaimer notice
 * score nothing. As in Readability, each text block gives its score to its parent, half to the grandparent and a third
 * to the great-grandparent.
 * Walks use explicit stacks: hostile pages nest deeper than the call stack allows.
 */
import { isSiteNotice } from '../clean/chrome-blocks.js';
import { hasFooterMarker } from '../clean/footer.js';
import { compact, isElement, visibleLength, type AnyNode, type Element } from './dom.js';

const BLOCKS = new Set(['p', 'div', 'td', 'th', 'li', 'section', 'article', 'main', 'pre', 'dd', 'dt', 'blockquote', 'center', 'font', 'span', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'tbody', 'table', 'body']);
const PUNCT = /[，。；：、！？“”《》（）,;]/g;

const dataOf = (n: AnyNode): string => (n as unknown as { data: string }).data;

/** Text of a block that is its own: text children and inline descendants, not nested blocks (nor links outside catalogues). */
function ownText(block: Element, inCatalogue: boolean): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [...block.children].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') parts.push(dataOf(n));
    else if (isElement(n) && !BLOCKS.has(n.name) && (n.name !== 'a' || inCatalogue)) {
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return compact(parts.join(''));
}

/** `body`: the <body> (or the document root). */
export function mainContent(body: Element, catalogueTables: Set<Element>): Element | undefined {
  const scores = new Map<Element, number>();
  const stack: [Element, boolean][] = [[body, false]];
  while (stack.length > 0) {
    const [el, inCatalogue] = stack.pop()!;
    const inside = inCatalogue || catalogueTables.has(el);
    if (BLOCKS.has(el.name)) {
      const own = ownText(el, inside);
      if (own.length > 0 && !hasFooterMarker(own) && !isSiteNotice(own)) {
        const score = 1 + (own.match(PUNCT) ?? []).length + Math.min(own.length / 25, 6);
        let ancestor: AnyNode | null = el;
        for (const share of [1, 1 / 2, 1 / 3]) {
          ancestor = ancestor?.parent ?? null;
          if (!ancestor || !isElement(ancestor)) break;
          scores.set(ancestor, (scores.get(ancestor) ?? 0) + score * share);
        }
      }
    }
    for (const c of el.children) if (isElement(c)) stack.push([c, inside]);
  }
  let best: Element | undefined;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score <= bestScore) continue; // the link density can only lower a score
    const final = score * (1 - linkDensity(el, catalogueTables));
    if (final > bestScore) [best, bestScore] = [el, final];
  }
  // A table scores through its rows: the content is the block holding the table, with its caption and notes.
  while (best && ['tr', 'tbody', 'thead', 'table'].includes(best.name) && best.parent && isElement(best.parent)) best = best.parent;
  return best;
}

function linkDensity(root: Element, catalogueTables: Set<Element>): number {
  let all = 0;
  let links = 0;
  // [node, inside a link, inside a catalogue table (whose links are item names, not navigation)]
  const stack: [AnyNode, boolean, boolean][] = [[root, false, false]];
  while (stack.length > 0) {
    const [n, inLink, exempt] = stack.pop()!;
    if (n.type === 'text') {
      const len = visibleLength(dataOf(n));
      all += len;
      if (inLink && !exempt) links += len;
    } else if (isElement(n)) {
      for (const c of n.children) stack.push([c, inLink || n.name === 'a', exempt || catalogueTables.has(n)]);
    }
  }
  return all === 0 ? 1 : links / all;
}
