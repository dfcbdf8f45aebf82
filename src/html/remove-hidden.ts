/**
 * Removes what a reader of the page never sees, or what was injected into it, and reports each removal with the
 * removed text as evidence: hidden elements, empty junk tags with random ids, link farms and spam keyword blocks.
 * Runs on the one DOM of the page, before metadata and content extraction.
 */
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import {
  attr, childrenFirst, compact, countUnder, descendants, detach, elementsUnder, evidence, firstElement, isElement, nodesUnder, placeOf, rawText,
  shortTexts, startTag, textContent, textParts, visibleLength, type AnyNode, type Element,
} from './dom.js';
import { load } from './cheerio-core.js';
import { hidingReason, hidingRules } from './hidden-style.js';
import { junkIds, stripJunkTags } from '../clean/junk-tags.js';
import { JUNK_ID } from '../clean/lexicons/junk-tags.js';
import { isSpamBlock, isSpamText } from '../clean/spam-lines.js';
import { findResidualSpam, mayHoldStrongSpam } from '../clean/spam-terms.js';
import { toSimplifiedChars } from '../../parsers/shared/script-classes.js';

type Report = (d: DiagnosticInput) => void;

/** Not text for a reader: dropped without a diagnostic. */
const NON_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'select', 'button', 'input', 'textarea']);


/** `root`: the document node of the page. */
export function removeHidden(root: AnyNode, report: Report): void {
  const css = elementsUnder(root, (el) => el.name === 'style').map(textContent).join('\n');
  removeNonContent(root);
  removeHiddenElements(root, css, report);
  removeJunkTags(root, report);
  removeLinkFarms(root, report);
  removeSpamBlocks(root, report);
  stripEscapedJunkTags(root, report);
}

/** Non-content elements and comments, in one walk; nothing under a removed node is visited. */
function removeNonContent(root: AnyNode): void {
  const stack: AnyNode[] = [...(root as Element).children].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'comment' || (isElement(n) && NON_CONTENT.has(n.name))) detach(n);
    else if ('children' in n) for (let i = (n as Element).children.length - 1; i >= 0; i--) stack.push((n as Element).children[i]!);
  }
}

/** Never removed as hidden: the page skeleton and its metadata. */
const EXEMPT = new Set(['html', 'body', 'head', 'title', 'meta']);

function removeHiddenElements(root: AnyNode, css: string, report: Report): void {
  const byRule = new Map<Element, string>();
  const rules = hidingRules(css);
  // cheerio (for its CSS selectors) is loaded on the page only when its style sheets hide something.
  const $ = rules.length > 0 ? load(root as never) : undefined;
  if ($) for (const rule of rules) {
    let matched: Element[] = [];
    try {
      matched = $(rule.selector).toArray() as Element[];
    } catch {
      continue; // a selector cheerio cannot read hides nothing we can find
    }
    for (const el of matched) byRule.set(el, `${rule.reason} via ${rule.selector}`);
  }
  // Document order with an explicit stack; the children of a removed element are not visited (nor reported twice).
  const stack: AnyNode[] = [...(root as Element).children].reverse();
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (!isElement(el)) continue;
    const reason = EXEMPT.has(el.name) ? undefined
      : el.attribs.hidden !== undefined ? 'hidden attribute' : (hidingReason(attr(el, 'style')) ?? byRule.get(el));
    if (!reason) {
      for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
      continue;
    }
    const text = evidence(rawText(el));
    // Tab panes hide whole catalogue tables until clicked: a hidden table is content, kept and reported.
    if (countUnder(el, 'tr', 3) >= 3) {
      report({ ruleId: 'clean/html-hidden-table-kept', severity: 'warning', place: placeOf(el), actual: evidence(text, 120),
        message: `A hidden element (${reason}) holds a table; it was kept because tab panes hide tables. Check the items from it.` });
      for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
      continue;
    }
    detach(el);
    if (compact(text) === '') continue;
    report({ ruleId: 'clean/html-hidden', severity: spamIn(text).length > 0 ? 'warning' : 'info', place: placeOf(el), actual: text,
      message: `Removed text a reader never sees (${reason}) in ${startTag(el)}.` });
  }
}

/** The random ids injected elements share (the shape the text pass recognises in escaped tags). */
const JUNK_SHAPE = new RegExp(`^${JUNK_ID}$`, 'i');

/** Empty elements sharing one id (ids must be unique): `<li id="mc848"><source id="mc848"></source></li>`. */
function removeJunkTags(root: AnyNode, report: Report): void {
  const groups = new Map<string, Element[]>();
  for (const el of descendants(root)) {
    const id = attr(el, 'id');
    if (!JUNK_SHAPE.test(id)) continue;
    groups.set(id, [...(groups.get(id) ?? []), el]);
  }
  for (const [id, els] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    if (els.length < 2 || els.some((el) => compact(rawText(el)) !== '' || countUnder(el, 'img', 1) > 0)) continue;
    report({ ruleId: 'clean/html-junk-tags', severity: 'warning', place: placeOf(els[0]!), actual: els.map(startTag).join(' '),
      message: `Removed ${els.length} empty tags sharing the random id "${id}" (injected by a hacked or mirrored site).` });
    for (const el of els) detach(el);
  }
}

interface LinkStats { links: number; spamLinks: number; linkChars: number }

/**
 * Children first, each element's link statistics summed from its children: one linear pass over the page. Only
 * elements holding links get statistics; the visible characters of a block and its link texts (evidence) are counted
 * only for a block that has enough spam links to be a farm.
 */
function removeLinkFarms(root: AnyNode, report: Report): void {
  const stats = new Map<Element, LinkStats>();
  const chars = new Map<Element, number>();
  for (const el of childrenFirst(root)) {
    let s: LinkStats | undefined;
    for (const c of el.children) {
      const cs = isElement(c) ? stats.get(c) : undefined;
      if (!cs) continue;
      s ??= { links: 0, spamLinks: 0, linkChars: 0 };
      s.links += cs.links;
      s.spamLinks += cs.spamLinks;
      s.linkChars += cs.linkChars;
    }
    if (el.name === 'a') {
      const text = compact(rawText(el));
      if (text !== '') s = { links: 1, spamLinks: isSpamText(text) ? 1 : 0, linkChars: text.length };
    } else if (s && el.name !== 'body' && el.name !== 'html' && s.links >= 5 && s.spamLinks >= Math.max(2, 0.3 * s.links) &&
      s.linkChars >= 0.7 * visibleChars(el, chars)) {
      report({ ruleId: 'clean/html-link-farm', severity: 'warning', place: placeOf(el), actual: evidence(linkTexts(el).join(' | ')),
        message: `Removed a block of ${s.links} links, ${s.spamLinks} of them with spam terms (${startTag(el)}).` });
      detach(el);
      continue; // a removed block adds nothing to its parent
    }
    if (s) stats.set(el, s);
  }
}

/**
 * Visible characters of the text under an element, through element children (`compact(text).length`), remembered
 * per element so that nested candidate blocks count each text once.
 */
function visibleChars(block: Element, memo: Map<Element, number>): number {
  const stack: Element[] = [block];
  while (stack.length > 0) {
    const el = stack[stack.length - 1]!;
    if (memo.has(el)) {
      stack.pop();
      continue;
    }
    let pending = false;
    for (const c of el.children) {
      if (isElement(c) && !memo.has(c)) {
        stack.push(c);
        pending = true;
      }
    }
    if (pending) continue;
    let n = 0;
    for (const c of el.children) n += c.type === 'text' ? visibleLength((c as unknown as { data: string }).data) : isElement(c) ? memo.get(c)! : 0;
    memo.set(el, n);
    stack.pop();
  }
  return memo.get(block)!;
}

/** The first 50 link texts of a block, in document order (a link inside a link counts as the outer one). */
function linkTexts(block: Element): string[] {
  const texts: string[] = [];
  const stack: AnyNode[] = [...block.children].reverse();
  while (stack.length > 0 && texts.length < 50) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (n.name === 'a') {
      const text = compact(rawText(n));
      if (text !== '') {
        texts.push(text);
        continue;
      }
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return texts;
}

/** Brands and strong terms in a text of any script. */
function spamIn(text: string): string[] {
  return findResidualSpam(toSimplifiedChars(text));
}

/** Keyword lists are short; longer blocks are prose or tables and are not tested (keeps the pass linear in practice). */
const MAX_SPAM_BLOCK = 4000;
/**
 * Characters on each side of a join between two children that a term or brand spanning the join can occupy: every
 * lexicon entry and bounded pattern is shorter, and the unbounded ones (`\d{3,}…`) have a short match at their end.
 */
const JOIN_WINDOW = 32;

function removeSpamBlocks(root: AnyNode, report: Report): void {
  const body = firstElement(root, 'body') ?? root;
  // Every block and bare text tested below is part of the body's text, and a keyword list needs a brand or a strong
  // term: a page without one anywhere (most pages) has nothing to remove here, after one scan.
  const bodyText = textParts(body).join('');
  const simplified = toSimplifiedChars(bodyText);
  if (!mayHoldStrongSpam(simplified)) return;
  // A page without Traditional characters has none in any of its texts.
  const mayHold = nodesThatMayHoldSpam(body, simplified === bodyText ? (s) => s : toSimplifiedChars);
  if (mayHold.size === 0) return;
  const texts = shortTexts(body, MAX_SPAM_BLOCK);
  // The precomputed text of an ancestor of a removed block still holds the spam: such ancestors are not judged.
  const dirty = new Set<AnyNode>();
  for (const el of childrenFirst(body)) {
    if (dirty.has(el)) {
      if (el.parent) dirty.add(el.parent);
      continue;
    }
    const raw = texts.get(el);
    if (raw === undefined || !mayHold.has(el) || el.name === 'body' || el.name === 'html') continue;
    const text = raw.trim();
    if (text === '' || !isSpamBlock(text)) continue;
    report({ ruleId: 'clean/html-spam-block', severity: 'warning', place: placeOf(el), actual: evidence(text),
      message: `Removed a spam keyword block (${[...new Set(spamIn(text))].slice(0, 5).join(', ')} …) injected into the page.` });
    if (el.parent) dirty.add(el.parent);
    detach(el);
  }
  // Keyword lists also arrive as bare text between elements.
  for (const n of nodesUnder(body)) {
    if (n.type !== 'text' || !n.parent || !mayHold.has(n)) continue;
    const text = rawText(n).trim();
    if (text === '' || text.length > MAX_SPAM_BLOCK || !isSpamBlock(text)) continue;
    report({ ruleId: 'clean/html-spam-block', severity: 'warning', place: n.parent && isElement(n.parent) ? placeOf(n.parent) : undefined,
      actual: evidence(text), message: 'Removed a spam keyword list injected as bare text.' });
    detach(n);
  }
}

/**
 * The text nodes and elements whose text may hold a brand or a strong term (what every spam block has), children
 * first: an element whose child may, or where a term spans the join of two children. Each text is scanned once, each
 * join in a short window, instead of every element's whole text (nested blocks would scan a page's text once per
 * level). Never misses one: a match inside a child's text is a match of that child (a look-behind at its start sees
 * nothing and passes).
 */
function nodesThatMayHoldSpam(body: AnyNode, simplify: (text: string) => string): Set<AnyNode> {
  const holds = new Set<AnyNode>();
  /** Simplified text of each element, cut to its first and last JOIN_WINDOW characters. */
  const ends = new Map<Element, { head: string; tail: string }>();
  // The body last, for the text directly under it.
  for (const el of [...childrenFirst(body), body as Element]) {
    let hit = false;
    let head = '';
    let tail = '';
    for (const c of el.children) {
      let part: { head: string; tail: string } | undefined;
      if (c.type === 'text') {
        const data = (c as unknown as { data: string }).data;
        // No term or brand holds white space: a blank text ends what could span it.
        if (data.trim() === '') {
          tail = '';
          continue;
        }
        const text = simplify(data);
        if (mayHoldStrongSpam(text)) {
          holds.add(c);
          hit = true;
        }
        part = { head: text.slice(0, JOIN_WINDOW), tail: text.slice(-JOIN_WINDOW) };
      } else if (isElement(c)) {
        if (holds.has(c)) hit = true;
        part = ends.get(c);
      }
      if (!part || (part.head === '' && part.tail === '')) continue;
      if (!hit && tail !== '' && mayHoldStrongSpam(tail + part.head)) hit = true;
      if (head.length < JOIN_WINDOW) head = (head + part.head).slice(0, JOIN_WINDOW);
      tail = (tail + part.tail).slice(-JOIN_WINDOW);
    }
    if (hit) holds.add(el);
    ends.set(el, { head, tail });
  }
  return holds;
}

/**
 * Mirrors escape the junk tags so they show as text (`<li id="mc848">` in seed 004): those strings are stripped with
 * the text pass's recogniser, the page's shared ids taken over all its text (table cells never reach the text passes).
 */
function stripEscapedJunkTags(root: AnyNode, report: Report): void {
  const texts = nodesUnder(root).filter((n) => n.type === 'text') as unknown as { data: string; parent: AnyNode | null }[];
  const ids = junkIds(texts.map((n) => n.data));
  for (const node of texts) {
    const { text, removed } = stripJunkTags(node.data, ids);
    if (removed.length === 0) continue;
    node.data = text;
    report({ ruleId: 'clean/html-junk-tags', severity: 'warning', place: node.parent && isElement(node.parent) ? placeOf(node.parent) : undefined,
      actual: removed.join(' '), message: 'Removed tag markup shown as text (escaped junk tags of a mirrored page).' });
  }
}
