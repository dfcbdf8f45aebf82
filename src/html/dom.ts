/** Small helpers over the parsed DOM (domhandler nodes, as cheerio builds them). */
import type { AnyNode, Element } from 'domhandler';

export type { AnyNode, Element };

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** All text under a node, raw (no layout). */
export function rawText(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (!isElement(node) && node.type !== 'root') return '';
  if (isElement(node) && (node.name === 'script' || node.name === 'style')) return '';
  let out = '';
  for (const child of (node as Element).children) out += rawText(child);
  return out;
}

/** Visible characters only: whitespace (incl. nbsp and the ideographic space) removed. */
export function compact(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, '');
}

/** 1-based line of the element's start tag in the decoded page, when the parser recorded it. */
export function lineOf(el: Element): number | undefined {
  return (el as Element & { sourceCodeLocation?: { startLine: number } | null }).sourceCodeLocation?.startLine;
}

export function placeOf(el: Element): string | undefined {
  const line = lineOf(el);
  return line === undefined ? undefined : `L${line}`;
}

/** Element descendants in document order. */
export function* descendants(node: AnyNode): Generator<Element> {
  if (!('children' in node)) return;
  for (const child of (node as Element).children) {
    if (!isElement(child)) continue;
    yield child;
    yield* descendants(child);
  }
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
