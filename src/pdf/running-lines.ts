/**
 * Page furniture: page numbers and running headers/footers, printed in the top or bottom margin of the pages. They
 * are dropped from the text and the tables (a row broken by a page break must join across them), and each is recorded.
 */
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import type { PdfLine } from './page-lines.js';
import type { PdfPageText } from './read-pdf.js';

/** The margin bands: this share of the page height at the top and at the bottom. */
const MARGIN = 0.1;
/** A margin line repeated (digits aside) on at least this share of the pages, and on two or more, runs on every page. */
const REPEATED_SHARE = 0.5;

/** `- 3 -`, `— 3 —`, `3`, `第3页`, `第 3 页 共 9 页`, `3/9`, `Page 3 of 9`. */
const PAGE_NUMBER = /^(?:[-—–_\s]*\d{1,4}[-—–_\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|(?:page\s*)?\d{1,4}(?:\s*of\s*\d{1,4})?)$/i;

function inMargin(line: PdfLine, page: PdfPageText): boolean {
  return line.y > page.height * (1 - MARGIN) || line.y < page.height * MARGIN;
}

const shape = (text: string): string => text.replace(/\d+/g, '#').replace(/\s+/g, '');

/** The lines to drop, as `page:line` keys; each kind of furniture is reported once with the places it was found. */
export function runningLines(
  pages: readonly { page: PdfPageText; lines: PdfLine[] }[],
  report: (d: DiagnosticInput) => void,
  /** A table header repeated at the top of each page is the table's, not furniture. */
  isTableHeader: (lines: readonly PdfLine[], i: number) => boolean,
): Set<string> {
  const drop = new Set<string>();
  const byShape = new Map<string, PdfLine[]>();
  const numbers: PdfLine[] = [];
  for (const { page, lines } of pages) {
    const seen = new Set<string>();
    for (const [i, line] of lines.entries()) {
      if (!inMargin(line, page) || isTableHeader(lines, i)) continue;
      if (PAGE_NUMBER.test(line.text.trim())) {
        numbers.push(line);
        continue;
      }
      const key = shape(line.text);
      if (seen.has(key)) continue;
      seen.add(key);
      byShape.set(key, [...(byShape.get(key) ?? []), line]);
    }
  }
  const key = (l: PdfLine): string => `${l.page}:${l.line}`;
  const places = (ls: readonly PdfLine[]): string => ls.slice(0, 5).map((l) => `p${l.page} L${l.line}`).join(', ') + (ls.length > 5 ? ', …' : '');
  if (numbers.length) {
    for (const l of numbers) drop.add(key(l));
    report({ ruleId: 'pdf/page-number', severity: 'info', place: `p${numbers[0]!.page} L${numbers[0]!.line}`, actual: numbers.slice(0, 5).map((l) => l.text).join(' / '),
      message: `Dropped ${numbers.length} page number line(s) in the page margins (${places(numbers)}).` });
  }
  for (const lines of byShape.values()) {
    if (lines.length < 2 || lines.length < pages.length * REPEATED_SHARE) continue;
    for (const l of lines) drop.add(key(l));
    report({ ruleId: 'pdf/running-line', severity: 'info', place: `p${lines[0]!.page} L${lines[0]!.line}`, actual: lines[0]!.text,
      message: `Dropped a running header/footer printed in the margin of ${lines.length} pages (${places(lines)}).` });
  }
  return drop;
}
