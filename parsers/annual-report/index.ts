/**
 * 政府信息公开工作年度报告 in the national format: one `document` item whose `stats` hold the §二 tables, the §三
 * applicant × outcome table and the §四 review/litigation row, typed by the format (schemas/annual-report.ts). The
 * format's consistency rules run as diagnostics; printed values are never repaired.
 */
import type { DraftItem } from '../../schemas/draft-item.js';
import { AnnualReportStats, REQUEST_ROWS_2019, REQUEST_ROWS_2021, type RequestRowKey } from '../../schemas/annual-report.js';
import type { ParseContext, Parser, SourceFile } from '../types.js';
import { readBreadcrumb, readPageMeta } from '../shared/page-meta.js';
import { sectionsFromLines, type SourceLine } from '../shared/sections-from-text.js';
import { cellsOf, findSections, type SectionRange } from './read-cells.js';
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
    const tables = TABLE_SECTIONS.filter((k) => sections[k]).length;
    return [0, 0.3, 0.7, 0.95][tables]!;
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
    if (!TABLE_SECTIONS.some((k) => sections[k])) {
      outer.report({
        ruleId: 'report/no-tables',
        severity: 'warning',
        message: 'None of the annual-report table sections (主动公开政府信息情况, 收到和处理政府信息公开申请情况, 政府信息公开行政复议、行政诉讼情况) was found; check that this file is an annual report.',
      });
      return [];
    }
    const cells = (range: SectionRange) => cellsOf(lines, range.title + 1, range.end);
    const format = detectFormat(file.text);
    if (format === 'unknown') {
      ctx.report({
        ruleId: 'report/format-unknown',
        severity: 'info',
        message: 'The tables name neither the 2021 nor the 2019 format; they are read with the 2021 skeleton. Check the §二 column headers.',
      });
    }
    const rowKeys: readonly RequestRowKey[] = format === '2019' ? REQUEST_ROWS_2019 : REQUEST_ROWS_2021;
    const prose = proseLines(lines, sections);
    const proseText = prose.map((l) => l.text).join('\n');
    const title = findTitle(lines);
    const year = title?.year ?? yearFromProse(proseText);

    const stats: AnnualReportStats = {
      format,
      proactive: sections.proactive ? readProactive(cells(sections.proactive), format, ctx) : {},
      requests: sections.requests ? readRequests(cells(sections.requests), rowKeys, ctx) : {},
    };
    if (year !== undefined) {
      stats.year = year;
      stats.yearSource = title ? 'title' : 'text';
    }
    const review = sections.review ? readReview(cells(sections.review), ctx) : undefined;
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
    const name = title?.title ?? `${year ?? ''}年政府信息公开工作年度报告`;
    if (!title) {
      ctx.report({
        ruleId: 'report/title-missing',
        severity: 'info',
        message: `The report has no title line; its name is built from the year (${name}). Add the title if the source page has one.`,
        place: 'L1',
      });
    }
    const draft: DraftItem = {
      kind: 'document',
      place: `L1-L${last}`,
      fields: { name, ...pageFields(lines, title?.issuer, file.breadcrumb) },
      extra: {},
      document: {
        body: lines.map((l) => l.trim()).filter(Boolean).join('\n'),
        // The prose sections (一、总体情况 …) as a tree; the tables are in stats, so their cells are left out here.
        sections: sectionsFromLines(prose.filter((l) => l.line !== (title?.line ?? -1) + 1)).sections,
        stats: AnnualReportStats.parse(stats),
      },
    };
    if (flags.size) draft.flags = [...flags].sort();
    return [draft];
  },
};

/** Category from the breadcrumb, date and publisher from the page meta line, else the issuer named in the title. */
function pageFields(lines: readonly string[], issuer: string | undefined, removedTrail?: readonly string[]): DraftItem['fields'] {
  const fields: DraftItem['fields'] = {};
  const crumbs = readBreadcrumb(lines, removedTrail)?.crumbs;
  if (crumbs) fields.category = crumbs.join(' > ');
  const meta = readPageMeta(lines);
  if (meta) fields.publishedAt = meta.date;
  const publisher = meta?.source ?? issuer;
  if (publisher) fields.publisher = publisher;
  return fields;
}

/** Lines outside the three table sections: where the prose (and its stated counts and years) is. */
function proseLines(lines: readonly string[], sections: ReturnType<typeof findSections>): SourceLine[] {
  const inTables = (i: number) => TABLE_SECTIONS.some((k) => sections[k] && i > sections[k]!.title && i < sections[k]!.end);
  return lines.flatMap((text, i) => (text.trim() && !inTables(i) ? [{ text, line: i + 1 }] : []));
}

function placeOfText(lines: readonly string[], text: string): string | undefined {
  const i = lines.findIndex((l) => l.includes(text));
  return i < 0 ? undefined : `L${i + 1}`;
}

function lastTextLine(lines: readonly string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.trim()) return i + 1;
  return 1;
}
