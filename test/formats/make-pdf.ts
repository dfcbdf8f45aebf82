/**
 * The reference catalogue as a PDF, laid out as a word processor prints a long table: the title, a running header and
 * page numbers in the margins, the table over two pages with its header repeated on page 2, the row at the page break
 * broken over both pages, and cells whose text wraps in narrow columns (公开内容 most). Ruled by default; `ruled: false`
 * leaves the lines out, and rows are then told apart by the space between them.
 */
import { textWidth, writePdf, type PdfLine, type PdfPageSpec, type PdfText } from '../helpers/pdf-writer.js';
import { HEADER, ROWS, TITLE, rowCells, type FormatMaker } from './reference-catalogue.js';

const PAGE = { width: 595, height: 842 };
const LEFT = 40;
const WIDTHS = [26, 54, 54, 88, 80, 72, 58, 38, 45];
const SIZE = 8;
const PITCH = 10;
const PAD = 4;
const TOP = 780;
const BOTTOM = 50;

/** Text → lines that fit a width (characters are wrapped one by one, as CJK text is). */
export function wrap(text: string, width: number, size = SIZE): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line && textWidth(line + ch, size) > width) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  return line ? [...lines, line] : lines;
}

export interface TableLayout {
  title?: string;
  header: readonly string[];
  rows: readonly string[][];
  ruled: boolean;
  /** A line printed in the top margin of every page, and page numbers at the bottom. */
  furniture?: boolean;
  /** Column widths in points (default: the reference catalogue's nine columns). */
  widths?: readonly number[];
  /** Print the header again at the top of every page (default), or only on the first. */
  repeatHeader?: boolean;
}

export function layoutTable({ title, header, rows, ruled, furniture = true, repeatHeader = true, widths = WIDTHS }: TableLayout): PdfPageSpec[] {
  const xs = widths.reduce<number[]>((acc, w) => [...acc, acc.at(-1)! + w], [LEFT]);
  const pages: PdfPageSpec[] = [];
  let texts: PdfText[] = [];
  let lines: PdfLine[] = [];
  let y = TOP;
  const rule = (at: number, from = 0): void => void lines.push({ x1: xs[from]!, y1: at, x2: xs.at(-1)!, y2: at });
  const cellLines = (cells: readonly string[]): string[][] => cells.map((c, i) => wrap(c, widths[i]! - 2 * PAD));
  const printRow = (cells: string[][], from: number, count: number): void => {
    if (ruled) rule(y);
    cells.forEach((ls, c) => ls.slice(from, from + count).forEach((t, k) => texts.push({ x: xs[c]! + PAD, y: y - PAD - SIZE - k * PITCH, text: t, size: SIZE })));
    y -= count * PITCH + 2 * PAD;
  };
  const startPage = (first: boolean): void => {
    texts = [];
    lines = [];
    y = TOP;
    if (furniture) texts.push({ x: LEFT, y: 815, text: 'XX县人力资源和社会保障局 政务公开', size: 7 });
    if (first && title) {
      texts.push({ x: (PAGE.width - textWidth(title, 14)) / 2, y, text: title, size: 14 });
      y -= 30;
    }
    if (first || repeatHeader) printRow(cellLines(header), 0, 2);
  };
  const endPage = (): void => {
    if (ruled) {
      rule(y);
      const top = Math.max(...lines.map((l) => l.y1));
      for (const x of xs) lines.push({ x1: x, y1: y, x2: x, y2: top });
    }
    if (furniture) texts.push({ x: PAGE.width / 2 - 10, y: 30, text: `- ${pages.length + 1} -`, size: 9 });
    pages.push({ texts, lines });
  };
  startPage(true);
  for (const row of rows) {
    const cells = cellLines(row);
    const height = Math.max(...cells.map((c) => c.length));
    let done = 0;
    while (done < height) {
      const fits = Math.floor((y - BOTTOM - 2 * PAD) / PITCH);
      if (fits <= 0) {
        endPage();
        startPage(false);
        continue;
      }
      const count = Math.min(fits, height - done);
      printRow(cells, done, count);
      done += count;
    }
  }
  endPage();
  return pages;
}

/** The reference rows as printed: each 一级事项 once, on the first row of its group (a merged cell, top-aligned). */
export function referenceRows(): string[][] {
  return ROWS.map((row, i) => rowCells(row, i).map((cell, c) => (c === 1 && i > 0 && ROWS[i - 1]!.level1 === row.level1 ? '' : cell)));
}

export function referencePdf(ruled = true): Uint8Array {
  return writePdf(layoutTable({ title: TITLE, header: HEADER, rows: referenceRows(), ruled }), PAGE);
}

export const maker: FormatMaker = { ext: '.pdf', make: () => referencePdf() };
