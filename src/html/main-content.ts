/**
 * Finds the element holding the page's main content. Scoring counts characters, not words (Chinese has no spaces),
 * plus Chinese punctuation as a sign of prose; link text counts against a block (navigation), except inside catalogue
 * tables, whose item names are often links. Footer text (ICP备, 网站标识码 …) scores nothing. As in Readability, each
 * text block gives its score to its parent, half to the grandparent and a third to the great-grandparent.
 */
import type { CheerioAPI } from 'cheerio';
import { compact, isElement, type AnyNode, type Element } from './dom.js';

const BLOCKS = new Set(['p', 'div', 'td', 'th', 'li', 'section', 'article', 'main', 'pre', 'dd', 'dt', 'blockquote', 'center', 'font', 'span', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'tbody', 'table', 'body']);
const FOOTER = /ICP备|ICP證|网站标识码|網站標識碼|公网安备|公網安備|版权所有|版權所有|Copyright|主办单位|主辦單位|技术支持|技術支持/i;
const PUNCT = /[，。；：、！？“”《》（）,;]/g;

function ownText(node: Element, inCatalogue: boolean): { chars: number; punct: number; text: string } {
  let text = '';
  for (const c of node.children) {
    if (c.type === 'text') text += (c as unknown as { data: string }).data;
    else if (isElement(c) && !BLOCKS.has(c.name) && (c.name !== 'a' || inCatalogue)) text += inlineText(c, inCatalogue);
  }
  const t = compact(text);
  return { chars: t.length, punct: (t.match(PUNCT) ?? []).length, text: t };
}

function inlineText(node: AnyNode, inCatalogue: boolean): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (!isElement(node) || (node.name === 'a' && !inCatalogue)) return '';
  return node.children.map((c) => inlineText(c, inCatalogue)).join('');
}

export function mainContent($: CheerioAPI, catalogueTables: Set<Element>): Element | undefined {
  const scores = new Map<Element, number>();
  const body = ($('body')[0] ?? $.root()[0]) as Element;
  const visit = (el: Element, inCatalogue: boolean): void => {
    const inside = inCatalogue || catalogueTables.has(el);
    if (BLOCKS.has(el.name)) {
      const own = ownText(el, inside);
      if (own.chars > 0 && !FOOTER.test(own.text)) {
        const score = 1 + own.punct + Math.min(own.chars / 25, 6);
        let ancestor: AnyNode | null = el;
        for (const share of [1, 1 / 2, 1 / 3]) {
          ancestor = ancestor?.parent ?? null;
          if (!ancestor || !isElement(ancestor)) break;
          scores.set(ancestor, (scores.get(ancestor) ?? 0) + score * share);
        }
      }
    }
    for (const c of el.children) if (isElement(c)) visit(c, inside);
  };
  visit(body, false);
  let best: Element | undefined;
  let bestScore = 0;
  for (const [el, score] of scores) {
    const final = score * (1 - linkDensity(el, catalogueTables));
    if (final > bestScore) [best, bestScore] = [el, final];
  }
  // A table scores through its rows: the content is the block holding the table, with its caption and notes.
  while (best && ['tr', 'tbody', 'thead', 'table'].includes(best.name) && best.parent && isElement(best.parent)) best = best.parent;
  return best;
}

function linkDensity(el: Element, catalogueTables: Set<Element>): number {
  let all = 0;
  let links = 0;
  const walk = (n: AnyNode, inLink: boolean, exempt: boolean): void => {
    if (n.type === 'text') {
      const len = compact((n as unknown as { data: string }).data).length;
      all += len;
      if (inLink && !exempt) links += len;
      return;
    }
    if (!isElement(n)) return;
    for (const c of n.children) walk(c, inLink || n.name === 'a', exempt || catalogueTables.has(n));
  };
  walk(el, false, false);
  return all === 0 ? 1 : links / all;
}
