/**
 * A PDF → its pages as positioned text runs and ruling lines, the raw material of line and table rebuilding. The work
 * is bounded by the file's cell budget (`limits.maxCells`, the same limit as a workbook's cells and an HTML page's
 * expanded cells): every page read costs PAGE_COST cells, every text run one. Problems are diagnostics, never throws.
 */
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import { loadPdfJs, openPdf, type PdfDocument, type PdfPage } from './pdfjs.js';

type Report = (d: DiagnosticInput) => void;

/** A piece of text the PDF draws in one go, in points from the page's bottom-left corner. */
export interface TextRun {
  text: string;
  /** Left and right edge. */
  x: number;
  right: number;
  /** Baseline. */
  y: number;
  /** Font size (height of the text). */
  size: number;
}

/** A straight horizontal or vertical line drawn on the page (a table's ruling). */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PdfPageText {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  runs: TextRun[];
  rules: Rule[];
}

export interface PdfText {
  pages: PdfPageText[];
  /** Pages in the file (some may not have been read: the budget, a broken page). */
  pageCount: number;
  version: string;
}

/** What one page costs of the cell budget before its text: pages without text still take parsing work. */
export const PAGE_COST = 100;
/** A line thinner than this (points) in one direction is a rule, not a box. */
const RULE_THICKNESS = 2;

export async function readPdf(bytes: Uint8Array, report: Report, maxCells: number): Promise<PdfText | undefined> {
  const opened = await openPdf(bytes);
  const truncated = !endsWithEof(bytes);
  if ('problem' in opened) {
    if (opened.problem === 'encrypted') {
      report({ ruleId: 'pdf/encrypted', severity: 'error', actual: opened.detail,
        message: 'The PDF is encrypted with a password; nothing was read. Ask the publisher for an unprotected copy, or decrypt it (qpdf --decrypt) and ingest that.' });
    } else if (truncated) {
      report({ ruleId: 'pdf/truncated', severity: 'error', actual: `${bytes.length} bytes, no %%EOF at the end; ${opened.detail}`,
        message: 'The PDF ends early (a cut download) and no page could be rebuilt from what is there; nothing was read. Download the file again.' });
    } else {
      report({ ruleId: 'pdf/unreadable', severity: 'error', actual: opened.detail,
        message: 'The file starts like a PDF but could not be read as one (damaged or not really a PDF); nothing was read. Download it again or re-save it with a PDF tool.' });
    }
    return undefined;
  }
  const { doc } = opened;
  try {
    if (truncated) {
      report({ ruleId: 'pdf/truncated', severity: 'warning', actual: `${bytes.length} bytes, no %%EOF at the end`,
        message: 'The PDF ends early (a cut download); the pages that could be rebuilt were read. Download the file again to be sure nothing is missing.' });
    }
    return await readPages(doc, report, maxCells);
  } finally {
    await doc.destroy().catch(() => {});
  }
}

async function readPages(doc: PdfDocument, report: Report, maxCells: number): Promise<PdfText> {
  const { version, OPS } = await loadPdfJs();
  const pages: PdfPageText[] = [];
  let budget = maxCells;
  for (let number = 1; number <= doc.numPages; number++) {
    if (budget < PAGE_COST) {
      report({ ruleId: 'pdf/limit', severity: 'error', place: `p${number}`, actual: `${doc.numPages} pages`,
        expected: `at most ${maxCells} cells (${PAGE_COST} per page, 1 per text run)`,
        message: `The PDF passes the cell limit at page ${number}: pages ${number}–${doc.numPages} were not read. Raise --max-cells if the file is trusted.` });
      break;
    }
    budget -= PAGE_COST;
    let page: PdfPage | undefined;
    try {
      page = await doc.getPage(number);
      // Positions as the page is shown (its /Rotate and crop box applied), y up from its bottom edge.
      const viewport = page.getViewport({ scale: 1 });
      const display = multiply(viewport.transform as Matrix, [1, 0, 0, -1, 0, viewport.height]);
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      let cut = false;
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        if (budget <= 0) {
          cut = true;
          break;
        }
        budget--;
        const [a, b, c, d, e, f] = multiply(item.transform as Matrix, display);
        const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height;
        runs.push({ text: item.str, x: e, right: e + item.width, y: f, size });
      }
      if (cut) {
        report({ ruleId: 'pdf/limit', severity: 'error', place: `p${number}`, actual: `more than ${maxCells} cells`,
          expected: `at most ${maxCells} cells (${PAGE_COST} per page, 1 per text run)`,
          message: `The PDF passes the cell limit on page ${number}: its later text and pages were not read. Raise --max-cells if the file is trusted.` });
      }
      // Ruling only matters where there is text to put in cells; a scanned page's image is not decoded for it.
      const rules = runs.length ? rulesOf(await page.getOperatorList(), OPS, display) : [];
      pages.push({ number, width: viewport.width, height: viewport.height, runs, rules });
      if (cut) break;
    } catch (error) {
      report({ ruleId: 'pdf/page-unreadable', severity: 'error', place: `p${number}`, actual: (error as Error).message,
        message: `Page ${number} of the PDF could not be read (damaged content); the other pages were read. Check that page in a PDF viewer.` });
    } finally {
      page?.cleanup();
    }
  }
  return { pages, pageCount: doc.numPages, version };
}

type Matrix = [number, number, number, number, number, number];

/**
 * The horizontal and vertical segments of the paths the page paints, in display space: the current transform (from the
 * page's display transform) is followed through save/restore/transform, and each path's move/line/close segments are
 * taken; curves are skipped.
 */
function rulesOf(list: { fnArray: number[]; argsArray: unknown[] }, OPS: Record<string, number>, display: Matrix): Rule[] {
  const rules: Rule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = display;
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(list.argsArray[i] as Matrix, ctm);
    else if (fn === OPS.constructPath) {
      const [paint, [data]] = list.argsArray[i] as [number, [ArrayLike<number> | null]];
      if (paint === OPS.endPath || !data) continue;
      segments(data, ctm, rules);
    }
  }
  return rules;
}

/** pdf.js path data: 0 moveTo x y, 1 lineTo x y, 2 curveTo 6 numbers, 3 quadraticCurveTo 4 numbers, 4 closePath. */
function segments(data: ArrayLike<number>, m: Matrix, out: Rule[]): void {
  let cx = 0, cy = 0, sx = 0, sy = 0;
  const add = (x0: number, y0: number, x1: number, y1: number): void => {
    const [ax, ay] = apply(m, x0, y0);
    const [bx, by] = apply(m, x1, y1);
    if (Math.abs(ay - by) <= RULE_THICKNESS || Math.abs(ax - bx) <= RULE_THICKNESS) {
      out.push({ x0: Math.min(ax, bx), y0: Math.min(ay, by), x1: Math.max(ax, bx), y1: Math.max(ay, by) });
    }
  };
  for (let k = 0; k < data.length; ) {
    const op = data[k]!;
    if (op === 0) { cx = sx = data[k + 1]!; cy = sy = data[k + 2]!; k += 3; }
    else if (op === 1) { add(cx, cy, data[k + 1]!, data[k + 2]!); cx = data[k + 1]!; cy = data[k + 2]!; k += 3; }
    else if (op === 2) { cx = data[k + 5]!; cy = data[k + 6]!; k += 7; }
    else if (op === 3) { cx = data[k + 3]!; cy = data[k + 4]!; k += 5; }
    else if (op === 4) { add(cx, cy, sx, sy); cx = sx; cy = sy; k += 1; }
    else break;
  }
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** `t` then `m` (row vectors, as PDF's `cm`: the new CTM is t × ctm). */
function multiply(t: Matrix, m: Matrix): Matrix {
  return [
    t[0] * m[0] + t[1] * m[2], t[0] * m[1] + t[1] * m[3],
    t[2] * m[0] + t[3] * m[2], t[2] * m[1] + t[3] * m[3],
    t[4] * m[0] + t[5] * m[2] + m[4], t[4] * m[1] + t[5] * m[3] + m[5],
  ];
}

/** A whole PDF ends with `%%EOF` (maybe followed by a line end or a little padding). */
function endsWithEof(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1');
  return tail.includes('%%EOF');
}
