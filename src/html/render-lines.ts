/**
 * DOM → text lines, the way a reader sees the page: block elements and <br> start lines, inline runs join, source
 * formatting whitespace collapses. Table rows become one line with cells joined by ` | `, so a table reads like the
 * pipe tables of the text seeds.
 */
import { isElement, type AnyNode, type Element } from './dom.js';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'thead', 'tfoot', 'ul', 'caption', 'body', 'html',
]);

class LineWriter {
  readonly lines: string[] = [];
  private current = '';
  write(text: string): void {
    this.current += text;
  }
  flush(): void {
    const line = this.current.replace(/[ \u00a0\u3000\t]+$/g, '').replace(/^[ \u00a0\u3000\t]+/g, '');
    if (line !== '') this.lines.push(line);
    this.current = '';
  }
}

/** Source whitespace collapses to one space; nbsp and the ideographic space are written on purpose and kept. */
function collapse(data: string): string {
  return data.replace(/[ \t\r\n\f]+/g, ' ').replace(/\u00a0/g, ' ');
}

function walk(node: AnyNode, out: LineWriter, skip: ReadonlySet<AnyNode>): void {
  if (skip.has(node)) return;
  if (node.type === 'text') {
    out.write(collapse((node as unknown as { data: string }).data));
    return;
  }
  if (!isElement(node) && node.type !== 'root') return;
  const el = node as Element;
  if (el.name === 'br') {
    out.flush();
    return;
  }
  if (el.name === 'tr') {
    out.flush();
    const cells = el.children.filter((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th'));
    out.write(cells.map((c) => renderLines(c).join(' ')).join(' | '));
    out.flush();
    return;
  }
  const block = isElement(el) && BLOCK.has(el.name);
  if (block) out.flush();
  for (const child of el.children) walk(child, out, skip);
  if (block) out.flush();
}

/** Lines of visible text under a node, trimmed, without empty lines; `skip` elements are left out. */
export function renderLines(node: AnyNode, skip: ReadonlySet<AnyNode> = new Set()): string[] {
  const out = new LineWriter();
  walk(node, out, skip);
  out.flush();
  return out.lines;
}

/** Text of a table cell: its lines joined by '\n'. */
export function cellText(node: AnyNode): string {
  return renderLines(node).join('\n');
}
