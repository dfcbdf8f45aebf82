/**
 * 政府信息公开工作年度报告 in the national format: one `document` item whose `stats` hold the §二 tables, the §三
 * applicant × outcome table and the §四 review/litigation row, typed by the format (schemas/annual-report.ts). The
 * format's consistency rules run as diagnostics; printed values are never repaired.
 */
import type { DraftItem } from '../../schemas/draft-item.js';
import { AnnualReportStats, REQUEST_ROWS_2019, REQUEST_ROWS_2021, type RequestRowKey } from '../../schemas/annual-report.js';
import type { ParseContext, Parser, SourceFile } from '../types.js';
import { isPageChrome, readBreadcrumb, readPageMeta } from '../shared/page-meta.js';
import { sectionsFromLines, type SourceLine } from '../shared/sections-from-text.js';
import { signatureAtEnd, type Signature } from '../shared/signature.js';
import { cellsOf, findSections, type Cell } from './read-cells.js';
import { reportCueScore } from './report-cues.js';
import { isValueCell } from './skeleton.js';
import { readProactive } from './read-proactive.js';
import { readRequests } from './read-requests.js';
import { readReview } from './read-review.js';
import { runReportRules } from './report-rules.js';
import { applicationsFromProse, detectFormat, findTitle, yearFromProse } from './report-facts.js';

const TABLE_SECTIONS = ['proactive', 'requests', 'review'] as const;

export const annualReportParser: Parser = {
  name: 'annual-report',
  description: '政府信息公开工作年度报告 (national format 2021, or 2019): one document with typed statistics and the format\'s consistency rules',
  input: 'text',
  format: 'text',
  kind: 'annual-report',
  detect(file: SourceFile): number {
    const sections = findSections(file.lines);
    const tables = Object.keys(readableTables(file.lines, sections)).length;
    return Math.max([0, 0.3, 0.7, 0.95][tables]!, reportCueScore(file.lines, file.text, sections));
  },
  parse(file: SourceFile, outer: ParseContext): DraftItem[] {
    const lines = file.lines;
    const sections = findSections(lines);
    // Every diagnostic raised on this report is also a flag of its one item.
    const flags = new Set<string>();
    const ctx: ParseContext = {
      ...outer,
      report(d) {
        flags.add(d.ruleId);
        outer.report(d);
      },
    };
    const tables = readableTables(lines, sections);
    const hasTables = Object.keys(tables).length > 0;
    if (!hasTables && reportCueScore(lines, file.text, sections) === 0) {
      outer.report({
        ruleId: 'report/not-a-report',
        severity: 'warning',
        message: 'Neither a report title (…政府信息公开工作年度报告), the format\'s section titles nor its statistics tables were found; check that this file is an annual report.',
      });
      return [];
    }
    if (!hasTables) {
      ctx.report({
        ruleId: 'report/no-tables',
        severity: 'info',
        message: 'The report prints none of its statistics tables (主动公开政府信息情况, 收到和处理政府信息公开申请情况, 行政复议、行政诉讼情况) here; it is kept as a document with its prose sections and no table statistics.',
      });
    }
    const format = detectFormat(file.text);
    if (hasTables && format === 'unknown') {
      ctx.report({
        ruleId: 'report/format-unknown',
        severity: 'info',
        message: 'The tables name neither the 2021 nor the 2019 format; they are read with the 2021 skeleton. Check the §二 column headers.',
      });
    }
    const rowKeys: readonly RequestRowKey[] = format === '2019' ? REQUEST_ROWS_2019 : REQUEST_ROWS_2021;
    const title = findTitle(lines, isPageChrome);
    // The document starts at its title: lines above it are the page head (breadcrumb, column name, site banner).
    const start = title?.line ?? 0;
    const prose = proseLines(lines, sections, tables).filter((l) => l.line > start + (title ? 1 : 0));
    const proseText = prose.map((l) => l.text).join('\n');
    const year = title?.year ?? yearFromProse(proseText);

    const stats: AnnualReportStats = {
      format,
      proactive: tables.proactive ? readProactive(tables.proactive, format, ctx) : {},
      requests: tables.requests ? readRequests(tables.requests, rowKeys, ctx) : {},
    };
    if (year !== undefined) {
      stats.year = year;
      stats.yearSource = title?.year !== undefined ? 'title' : 'text';
    }
    const review = tables.review ? readReview(tables.review, ctx) : undefined;
    if (review) stats.review = review;
    const stated = applicationsFromProse(proseText);
    if (stated) stats.proseApplications = stated.count;

    for (const d of runReportRules(stats)) ctx.report(d);
    const tableNew = stats.requests.new?.values.total;
    if (stated && tableNew !== null && tableNew !== undefined && stated.count !== tableNew) {
      ctx.report({
        ruleId: 'report/prose-count',
        severity: 'info',
        message: `The prose says "${stated.text}" (${stated.count}) but §三 counts ${tableNew} new applications; the table value is kept. Check which one the report means.`,
        place: placeOfText(lines, stated.text),
        actual: String(tableNew),
        expected: String(stated.count),
      });
    }
    const last = lastTextLine(lines);
    const name = title?.title ?? file.html?.meta.title ?? `${year ?? ''}年政府信息公开工作年度报告`.replace(/^年/, '');
    if (!title) {
      ctx.report({
        ruleId: 'report/title-missing',
        severity: 'info',
        message: file.html?.meta.title
          ? `The report has no title line in its text; it is named after the page title (${name}). Check the name against the source page.`
          : `The report has no title line; its name is built from the year (${name}). Add the title if the source page has one.`,
        place: 'L1',
      });
    }
    const draft: DraftItem = {
      kind: 'document',
      place: `L${start + 1}-L${last}`,
      fields: { name, ...pageFields(file, title?.issuer, signatureAtEnd(lines, start + 1, last)) },
      extra: {},
      document: {
        body: lines.slice(start).map((l) => l.trim()).filter((l) => l && !isPageChrome(l)).join('\n'),
        // The prose sections (一、总体情况 …) as a tree; the tables are in stats, so their cells are left out here.
        sections: sectionsFromLines(prose).sections,
        stats: AnnualReportStats.parse(stats),
      },
    };
    if (flags.size) draft.flags = [...flags].sort();
    return [draft];
  },
};

type TableCells = Partial<Record<(typeof TABLE_SECTIONS)[number], Cell[]>>;

/**
 * The cells of each table section that holds a table. A section whose title is followed by prose or by the next title
 * (an excerpt, a report that printed its tables as images, a notice quoting the format) has none: reading it would
 * report every row missing.
 */
function readableTables(lines: readonly string[], sections: ReturnType<typeof findSections>): TableCells {
  const tables: TableCells = {};
  for (const key of TABLE_SECTIONS) {
    const range = sections[key];
    const cells = range ? cellsOf(lines, range.title + 1, range.end) : [];
    if (cells.some((c) => isValueCell(c.text))) tables[key] = cells;
  }
  return tables;
}

/**
 * Category from the breadcrumb; date and publisher from the page meta line (or the HTML page's metadata), else the
 * issuer named in the title, else the signature closing the report.
 */
function pageFields(file: SourceFile, issuer: string | undefined, signature: Signature | undefined): DraftItem['fields'] {
  const fields: DraftItem['fields'] = {};
  const crumbs = readBreadcrumb(file.lines, file.breadcrumb)?.crumbs;
  if (crumbs) fields.category = crumbs.join(' > ');
  const meta = readPageMeta(file.lines);
  const date = meta?.date ?? file.html?.meta.publishedAt ?? signature?.date;
  if (date) fields.publishedAt = date;
  const publisher = meta?.source ?? file.html?.meta.publisher ?? issuer ?? signature?.issuer;
  if (publisher) fields.publisher = publisher;
  return fields;
}

/** Lines outside the tables read, without page chrome: where the prose (and its stated counts and years) is. */
function proseLines(lines: readonly string[], sections: ReturnType<typeof findSections>, tables: TableCells): SourceLine[] {
  const inTables = (i: number) => TABLE_SECTIONS.some((k) => tables[k] && i > sections[k]!.title && i < sections[k]!.end);
  return lines.flatMap((text, i) => (text.trim() && !inTables(i) && !isPageChrome(text) ? [{ text, line: i + 1 }] : []));
}

function placeOfText(lines: readonly string[], text: string): string | undefined {
  const i = lines.findIndex((l) => l.includes(text));
  return i < 0 ? undefined : `L${i + 1}`;
}

function lastTextLine(lines: readonly string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.trim()) return i + 1;
  return 1;
}
