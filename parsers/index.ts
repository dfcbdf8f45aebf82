/**
 * The built-in parsers. Every catalogue parser whose detect() reaches DETECT_THRESHOLD runs; items that two parsers
 * read from the same file are merged on (category, name), the earlier parser in this list winning a disagreement —
 * so list the more delimited formats first. Of the document parsers only the most confident runs; the article parser
 * is the fallback for a page with content that none of them read.
 */
import type { Parser } from './types.js';
import { annualReportParser } from './annual-report/index.js';
import { articleParser } from './article/index.js';
import { htmlTable } from './html-table/index.js';
import { csvParser } from './csv/index.js';
import { guideParser } from './guide/index.js';
import { flatTableParser } from './flat-table/index.js';
import { keyValue } from './key-value/index.js';
import { noticeParser } from './notice/index.js';
import { pipeTable } from './pipe-table/index.js';
import { regulationParser } from './regulation/index.js';
import { textRows } from './text-rows/index.js';
import { xlsxParser } from './xlsx/index.js';

export const DETECT_THRESHOLD = 0.5;

export const parsers: Parser[] = [
  xlsxParser, csvParser, htmlTable, flatTableParser, keyValue, pipeTable, textRows, regulationParser, annualReportParser, noticeParser, guideParser, articleParser,
];
