/** Small helpers over the parsed DOM (domhandler nodes, as cheerio builds them). */
import type { AnyNode, Element } from 'domhandler';

export type { AnyNode, Element };

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** All text under a node, raw (no layout). */
export function rawText(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  return textParts(node).join('');
}

/** The text nodes' data that `rawText` joins, in document order (script and style text left out). */
export function textParts(node: AnyNode): string[] {
  const parts: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') parts.push((n as unknown as { data: string }).data);
    else if ((n.type === 'root' || isElement(n)) && !(isElement(n) && (n.name === 'script' || n.name === 'style'))) {
      const children = (n as Element).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return parts;
}

/**
 * All text under a node as cheerio's `.text()` reads it: script and style text included (the CSS of <style> blocks is
 * read this way).
 */
export function textContent(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  const parts: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') parts.push((n as unknown as { data: string }).data);
    else if (n.type !== 'comment' && 'children' in n) {
      const children = (n as Element).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return parts.join('');
}

/** Visible characters only: whitespace (incl. nbsp and the ideographic space) removed. */
export function compact(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, '');
}

/** `compact(text).length` without building the string: the code units that are not JavaScript `\s` whitespace. */
export function visibleLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) n++;
  return n;
}

/** The characters of the regular expression class `\s` (which includes nbsp and the ideographic space). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** 1-based line of the element's start tag in the decoded page, when the parser recorded it. */
export function lineOf(el: Element): number | undefined {
  return (el as Element & { sourceCodeLocation?: { startLine: number } | null }).sourceCodeLocation?.startLine;
}

export function placeOf(el: Element): string | undefined {
  const line = lineOf(el);
  return line === undefined ? undefined : `L${line}`;
}

/**
 * Every node under `root` in document order (root excluded). Iterative: hostile pages nest tens of thousands of
 * elements deep, which would overflow a recursive walk; and cheerio's `.contents()` over many elements is quadratic.
 */
export function nodesUnder(root: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  const stack: AnyNode[] = 'children' in root ? [...(root as Element).children].reverse() : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    out.push(node);
    if ('children' in node) for (let i = (node as Element).children.length - 1; i >= 0; i--) stack.push((node as Element).children[i]!);
  }
  return out;
}

/** The element descendants of `root` that pass `test`, in document order (as a CSS selector query returns them). */
export function elementsUnder(root: AnyNode, test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = 'children' in root ? [...(root as Element).children].reverse() : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node) && test(node)) out.push(node);
    if ('children' in node) for (let i = (node as Element).children.length - 1; i >= 0; i--) stack.push((node as Element).children[i]!);
  }
  return out;
}

/** The first element descendant named `name` in document order (`$(name)[0]`). */
export function firstElement(root: AnyNode, name: string): Element | undefined {
  const stack: AnyNode[] = 'children' in root ? [...(root as Element).children].reverse() : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node) && node.name === name) return node;
    if ('children' in node) for (let i = (node as Element).children.length - 1; i >= 0; i--) stack.push((node as Element).children[i]!);
  }
  return undefined;
}

/** How many element descendants are named `name`, counting up to `enough` (`$(el).find(name).length`, capped). */
export function countUnder(root: AnyNode, name: string, enough: number): number {
  let n = 0;
  const stack: AnyNode[] = 'children' in root ? [...(root as Element).children] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node) && node.name === name && ++n >= enough) return n;
    if ('children' in node) for (const c of (node as Element).children) stack.push(c);
  }
  return n;
}

/** Removes a node from the tree as cheerio's `.remove()` does (siblings relinked, the node left detached). */
export function detach(node: AnyNode): void {
  if (node.prev) node.prev.next = node.next;
  if (node.next) node.next.prev = node.prev;
  if (node.parent) {
    const siblings = node.parent.children;
    const at = siblings.lastIndexOf(node as never);
    if (at >= 0) siblings.splice(at, 1);
  }
  node.prev = node.next = node.parent = null;
}

/** Element descendants in document order. */
export function descendants(root: AnyNode): Element[] {
  return nodesUnder(root).filter(isElement);
}

/** Element descendants, every element after all of its descendants (reverse document order). */
export function childrenFirst(root: AnyNode): Element[] {
  return descendants(root).reverse();
}

export function attr(el: Element, name: string): string {
  return el.attribs[name] ?? '';
}

/** The start tag as written, for evidence in diagnostics (`<li id="mc848">`). */
export function startTag(el: Element): string {
  const attrs = Object.entries(el.attribs).map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${v}"`)).join('');
  return `<${el.name}${attrs}>`;
}

/** Shortens evidence for diagnostics while keeping both ends. */
export function evidence(text: string, max = 300): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 20)} … ${t.slice(-15)}`;
}

/**
 * The raw text of every element whose text is at most `max` characters, built children first in one pass (rawText per
 * element would be quadratic on deeply nested pages). Elements with longer text are absent from the map.
 */
export function shortTexts(root: AnyNode, max: number): Map<Element, string> {
  const texts = new Map<Element, string>();
  const long = new Set<Element>();
  for (const el of childrenFirst(root)) {
    if (el.name === 'script' || el.name === 'style') {
      texts.set(el, '');
      continue;
    }
    let text = '';
    let tooLong = false;
    for (const c of el.children) {
      const part = c.type === 'text' ? (c as unknown as { data: string }).data : isElement(c) ? texts.get(c) : '';
      if (part === undefined || (isElement(c) && long.has(c))) {
        tooLong = true;
        break;
      }
      text += part;
      if (text.length > max) {
        tooLong = true;
        break;
      }
    }
    if (tooLong) long.add(el);
    else texts.set(el, text);
  }
  return texts;
}
