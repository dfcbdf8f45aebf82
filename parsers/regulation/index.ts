/**
 * Regulation pages (制度/办法/规定 …): one `document` item per regulation on the page, with its 章 → 条 → points as
 * sections. Articles numbered out of order are kept as printed and reported (`doc/article-sequence`).
 */
import type { DraftItem } from '../../schemas/draft-item.js';
import type { ParseContext, Parser, SourceFile } from '../types.js';
import { isPageChrome, readBreadcrumb, readPageMeta } from '../shared/page-meta.js';
import { sectionsFromLines } from '../shared/sections-from-text.js';
import { countArticleLines, findRegulations, untitledRegulation, type RegulationRange } from './find-regulations.js';

const NAME = 'regulation';

export const regulationParser: Parser = {
  name: NAME,
  description: 'Regulation pages (制度, 办法, 规定 …): one document per regulation, split into chapters, articles and points',
  input: 'text',
  format: 'text',
  kind: 'regulation',
  detect(file: SourceFile): number {
    const titles = findRegulations(file.lines).length;
    const articles = countArticleLines(file.lines);
    if (titles > 0 && articles >= 3) return 0.9;
    // Articles under a page breadcrumb: a regulation page whose title line was lost (named from the breadcrumb).
    if (articles >= 3 && readBreadcrumb(file.lines, file.breadcrumb)) return 0.6;
    if (titles > 0) return 0.5;
    return articles >= 3 ? 0.3 : 0;
  },
  parse(file: SourceFile, ctx: ParseContext): DraftItem[] {
    const lines = file.lines;
    const crumbs = readBreadcrumb(lines, file.breadcrumb)?.crumbs;
    const ranges = findRegulations(lines);
    const untitled = ranges.length || !crumbs ? undefined : untitledRegulation(lines, crumbs.at(-1)!);
    if (untitled) {
      ranges.push(untitled);
      ctx.report({
        ruleId: 'doc/title-from-breadcrumb',
        severity: 'info',
        message: `No title line precedes the articles; the regulation is named after the last breadcrumb (${untitled.title}). Check the name against the source page.`,
        place: `L${untitled.first}-L${untitled.last}`,
        actual: untitled.title,
      });
    }
    if (!ranges.length) {
      ctx.report({
        ruleId: 'doc/no-regulation',
        severity: 'warning',
        message: 'No regulation title (a short line ending in 制度/办法/规定 … followed by numbered articles) was found; check that this file is a regulation page.',
      });
      return [];
    }
    // One page, one breadcrumb and one meta line: they apply to every regulation on it.
    const meta = readPageMeta(lines);
    return ranges.map((range) => toDraft(lines, range, crumbs, meta, ctx));
  },
};

function toDraft(
  lines: readonly string[],
  range: RegulationRange,
  crumbs: string[] | undefined,
  meta: ReturnType<typeof readPageMeta>,
  ctx: ParseContext,
): DraftItem {
  const place = `L${range.first}-L${range.last}`;
  const bodyLines: Array<{ text: string; line: number }> = [];
  for (let n = range.bodyFirst; n <= range.last; n++) {
    const text = lines[n - 1]!.trim();
    if (text && !isPageChrome(text)) bodyLines.push({ text, line: n });
  }
  const tree = sectionsFromLines(bodyLines);
  const flags: string[] = [];
  for (const issue of tree.sequenceIssues) {
    ctx.report({
      ruleId: 'doc/article-sequence',
      severity: 'warning',
      message: `In 《${range.title}》 ${issue.actual} comes where ${issue.expected} was expected; the number is kept as printed. Check the source for a missing or misnumbered ${issue.kind === 'chapter' ? 'chapter' : 'article'}.`,
      place: `L${issue.line}`,
      actual: issue.actual,
      expected: issue.expected,
    });
    if (!flags.includes('doc/article-sequence')) flags.push('doc/article-sequence');
  }
  const draft: DraftItem = {
    kind: 'document',
    place,
    fields: { name: range.title },
    extra: {},
    document: {
      body: [range.title, ...bodyLines.map((l) => l.text)].join('\n'),
      sections: tree.sections,
    },
  };
  if (crumbs) draft.fields.category = crumbs.join(' > ');
  if (meta?.source) draft.fields.publisher = meta.source;
  if (meta) draft.fields.publishedAt = meta.date;
  if (flags.length) draft.flags = flags;
  return draft;
}
