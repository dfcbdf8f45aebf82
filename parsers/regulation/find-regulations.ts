/**
 * Finds the 制度/办法 held on one page. A title is a short line ending in a regulation word, followed soon by
 * numbered articles or headings; the document runs to the line before the next such title. Found by shape, so a
 * page with one, nine or twenty regulations needs no configuration.
 */
import { isPageChrome } from '../shared/page-meta.js';
import { markerAt } from '../shared/section-markers.js';

export interface RegulationRange {
  title: string;
  /** 1-based line of the title. */
  first: number;
  /** 1-based last line with text. */
  last: number;
  /** 1-based first line after the title (= `first` when the title is not printed on the page). */
  bodyFirst: number;
}

/** Ends in a regulation word, optionally followed by a note such as （试行）. */
const TITLE_END = /(?:制度|办法|辦法|规定|規定|细则|細則|条例|條例|规则|規則|规程|規程|实施方案|實施方案)(?:[(（][^()（）]{1,8}[)）])?$/;
/** Sentence punctuation, quotes and crumb separators do not occur in a title line. */
const NOT_IN_TITLE = /[。；;，,：:>|《》“”"、]/;
/** The first article or heading must come within this many text lines of the title (a preamble may sit between). */
const MAX_LEAD = 12;
const MAX_TITLE = 40;
const STRUCTURE_KINDS = new Set(['chapter', 'article', 'heading']);
/** Without a title line, it takes this many articles to call a page a regulation. */
const MIN_UNTITLED_ARTICLES = 3;

export function isTitleCandidate(line: string): boolean {
  const trimmed = line.trim();
  // Unwrapping 《》 below takes at most two characters off: a longer line (most body text) is no title.
  if (trimmed.length > MAX_TITLE + 2) return false;
  // A title printed as 《某某办法》 is still a title.
  const s = trimmed.replace(/^《([^《》]+)》$/, '$1');
  return s.length >= 4 && s.length <= MAX_TITLE && TITLE_END.test(s) && !NOT_IN_TITLE.test(s) && !markerAt(s, 0) && !isPageChrome(s);
}

/** Line-start article count: the cheap signal `detect` uses. */
export function countArticleLines(lines: readonly string[]): number {
  // Every article marker starts with 第: other lines are not matched against the marker patterns.
  return lines.filter((l) => l.trimStart().startsWith('第') && markerAt(l.trim(), 0)?.kind === 'article').length;
}

export function findRegulations(lines: readonly string[]): RegulationRange[] {
  const candidates: number[] = [];
  lines.forEach((l, i) => {
    if (isTitleCandidate(l)) candidates.push(i);
  });
  const titles = candidates.filter((c, k) => isFollowedByStructure(lines, c, candidates[k + 1] ?? lines.length));
  return titles.map((c, k) => ({
    title: lines[c]!.trim().replace(/^《([^《》]+)》$/, '$1'),
    first: c + 1,
    last: lastTextLine(lines, c, titles[k + 1] ?? lines.length) + 1,
    bodyFirst: c + 2,
  }));
}

function isFollowedByStructure(lines: readonly string[], title: number, end: number): boolean {
  let textLines = 0;
  let structure = 0;
  let firstAt = -1;
  for (let i = title + 1; i < end; i++) {
    const s = lines[i]!.trim();
    if (!s || isPageChrome(s)) continue;
    textLines++;
    const marker = markerAt(s, 0);
    if (marker && STRUCTURE_KINDS.has(marker.kind)) {
      structure++;
      if (firstAt < 0) firstAt = textLines;
    }
  }
  return structure >= 2 && firstAt > 0 && firstAt <= MAX_LEAD;
}

function lastTextLine(lines: readonly string[], from: number, end: number): number {
  for (let i = end - 1; i > from; i--) {
    const s = lines[i]!.trim();
    if (s && !isPageChrome(s)) return i;
  }
  return from;
}

/**
 * A page with articles but no title line (the title only in the breadcrumb or the browser title): one regulation
 * from the first text line after the page head to the last text line, or undefined when there are too few articles.
 */
export function untitledRegulation(lines: readonly string[], title: string): RegulationRange | undefined {
  if (countArticleLines(lines) < MIN_UNTITLED_ARTICLES) return undefined;
  const first = lines.findIndex((l) => l.trim() && !isPageChrome(l));
  if (first < 0) return undefined;
  return { title, first: first + 1, last: lastTextLine(lines, first, lines.length) + 1, bodyFirst: first + 1 };
}
