/**
 * What a page is: catalogue, standard-catalogue, annual-report, regulation, guide, notice, plan, article or
 * navigation-only, with a score for each (files.jsonl `pageKind`). Scores come from the parsers' detection (a parser
 * declares the kind it reads), the title line's document word (`…年度报告`, `…指南`, `…方案`) and the page-content
 * measure; a specific kind that reaches the threshold wins over the generic ones.
 */
import { DETECT_THRESHOLD } from './index.js';
import type { PageKind, Parser, SourceFile } from './types.js';
import { EMPTY_REASONS, measureContent, type PageContent } from './shared/page-content.js';
import { readPageFacts } from './shared/page-meta.js';
import { markerAt } from './shared/section-markers.js';
import { catalogueLabelFields } from './shared/catalogue-labels.js';

export interface PageKindDecision {
  kind: PageKind;
  /** Every kind with a score above zero, rounded to 3 places. */
  scores: Partial<Record<PageKind, number>>;
  /** For navigation-only pages: why the page has no content of its own. */
  reason?: string;
}

/** Kinds a specific parser reads, in the order ties are broken. */
const SPECIFIC: readonly PageKind[] = ['standard-catalogue', 'catalogue', 'annual-report', 'regulation', 'notice', 'guide'];
/** The title's last document word names the kind when no parser is sure (a prose-only report, a guide without facts). */
const TITLE_KINDS: Array<{ kind: PageKind; end: RegExp }> = [
  { kind: 'annual-report', end: /(?:年度报告|年度工作报告|年报|公开情况统计报表)(?:范文|格式)?(?:[(（][^()（）]{1,12}[)）])?$/ },
  { kind: 'guide', end: /指南(?:[(（][^()（）]{1,12}[)）])?$/ },
  { kind: 'regulation', end: /(?:制度|办法|规定|细则|条例|规则|规程|法)(?:[(（][^()（）]{1,12}[)）])?$/ },
  { kind: 'notice', end: /(?:通知|通告|公告|决定|意见|批复|函)$/ },
  { kind: 'plan', end: /(?:方案|规划|计划|预案|要点)(?:[(（][^()（）]{1,12}[)）])?$/ },
];
/** Two or more articles (`第一条 …`) at line starts: the text of a regulation. */
const MIN_ARTICLES = 2;
/** `本报告`, `本年度报告` in the preamble, or the 2019/2021 format's first two section headings. */
const REPORT_SELF = /本(?:年度)?报告|年度报告/;
const REPORT_SECTIONS = [/^[一1][、.．]\s*总体情况/, /^[二2][、.．]\s*主动公开政府信息情况/];
const PREAMBLE = 5;

function articleLines(lines: readonly string[]): number {
  return lines.filter((l) => markerAt(l.trim(), 0)?.kind === 'article').length;
}

function firstLines(lines: readonly string[], n: number): string[] {
  return lines.filter((l) => l.trim()).slice(0, n);
}

/** A title alone is weaker evidence than a parser's detection, but enough to name the kind of a generic document. */
const TITLE_SCORE = 0.55;
/** The page announces a 基层政务公开 standard catalogue, or prints its 一级/二级事项 and 公开层级 columns. */
const STANDARD = /标准目录|标准指引|基层政务公开|公开层级|一级事项[\s\S]{0,200}二级事项[\s\S]{0,400}全社会/;
const STANDARD_HEAD = 3000;
export function classifyPage(file: SourceFile, detection: Readonly<Record<string, number>>, registry: readonly Parser[]): PageKindDecision {
  const scores: Partial<Record<PageKind, number>> = {};
  const raise = (kind: PageKind, score: number): void => {
    if (score > (scores[kind] ?? 0)) scores[kind] = Math.round(score * 1000) / 1000;
  };
  for (const p of registry) raise(p.kind, detection[p.name] ?? 0);
  // Column labels without rows read: a catalogue page all the same (reported, never made a document).
  if (catalogueLabelFields(file.lines) > 0) raise('catalogue', DETECT_THRESHOLD);
  if ((scores.catalogue ?? 0) >= DETECT_THRESHOLD && STANDARD.test(file.text.slice(0, STANDARD_HEAD))) raise('standard-catalogue', scores.catalogue!);
  const detected = { ...scores };
  // Hints name the kind of a page no parser claims: its title's document word, or the structure of its text.
  const hints: PageKind[] = [];
  const title = readPageFacts(file).title?.value;
  const titleKind = title && TITLE_KINDS.find((t) => t.end.test(title.replace(/[\s》]/g, '')));
  if (titleKind) hints.push(titleKind.kind);
  if (articleLines(file.lines) >= MIN_ARTICLES) hints.push('regulation');
  if (REPORT_SELF.test(firstLines(file.lines, PREAMBLE).join('\n')) || REPORT_SECTIONS.every((re) => file.lines.some((l) => re.test(l.trim())))) hints.push('annual-report');
  for (const kind of hints) raise(kind, TITLE_SCORE);
  const content: PageContent = measureContent(file);
  if (content.emptyBecause) raise('navigation-only', 0.9);

  const claimed = SPECIFIC.filter((k) => (detected[k] ?? 0) >= DETECT_THRESHOLD).sort((a, b) => scores[b]! - scores[a]!)[0];
  if (claimed) return { kind: claimed, scores };
  if (content.emptyBecause) return { kind: 'navigation-only', scores, reason: EMPTY_REASONS[content.emptyBecause] };
  // A page no parser claims is read as a generic document; its title still says what kind of document it is.
  return { kind: hints[0] ?? 'article', scores };
}
