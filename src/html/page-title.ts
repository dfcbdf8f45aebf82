/**
 * The article title: a heading whose text is part of <title> (sites write `标题-站点名` or `站点名_标题`), else the
 * ArticleTitle meta of TRS-built sites, else the first heading of the main content, else the longest part of <title>.
 * A spam <title> (SEO line of a hacked page) is reported and never used.
 */
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import { compact, countUnder, descendants, evidence, isElement, placeOf, rawText, textContent, type AnyNode, type Element } from './dom.js';
import { spamLineKind } from '../clean/spam-lines.js';

const isSpamLine = (text: string): boolean => spamLineKind(text) !== undefined;

/** `h1, h2, h3, [class*="title"], [id*="title"], [class*="biaoti"], [class*="bt"]` (attribute values case-sensitive). */
function isHeading(el: Element): boolean {
  if (el.name === 'h1' || el.name === 'h2' || el.name === 'h3') return true;
  const { class: cls, id } = el.attribs;
  return (cls !== undefined && (cls.includes('title') || cls.includes('biaoti') || cls.includes('bt'))) || (id !== undefined && id.includes('title'));
}

/** The first <meta> whose name is `value` in any case (`meta[name="…" i]`, as css-select compares). */
function namedMeta(elements: readonly Element[], value: string): Element | undefined {
  return elements.find((el) => el.name === 'meta' && el.attribs.name?.length === value.length && el.attribs.name.toLowerCase() === value);
}

/** Inside a link: the element or an element ancestor is an <a> (`$(el).closest('a')`). */
function inLink(el: Element): boolean {
  for (let n: AnyNode | null = el; n && isElement(n); n = n.parent) if (n.name === 'a') return true;
  return false;
}

/** A proper descendant (`$(container).find(el)`). */
function contains(container: AnyNode, el: AnyNode): boolean {
  for (let n = el.parent; n; n = n.parent) if (n === container) return true;
  return false;
}

function clean(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** `elements`: every element of the page in document order; `body`: the <body> (or the document root). */
export function pageTitle(elements: readonly Element[], body: AnyNode, content: Element | undefined, report: (d: DiagnosticInput) => void): string | undefined {
  const titleEl = elements.find((el) => el.name === 'title');
  let titleTag = clean(titleEl ? textContent(titleEl) : '');
  if (titleTag && isSpamLine(titleTag)) {
    report({ ruleId: 'clean/html-spam-title', severity: 'warning', place: placeOf(titleEl!), actual: evidence(titleTag),
      message: 'The page <title> is a spam keyword line (hacked page); it was ignored and the title taken from the page body.' });
    titleTag = '';
  }
  for (const name of ['keywords', 'description']) {
    const el = namedMeta(elements, name);
    const value = clean(el?.attribs.content ?? '');
    if (value && isSpamLine(value)) {
      report({ ruleId: 'clean/html-spam-meta', severity: 'warning', place: placeOf(el!), actual: evidence(value),
        message: `The page's meta ${name} is spam (hacked page); it was ignored.` });
    }
  }
  const parts = titleTag.split(/\s*[-_|｜—–]+\s*/).map(compact).filter((p) => p.length >= 4);
  const headingEls = elements.filter(isHeading);
  const headings = headingEls.map((el) => clean(rawText(el))).filter((t) => t.length >= 4 && t.length <= 120 && !isSpamLine(t));
  // The site name is a part of <title> too (and the logo is a heading): the longest matching heading is the article's.
  const inTitle = headings
    .filter((h) => parts.some((p) => compact(h) === p || (compact(h).length >= 6 && p.includes(compact(h)))))
    .sort((a, b) => compact(b).length - compact(a).length)[0];
  if (inTitle) return inTitle;
  const meta = clean(namedMeta(elements, 'articletitle')?.attribs.content ?? '');
  if (meta && !isSpamLine(meta)) return meta;
  if (content) {
    // The heading that opens the content: the last one before the content block, or its first one (logo headings are links).
    const all = descendants(body);
    const order = new Map(all.map((el, i) => [el, i]));
    const start = order.get(content) ?? -1;
    const near = headingEls
      .filter((el) => !inLink(el) && countUnder(el, 'a', 1) === 0)
      .map((el) => ({ at: order.get(el) ?? -1, text: clean(rawText(el)) }))
      .filter((h) => h.text.length >= 4 && h.text.length <= 120 && !isSpamLine(h.text) && h.at >= 0);
    const before = near.filter((h) => h.at < start).pop();
    const inside = near.find((h) => h.at > start && contains(content, all[h.at]!));
    if (before ?? inside) return (before ?? inside)!.text;
  }
  return [...parts].sort((a, b) => b.length - a.length)[0];
}
