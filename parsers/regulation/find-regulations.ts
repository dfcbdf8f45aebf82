/**
 * Finds the 制度/办法/条例 held on one page. A title is a short line ending in a regulation word, followed soon by
 * numbered articles or headings; the document runs to the line before the next such title. Found by shape, so a
 * page with one, nine or twenty regulations needs no configuration. A page of articles without a title line (an
 * excerpt, a quoted selection) is one untitled regulation.
 */
import { isoDate } from '../shared/dates.js';
import { isPageChrome } from '../shared/page-meta.js';
import { markerAt, nextMarkerStart, type Marker } from '../shared/section-markers.js';

export interface RegulationRange {
  title: string;
  /** 1-based line of the title (of the promulgation order above it, when the page prints one). */
  first: number;
  /** 1-based last line with text. */
  last: number;
  /** 1-based line of the title; 0 when the title is not printed on the page. */
  titleLine: number;
  /** A date printed in a note on the title line (`政府资讯公开法 (民国 94 年 12 月 28 日) 现行`). */
  titleDate?: string;
}

/**
 * Ends in a regulation word, optionally followed by a note such as （试行）. A bare 法 is a law's name (专利法, 政府资讯公开法),
 * not 方法, 做法, 执法 and their like.
 */
const TITLE_END =
  /(?:制度|办法|辦法|规定|規定|细则|細則|条例|條例|规则|規則|规程|規程|实施方案|實施方案|(?<![方做说看用想写手办算语司执守违合非依])法)(?:[(（][^()（）]{1,8}[)）])?$/;
/** Sentence punctuation, quotes and crumb separators do not occur in a title line. */
const NOT_IN_TITLE = /[。；;，,：:>|《》“”"、]/;
/** A validity tag printed beside the title by law databases: `有效 某某办法`, `某某法 现行`. */
const STATUS_WORDS = '现行有效|現行有效|有效|现行|現行|已失效|失效|已废止|已廢止|废止|廢止|已修订|已修訂|已修改';
const STATUS = new RegExp(`^(?:${STATUS_WORDS})[\\s\\u3000]+|[\\s\\u3000]+(?:${STATUS_WORDS})$`, 'g');
/** A note after the title that carries a date: `(民国 94 年 12 月 28 日)`, `（2019年4月3日修订）`. */
const DATED_NOTE = /[\s\u3000]*[(（]([^()（）]*年[^()（）]*)[)）][\s\u3000]*$/;
/** The first article or heading must come within this many text lines of the title (a preamble may sit between). */
const MAX_LEAD = 12;
const MAX_TITLE = 40;
const STRUCTURE_KINDS = new Set(['chapter', 'article', 'heading']);
/** Without a title line, it takes this many distinct articles to call a page a regulation. */
const MIN_UNTITLED_ARTICLES = 3;
/** A promulgation order printed above the title (`中华人民共和国国务院令` / `第706号` / … / `2018年11月6日`) is part of it. */
const ORDER_HEADING = /(?:令|公告)$/;
const MAX_ORDER_LINES = 10;
/** Lines of a preamble are sentences; page furniture above the articles (`打印本页`, `5. 返回上一页`) is not. */
const SENTENCE_END = /[。；;：:]$/;

export interface TitleLine {
  title: string;
  date?: string;
}

/** The regulation title a line holds (its validity tag and dated note removed), or undefined. */
export function titleOf(line: string): TitleLine | undefined {
  let s = line.trim();
  // Unwrapping 《》 below takes at most two characters off; a dated note or a status tag may add a few more.
  if (s.length > MAX_TITLE + 24) return undefined;
  s = s.replace(STATUS, '').trim();
  const note = DATED_NOTE.exec(s);
  const date = note ? isoDate(note[1]!) : undefined;
  if (note && date) s = s.slice(0, note.index).replace(STATUS, '').trim();
  // A title printed as 《某某办法》 is still a title.
  s = s.replace(/^《([^《》]+)》$/, '$1');
  if (s.length < 4 || s.length > MAX_TITLE || !TITLE_END.test(s) || NOT_IN_TITLE.test(s) || markerAt(s, 0) || isPageChrome(s)) return undefined;
  return date ? { title: s, date } : { title: s };
}

/**
 * Article numbers of a line: the marker that starts it, and those inside a line that starts with a chapter or an
 * article (a whole regulation run together on one line). Other lines are not searched: an article cited inside a
 * sentence (`依照第十二条`) does not start one.
 */
function articlesOfLine(line: string): number[] {
  const s = line.trim();
  if (!s.startsWith('第')) return [];
  const first = markerAt(s, 0);
  if (!first || (first.kind !== 'article' && first.kind !== 'chapter')) return [];
  const found: number[] = first.kind === 'article' ? [first.value] : [];
  for (let pos = nextMarkerStart(s, first.length); pos >= 0; pos = nextMarkerStart(s, pos + 1)) {
    const m: Marker | undefined = s[pos] === '第' ? markerAt(s, pos) : undefined;
    if (m?.kind === 'article') found.push(m.value);
  }
  return found;
}

/** Distinct article numbers at line starts and in run-on lines: the cheap signal `detect` uses. */
export function countArticles(lines: readonly string[]): number {
  const seen = new Set<number>();
  for (const l of lines) for (const n of articlesOfLine(l)) seen.add(n);
  return seen.size;
}

export function findRegulations(lines: readonly string[]): RegulationRange[] {
  const candidates: Array<{ at: number; title: TitleLine }> = [];
  lines.forEach((l, i) => {
    const title = titleOf(l);
    if (title) candidates.push({ at: i, title });
  });
  const titles = candidates.filter(
    (c, k) => !isChapterHeading(lines, c.at) && isFollowedByStructure(lines, c.at, candidates[k + 1]?.at ?? lines.length),
  );
  // A title-like line whose articles go on with the numbering of the regulation above it is a heading inside that
  // regulation (`第二章` / `监督管理规定` printed on two lines), not the start of another one: it must not end the body.
  for (let k = titles.length - 1; k > 0; k--) {
    const first = firstArticleAfter(lines, titles[k]!.at);
    if (first !== undefined && first > 1 && firstArticleAfter(lines, titles[k - 1]!.at) !== undefined) titles.splice(k, 1);
  }
  return titles.map((c, k) => {
    const previousEnd = k === 0 ? 0 : titles[k - 1]!.at + 1;
    const range: RegulationRange = {
      title: c.title.title,
      first: orderAbove(lines, c.at, previousEnd) + 1,
      last: lastTextLine(lines, c.at, titles[k + 1]?.at ?? lines.length) + 1,
      titleLine: c.at + 1,
    };
    if (c.title.date) range.titleDate = c.title.date;
    return range;
  });
}

/** The line under a bare `第二章` (the chapter's name printed on a line of its own) is a heading, not a title. */
function isChapterHeading(lines: readonly string[], at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const s = lines[i]!.trim();
    if (!s) continue;
    const marker = markerAt(s, 0);
    return marker !== undefined && (marker.kind === 'chapter' || marker.kind === 'part') && marker.length === s.length;
  }
  return false;
}

/** The number of the first article below line `at`. */
function firstArticleAfter(lines: readonly string[], at: number): number | undefined {
  for (let i = at + 1; i < lines.length; i++) {
    const found = articlesOfLine(lines[i]!);
    if (found.length) return found[0];
  }
  return undefined;
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
      // A run-on line (`第一章 总则 第一条 … 第二条 …`) is as much structure as its articles.
      structure += Math.max(1, articlesOfLine(s).length);
      if (firstAt < 0) firstAt = textLines;
    }
  }
  return structure >= 2 && firstAt > 0 && firstAt <= MAX_LEAD;
}

/**
 * The 0-based first line of a regulation whose title is at `title`: the promulgation order above it when there is one
 * (a line ending in 令/公告 within a few text lines, after `floor`), else the title itself.
 */
function orderAbove(lines: readonly string[], title: number, floor: number): number {
  let seen = 0;
  for (let i = title - 1; i >= floor && seen < MAX_ORDER_LINES; i--) {
    const s = lines[i]!.trim();
    if (!s || isPageChrome(s)) continue;
    seen++;
    if (ORDER_HEADING.test(s) && s.length <= MAX_TITLE) return i;
  }
  return title;
}

function lastTextLine(lines: readonly string[], from: number, end: number): number {
  for (let i = end - 1; i > from; i--) {
    const s = lines[i]!.trim();
    if (s && !isPageChrome(s)) return i;
  }
  return from;
}

/**
 * A regulation, or an excerpt of one, prints its articles in order (again from 第一条 when each chapter restarts them);
 * rows quoting articles (`第十二条` in one row, `第十二条` again in another) do not.
 */
function inPrintedOrder(lines: readonly string[]): boolean {
  let previous = 0;
  for (const l of lines) {
    for (const n of articlesOfLine(l)) {
      if (n <= previous && n !== 1) return false;
      previous = n;
    }
  }
  return true;
}

/** Whether the lines hold a table (rows of cells): articles quoted in a catalogue's cells are not a regulation. */
function isTable(lines: readonly string[]): boolean {
  const text = lines.filter((l) => l.trim());
  const rows = text.filter((l) => (l.match(/\|/g)?.length ?? 0) >= 2 || l.includes('\t')).length;
  return rows * 4 > text.length;
}

/**
 * A page with articles but no title line (a page excerpt, a regulation whose title is only in the breadcrumb or the
 * browser title, articles quoted one after another): one regulation from its first article, with the sentences just
 * above it (a lead-in, the points of an article cut above), to the last text line.
 */
export function untitledRegulation(lines: readonly string[], title: string): RegulationRange | undefined {
  if (countArticles(lines) < MIN_UNTITLED_ARTICLES || isTable(lines) || !inPrintedOrder(lines)) return undefined;
  const firstArticle = lines.findIndex((l) => articlesOfLine(l).length > 0 || markerAt(l.trim(), 0)?.kind === 'chapter');
  if (firstArticle < 0) return undefined;
  let first = firstArticle;
  for (let i = firstArticle - 1; i >= 0; i--) {
    const s = lines[i]!.trim();
    if (!s) continue;
    if (isPageChrome(s) || !SENTENCE_END.test(s)) break;
    first = i;
  }
  return { title, first: first + 1, last: lastTextLine(lines, first, lines.length) + 1, titleLine: 0 };
}
