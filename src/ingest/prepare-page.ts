/**
 * Containers that hold a page (an HTML page today; a Word file or a PDF is the same kind of thing): each is turned into
 * one prepared page — decoded text for the text parsers, plus tables as grids and page metadata (`file.html`) for the
 * table and document parsers — so every container feeds the same parsers. Spreadsheets are not pages: the workbook
 * parser reads their bytes.
 */
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import type { ParseLimits } from '../../parsers/types.js';
import { looksLikeHtml, prepareHtml, type PreparedHtml } from '../html/prepare-html.js';
import { docPreparer, docxPreparer } from '../word/word-preparers.js';
import { pdfPage } from '../pdf/prepare-pdf.js';

type Report = (d: DiagnosticInput) => void;

export interface PreparedPage extends PreparedHtml {
  /** The container's format, written as files.jsonl `format` and each item's `source.format`. */
  format: string;
}

export interface PagePreparer {
  /** html | docx | …: also the diagnostics' source. */
  format: string;
  /** One line for `catalog parsers`: what the container is and what the parsers get from it. */
  description: string;
  /** Cheap, by content and never by extension. */
  sniff(bytes: Uint8Array): boolean;
  /** Never throws on bad input; undefined when the container cannot be read (its diagnostic already reported). */
  prepare(bytes: Uint8Array, report: Report, limits: ParseLimits): PreparedPage | undefined | Promise<PreparedPage | undefined>;
}

const htmlPage: PagePreparer = {
  format: 'html',
  description: 'HTML pages: the main content rendered to text lines, its <table>s as grids, title, date, publisher and attachments',
  sniff: looksLikeHtml,
  prepare: (bytes, report, limits) => ({ ...prepareHtml(bytes, report, limits.maxCells), format: 'html' }),
};

export const pagePreparers: PagePreparer[] = [htmlPage, docxPreparer, docPreparer, pdfPage];

/** The first preparer that claims the bytes prepares them; undefined for a file that is no container page. */
export async function preparePage(bytes: Uint8Array, reporter: (source: string) => Report, limits: ParseLimits): Promise<PreparedPage | undefined> {
  const preparer = pagePreparers.find((p) => p.sniff(bytes));
  if (!preparer) return undefined;
  try {
    return await preparer.prepare(bytes, reporter(preparer.format), limits);
  } catch (error) {
    reporter(preparer.format)({ ruleId: 'internal/prepare-crash', severity: 'error',
      message: `Reading this ${preparer.format} file failed (${(error as Error).message}); it was read as plain bytes instead. Please report this file.` });
    return undefined;
  }
}
