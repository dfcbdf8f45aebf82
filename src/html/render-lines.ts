/**
 * DOM → text lines, the way a reader sees the page: block elements and <br> start lines, inline runs join, source
 * formatting whitespace collapses. Table rows become one line with cells joined by ` | `, so a table reads like the
 * pipe tables of the text seeds. The walk uses an explicit stack: hostile pages nest deeper than the call stack allows.
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
    const line = trimSpaces(this.current);
    if (line !== '') this.lines.push(line);
    this.current = '';
  }
}

/** Space, nbsp, ideographic space and tab: what a line is trimmed of at both ends. */
const isPad = (c: number): boolean => c === 0x20 || c === 0xa0 || c === 0x3000 || c === 0x09;

function trimSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && isPad(text.charCodeAt(end - 1))) end--;
  let start = 0;
  while (start < end && isPad(text.charCodeAt(start))) start++;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** Source whitespace collapses to one space; nbsp is a space written on purpose and kept (as are en/ideographic spaces). */
function collapse(data: string): string {
  const spaced = data.replace(/[ \t\r\n\f]+/g, ' ');
  return spaced.includes('\u00a0') ? spaced.replace(/\u00a0/g, ' ') : spaced;
}

/** A step of the walk: a node to enter, or a block to close (flush its line). */
type Step = AnyNode | 'flush';

/** Lines of visible text under a node, trimmed, without empty lines; `skip` elements are left out. */
export function renderLines(node: AnyNode, skip: ReadonlySet<AnyNode> = new Set()): string[] {
  const out = new LineWriter();
  const stack: Step[] = [node];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if (step === 'flush') {
      out.flush();
      continue;
    }
    if (skip.has(step)) continue;
    if (step.type === 'text') {
      out.write(collapse((step as unknown as { data: string }).data));
      continue;
    }
    if (!isElement(step) && step.type !== 'root') continue;
    const el = step as Element;
    if (el.name === 'br') {
      out.flush();
      continue;
    }
    if (el.name === 'tr') {
      out.flush();
      const cells = el.children.filter((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th'));
      out.write(cells.map((c) => renderLines(c, skip).join(' ')).join(' | '));
      out.flush();
      continue;
    }
    const block = isElement(el) && BLOCK.has(el.name);
    if (block) {
      out.flush();
      stack.push('flush');
    }
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  out.flush();
  return out.lines;
}

/** Text of a table cell: its lines joined by '\n'. */
export function cellText(node: AnyNode): string {
  return renderLines(node).join('\n');
}
