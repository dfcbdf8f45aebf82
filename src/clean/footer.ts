/**
 * Cuts the site footer (主办单位, 网站标识码, ICP备, 公网安备 …) from the end of the page. The cut
 * starts at the earliest strong marker (weak markers like `主办单位:` are a fallback) and is made only when the
 * marker lies in the last part of the text and the tail is short: a marker in the middle of a page, or one
 * followed by pages of text, is body text.
 */
import { FOOTER_MAX_CHARS, FOOTER_MAX_LINES, FOOTER_STRONG, FOOTER_WEAK, FOOTER_ZONE } from './lexicons/footer.js';
import { linePlace } from '../../parsers/shared/lines.js';
import { isBlank } from '../../parsers/shared/lines.js';
import { passLines } from './lines.js';
import type { Pass } from './types.js';

/** Whether a text (a line, a page block's own text) holds a footer marker: a strong one anywhere, a weak one at its start. */
export function hasFooterMarker(text: string): boolean {
  return FOOTER_STRONG.some((m) => m.test(text)) || FOOTER_WEAK.some((m) => m.test(text));
}

/** Index of the first footer line, or -1. */
export function footerStart(lines: readonly string[]): number {
  const total = lines.reduce((n, l) => n + l.length + 1, 0);
  const offsets: number[] = [];
  let at = 0;
  for (const line of lines) {
    offsets.push(at);
    at += line.length + 1;
  }
  const inZone = (i: number): boolean => offsets[i]! >= total * (1 - FOOTER_ZONE);
  const acceptable = (i: number): boolean => {
    const tail = lines.slice(i).filter((l) => !isBlank(l));
    return tail.length <= FOOTER_MAX_LINES && tail.join('').length <= FOOTER_MAX_CHARS;
  };
  for (const markers of [FOOTER_STRONG, FOOTER_WEAK]) {
    const first = lines.findIndex((line, i) => inZone(i) && markers.some((m) => m.test(line)));
    if (first >= 0 && acceptable(first)) return first;
  }
  return -1;
}

export const footer: Pass = {
  id: 'clean/footer',
  description: 'Cuts the site footer (主办单位, 网站标识码, ICP备, 公网安备) when it sits at the end of the page.',
  run(text, ctx) {
    const { lines, join } = passLines(text);
    const start = footerStart(lines);
    if (start < 0) return text;
    const removed = lines.slice(start).filter((l) => !isBlank(l));
    if (removed.length === 0) return text;
    ctx.report({
      ruleId: 'clean/footer',
      severity: 'info',
      message: `Cut the site footer (${removed.length} lines) from the end of the page.`,
      place: linePlace(start + 1, lines.length),
      actual: removed.map((l) => l.trim()).join('\n'),
      expected: '',
    });
    return join(lines.map((l, i) => (i >= start ? '' : l)));
  },
};
