/**
 * A PDF → the text the parsers read, plus its catalogue tables as grids and its metadata, as an HTML page is prepared
 * (src/html/prepare-html.ts): the text is the title line, the metadata lines next to it, then the body, one line per
 * paragraph (lines a paragraph wraps over are joined); catalogue tables are not in the text: html-table reads them from
 * the grids. Page numbers and running headers/footers are dropped (recorded). A PDF without a text layer (a scan) is
 * an error, never an empty success.
 */
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import type { HtmlPage } from '../../parsers/html-page.js';
import { pageHead } from '../html/page-head.js';
import type { PreparedHtml } from '../html/prepare-html.js';
import type { PagePreparer } from '../ingest/prepare-page.js';
import { joinWrapped, pageLines, type PdfLine } from './page-lines.js';
import { pdfTables } from './pdf-tables.js';
import { readPdf } from './read-pdf.js';
import { runningLines } from './running-lines.js';
import { headerAt } from './table-columns.js';

type Report = (d: DiagnosticInput) => void;

/** `%PDF-` in the first kilobyte (readers accept a little junk before it). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

/** The registry entry (src/ingest/prepare-page.ts); the work budget is the file's cell limit (`limits.maxCells`). */
export const pdfPage: PagePreparer = {
  format: 'pdf',
  description: 'PDF: the text layer to lines in reading order, catalogue tables rebuilt from column positions (a scan is an error)',
  sniff: looksLikePdf,
  prepare: async (bytes, report, limits) => ({ ...(await preparePdf(bytes, report, limits.maxCells)), format: 'pdf' }),
};

/** Metadata lines are looked for this close under the title line. */
const META_WINDOW = 8;
/** A title is printed this much larger than the page's usual text. */
const TITLE_SCALE = 1.15;
/** A paragraph's line that reaches this close (in font sizes) to the right margin goes on in the next line… */
const FULL_LINE = 1.5;
/** …when the text is at least this many glyphs wide (short lines that end together are a list, not a paragraph). */
const PARAGRAPH_GLYPHS = 15;
/** Lines that start a paragraph of their own even at the left margin: articles, numbered items, 附件, signatures' dates. */
const OWN_LINE = /^(?:第[一二三四五六七八九十百零〇\d]+[章节条]|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、．]|附\s*件|抄送|[〇一二三四五六七八九零\d]{4}\s*年)/;

export async function preparePdf(bytes: Uint8Array, report: Report, maxCells: number): Promise<PreparedHtml> {
  const pdf = await readPdf(bytes, report, maxCells);
  if (!pdf) return { text: '', encoding: 'pdf', decision: 'PDF: not read (see its diagnostics)' };
  const decision = `PDF text layer, ${pdf.pages.length} of ${pdf.pageCount} page(s) read with pdf.js ${pdf.version}`;
  const blank = pdf.pages.filter((p) => p.runs.length === 0).map((p) => p.number);
  if (pdf.pages.length > 0 && blank.length === pdf.pages.length) {
    report({ ruleId: 'pdf/no-text-layer', severity: 'error', place: `p1`, actual: `${blank.length} page(s), no text`,
      message: 'The PDF has no text layer (scanned page images); nothing could be read. Run OCR on it (e.g. ocrmypdf --language chi_sim) and ingest the result.' });
    return { text: '', encoding: 'pdf', decision };
  }
  if (blank.length) {
    report({ ruleId: 'pdf/no-text-layer', severity: 'warning', place: `p${blank[0]}`, actual: `pages ${blank.join(', ')}`,
      message: `${blank.length} page(s) of the PDF have no text layer (scanned images) and were not read; run OCR on the file to read them.` });
  }

  const perPage = pdf.pages.map((page) => ({ page, lines: pageLines(page) }));
  const isHeader = (lines: readonly PdfLine[], i: number): boolean => headerAt(lines, i) !== undefined;
  const furniture = runningLines(perPage, report, isHeader);
  const key = (l: PdfLine): string => `${l.page}:${l.line}`;
  const pages = perPage.map(({ page, lines }) => ({ page: page.number, lines: lines.filter((l) => !furniture.has(key(l))), rules: page.rules }));
  const { tables, lines: inTables } = pdfTables(pages, report);
  const textLines = pages.flatMap((p) => p.lines.filter((l) => !inTables.has(key(l))));

  const titleLines = titleOf(textLines, pages.flatMap((p) => p.lines));
  const title = titleLines.length ? titleLines.map((l) => l.text).reduce(joinWrapped) : undefined;
  const rest = paragraphs(textLines.filter((l) => !titleLines.includes(l)));
  // A PDF's attachments are named in its text, where the notice reader finds them.
  const { meta, head, body: bodyLines } = pageHead(title, rest, [0, META_WINDOW], () => []);
  const html: HtmlPage = { meta, tables, body: bodyLines, bodyStart: head.length, ...(title !== undefined && { titleLine: 0 }) };
  return { text: [...head, ...bodyLines].join('\n'), encoding: 'pdf', decision, html };
}

/**
 * The title: among the first lines of the first page, the one printed largest, when it is clearly larger than the
 * document's usual text, with the lines of the same size right under it (a title wrapped over two lines).
 */
function titleOf(textLines: readonly PdfLine[], allLines: readonly PdfLine[]): PdfLine[] {
  const first = textLines.filter((l) => l.page === textLines[0]?.page).slice(0, 5);
  if (!first.length) return [];
  const sizes = allLines.map((l) => l.size).sort((a, b) => a - b);
  const usual = sizes[Math.floor(sizes.length / 2)]!;
  const top = first.reduce((a, b) => (b.size > a.size ? b : a));
  if (top.size < TITLE_SCALE * usual) return [];
  const lines = [top];
  for (let i = textLines.indexOf(top) + 1; i < textLines.length; i++) {
    const l = textLines[i]!;
    const prev = lines.at(-1)!;
    if (l.page !== top.page || Math.abs(l.size - top.size) > 0.5 || prev.y - l.y > 2 * top.size) break;
    lines.push(l);
  }
  return lines;
}

/**
 * Lines → paragraphs: a line that reaches the right margin of a text column goes on in the next line when that one
 * starts at the left margin (a new paragraph is indented, or starts with an article or item number).
 */
function paragraphs(lines: readonly PdfLine[]): string[] {
  if (!lines.length) return [];
  // Folds, not Math.min(...): a spread over every line of a long document overflows the call stack.
  const left = lines.reduce((min, l) => Math.min(min, l.runs[0]!.x), Infinity);
  const right = lines.reduce((max, l) => Math.max(max, l.runs.at(-1)!.right), -Infinity);
  const out: string[] = [];
  let prev: PdfLine | undefined;
  for (const line of lines) {
    const full = prev && prev.runs.at(-1)!.right >= right - FULL_LINE * prev.size && right - left >= PARAGRAPH_GLYPHS * prev.size;
    const atMargin = line.runs[0]!.x <= left + 0.5 * line.size;
    if (prev && full && atMargin && !OWN_LINE.test(line.text)) out[out.length - 1] = joinWrapped(out.at(-1)!, line.text);
    else out.push(line.text);
    prev = line;
  }
  return out;
}
