/**
 * The parser seam. A new source format = one folder under parsers/, one fixture under test/fixtures/,
 * one line in parsers/index.ts. If it needs an edit in src/ingest.ts, the seam is wrong.
 */
import type { DiagnosticInput } from '../schemas/diagnostic.js';
import type { DraftItem } from '../schemas/draft-item.js';
import type { HtmlPage } from './html-page.js';

/** One input file as the parsers see it. */
export interface SourceFile {
  /** Path as given (forward slashes); used in diagnostics, never in ids. */
  path: string;
  /** The raw bytes (binary parsers read these). */
  bytes: Uint8Array;
  /** Decoded and cleaned text; '' for binary formats. Cleaning keeps the line count, so `L<n>` is a source line. */
  text: string;
  /** Encoding decision (utf-8, utf-8-bom, gb18030, binary …). */
  encoding: string;
  /** Text lines of `text` (split once, shared by parsers). */
  lines: string[];
  /** HTML input only: tables and page metadata from the parsed page; `text` is then the rendered main content. */
  html?: HtmlPage;
  /** The page's breadcrumb trail, when the cleaning passes removed its line from `text`. */
  breadcrumb?: string[];
}

export interface ParseContext {
  /** Report a diagnostic; the pipeline fills in file and source. Parsers never throw on bad input. */
  report(diagnostic: DiagnosticInput): void;
  /** Limits that protect against hostile input. */
  limits: ParseLimits;
}

export interface ParseLimits {
  /** Largest input read, in bytes. */
  maxBytes: number;
  /** Most cells read from one spreadsheet. */
  maxCells: number;
  /** Most bytes a zipped workbook may inflate to (zip bombs); checked before the workbook is read. */
  maxUnzippedBytes: number;
}

/** What a page is, as the pipeline classifies it (files.jsonl `pageKind`). */
export const PAGE_KINDS = [
  'catalogue', 'standard-catalogue', 'annual-report', 'regulation', 'guide', 'notice', 'plan', 'article', 'navigation-only',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export interface Parser {
  /** kebab-case; folder name; Diagnostic.source. */
  name: string;
  /** One line for `catalog parsers`. */
  description: string;
  input: 'text' | 'binary';
  /** text | html | xlsx | csv: goes to source.format. */
  format: string;
  /** For a parser that reads several formats (xlsx, xls, ods …): the format of this file, in place of `format`. */
  formatOf?(file: SourceFile): string;
  /**
   * A binary parser's cheap content check, run before the bytes are decoded: a file it claims is not read as text
   * (a flat XML workbook is valid UTF-8, but its text is markup, not a page).
   */
  claims?(bytes: Uint8Array): boolean;
  /** 0..1: how sure this parser is that the file is its kind. Cheap; never throws; content, not extension. */
  detect(file: SourceFile): number;
  /**
   * A whole-file format (CSV): when it detects, it is the only parser that runs, so text inside its cells (an exported
   * report's body) is not read a second time as a page.
   */
  exclusive?: boolean;
  /**
   * The kind of page this parser reads. Catalogue parsers all run and their rows are merged; of the document parsers
   * (any other kind) only the most confident runs, so a page becomes one document of one kind.
   */
  kind: PageKind;
  /** Runs only when no other parser gave an item (the generic article reader). */
  fallback?: boolean;
  parse(file: SourceFile, ctx: ParseContext): DraftItem[] | Promise<DraftItem[]>;
}
