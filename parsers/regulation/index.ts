/**
 * Regulation pages (制度/办法/规定/条例/法 …): one `document` item per regulation on the page, with its 章 → 节 → 条 → points
 * as sections. Articles numbered out of order are kept as printed and reported (`doc/article-sequence`).
 */
import type { DraftItem } from '../../schemas/draft-item.js';
import type { ParseContext, Parser, SourceFile } from '../types.js';
import { isPageChrome, readBreadcrumb, readPageMeta } from '../shared/page-meta.js';
import { markerAt } from '../shared/section-markers.js';
import { sectionsFromLines } from '../shared/sections-from-text.js';
import { countArticles, findRegulations, untitledRegulation, type RegulationRange } from './find-regulations.js';
import { regulationDate, regulationPublisher } from './regulation-facts.js';

const NAME = 'regulation';
/** Without a title line, it takes this many distinct articles for the page to be a regulation (see untitledRegulation). */
const UNTITLED_SCORE = 0.6;
const STRUCTURE = new Set(['chapter', 'part', 'article', 'heading']);

export const regulationParser: Parser = {
  name: NAME,
  description: 'Regulation pages (制度, 办法, 规定, 条例 …): one document per regulation, split into chapters, articles and points',
  input: 'text',
  format: 'text',
  kind: 'regulation',
  detect(file: SourceFile): number {
    const titles = findRegulations(file.lines).length;
    const articles = countArticles(file.lines);
    if (titles > 0 && articles >= 2) return 0.9;
    if (titles > 0) return 0.5;
    // Articles without a title line: an excerpt, or a page whose title is only in its breadcrumb.
    return untitledRegulation(file.lines, '') ? UNTITLED_SCORE : 0;
  },
  parse(file: SourceFile, ctx: ParseContext): DraftItem[] {
    const lines = file.lines;
    const crumbs = readBreadcrumb(lines, file.breadcrumb)?.crumbs;
    const ranges = findRegulations(lines);
    if (!ranges.length) {
      const pageTitle = crumbs?.at(-1) ?? file.html?.meta.title;
      const untitled = untitledRegulation(lines, pageTitle ?? '');
      if (untitled) {
        ranges.push(untitled);
        ctx.report({
          ruleId: pageTitle ? 'doc/title-from-breadcrumb' : 'doc/title-missing',
          severity: 'info',
          message: pageTitle
            ? `No title line precedes the articles; the regulation is named after the ${crumbs ? 'last breadcrumb' : 'page title'} (${pageTitle}). Check the name against the source page.`
            : 'No title line precedes the articles and the page names none; the regulation is left without a name. Add it from the source page.',
          place: `L${untitled.first}-L${untitled.last}`,
          ...(pageTitle && { actual: pageTitle }),
        });
      }
    }
    if (!ranges.length) {
      ctx.report({
        ruleId: 'doc/no-regulation',
        severity: 'warning',
        message: 'No regulation title (a short line ending in 制度/办法/规定 … followed by numbered articles) nor three articles were found; check that this file is a regulation page.',
      });
      return [];
    }
    // One page, one breadcrumb and one meta line: they apply to every regulation on it.
    const meta = readPageMeta(lines);
    return ranges.map((range) => toDraft(file, range, crumbs, meta, ctx));
  },
};

/** A preamble between a title and its first article is sentences (为了…,制定本办法。) or a note (（…通过）). */
const PREAMBLE_LINE = /[。；;：:]$|^[(（].*[)）]$/;

/**
 * Lines between the title and the first chapter, article or heading that are not preamble: the page's date line under
 * the title, a side bar of cut-off links. Page furniture, not the regulation's text.
 */
function furnitureUnderTitle(textLines: ReadonlyArray<{ text: string; line: number }>, range: RegulationRange): Array<{ text: string; line: number }> {
  if (!range.titleLine) return [];
  const after = textLines.filter((l) => l.line > range.titleLine);
  const firstStructure = after.findIndex((l) => STRUCTURE.has(markerAt(l.text, 0)?.kind ?? ''));
  if (firstStructure < 0) return [];
  return after.slice(0, firstStructure).filter((l) => !PREAMBLE_LINE.test(l.text));
}

function toDraft(
  file: SourceFile,
  range: RegulationRange,
  crumbs: string[] | undefined,
  meta: ReturnType<typeof readPageMeta>,
  ctx: ParseContext,
): DraftItem {
  const lines = file.lines;
  const place = `L${range.first}-L${range.last}`;
  // The whole text from the promulgation order (or the title) to the last line: chapters never end a regulation.
  const textLines: Array<{ text: string; line: number }> = [];
  for (let n = range.first; n <= range.last; n++) {
    const text = lines[n - 1]!.trim();
    if (text && !isPageChrome(text)) textLines.push({ text, line: n });
  }
  const called = range.title ? `《${range.title}》` : 'the untitled regulation';
  const furniture = furnitureUnderTitle(textLines, range);
  if (furniture.length) {
    ctx.report({
      ruleId: 'doc/lines-under-title',
      severity: 'info',
      message: `${furniture.length} line(s) between the title of ${called} and its first article are neither sentences nor notes (a date line, links of a side bar); they are left out of the body and sections.`,
      place: `L${furniture[0]!.line}-L${furniture.at(-1)!.line}`,
      actual: furniture.map((l) => l.text).join('\n').slice(0, 500),
    });
    textLines.splice(0, textLines.length, ...textLines.filter((l) => !furniture.includes(l)));
  }
  // Without its title line the text is often an excerpt: it may start at any article.
  const tree = sectionsFromLines(textLines.filter((l) => l.line !== range.titleLine), { excerpt: range.titleLine === 0 });
  const flags: string[] = [];
  for (const issue of tree.sequenceIssues) {
    ctx.report({
      ruleId: 'doc/article-sequence',
      severity: 'warning',
      message: `In ${called} ${issue.actual} comes where ${issue.expected} was expected; the number is kept as printed. Check the source for a missing or misnumbered ${issue.kind === 'chapter' ? 'chapter' : 'article'}.`,
      place: `L${issue.line}`,
      actual: issue.actual,
      expected: issue.expected,
    });
    if (!flags.includes('doc/article-sequence')) flags.push('doc/article-sequence');
  }
  // A regulation named after the page (no title line) starts its body with that name, as a titled one does.
  const named = range.titleLine === 0 && range.title ? [range.title] : [];
  const draft: DraftItem = {
    kind: 'document',
    place,
    fields: { name: range.title },
    extra: {},
    document: {
      body: [...named, ...textLines.map((l) => l.text)].join('\n'),
      sections: tree.sections,
    },
  };
  if (crumbs) draft.fields.category = crumbs.join(' > ');
  const publisher = regulationPublisher(file, range, meta);
  if (publisher) draft.fields.publisher = publisher;
  const date = regulationDate(file, range, meta);
  if (date) draft.fields.publishedAt = date;
  if (flags.length) draft.flags = flags;
  return draft;
}
