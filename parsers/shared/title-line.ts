/**
 * The title of a document page read from its text: a short line near the top that ends in a document-kind word
 * (…通知, …办法, …年度报告, …指南), possibly printed over two or three lines; else a news title printed right above
 * the page's date line; else the name the preamble gives the document (`特编制《某某局政府信息公开指南》`). Never a
 * section heading (`一、总体情况`), a figure caption (`图2 …`), a label line (`附件3`, `标题:`), a date or byline,
 * or a site/column name (they do not end in a document word).
 */
import { isDateLine } from './dates.js';
import { readMetaLines } from './meta-lines.js';
import { markerAt } from './section-markers.js';

/** Words that end the title of an official document, report or page of this domain. */
const KIND_END =
  '(?:通知|通报|通告|公告|公报|决定|決定|意见|意見|批复|批復|函|报告|報告|报表|報表|办法|辦法|规定|規定|制度|细则|細則|条例|條例|规则|規則|规程|規程|方案|规划|規劃|计划|計劃|预案|預案|指南|指引|目录|目錄|要点|要點|法|章程|说明|說明|纪要|紀要|总结|總結|格式|清单|清單|标准|標準|范文|範文|命令|决议|決議)';
/** A kind word at the end, optionally followed by a bracketed note: `（试行）`, `(2023年修订)`, `（2022年版）`. */
const TITLE_END = new RegExp(`${KIND_END}(?:[(（][^()（）]{1,12}[)）])?》?$`);
/** Sentence and label punctuation and breadcrumb separators never occur in a title line; 、 and quotes may. */
const NOT_IN_TITLE = /[。；;，,：:|！!？?>＞»›]/;
/** `图2 …`, `表1 …`, `附图3`: captions of figures and tables. */
const CAPTION = /^(?:附?[图表圖])\s*[\d一二三四五六七八九十]+/;
/** `附件`, `附件3`, `附表2`: the label of an attachment, standing alone. */
const ATTACHMENT_LABEL = /^附\s*[件表]\s*\d*$/;
/** A line of nothing but a bracketed note (`(2022年版)`, `（此件主动公开）`). */
const BRACKETED = /^[(（【[].*[)）】\]]$/;
const MIN_TITLE = 4;
const MAX_TITLE = 100;
/** A title printed over several lines has at most this many. */
const MAX_TITLE_LINES = 3;
/**
 * `特编制《…》。`, `本机关编制了《…》(以下简称…)`: the preamble naming the document it opens. Only 编制/制定 and only
 * closing the clause: `印发《…规划》` in a list of work done names another document.
 */
const SELF_NAME = new RegExp(`(?:编制|編制|制定|制订)了?《([^《》]{4,60}?${KIND_END}(?:[(（][^()（）]{1,12}[)）])?)》\\s*(?:[(（]以下简称|[。，,;；]|$)`);
/** The preamble is the first lines of text. */
const PREAMBLE_LINES = 10;

export interface TitleLine {
  title: string;
  /** 0-based first and last line holding the title; the same line twice when the page prints it as page title and heading. */
  first: number;
  last: number;
  /** `line`: a title line; `self-name`: the name the text gives itself. */
  source: 'line' | 'self-name';
}

/** A line that can be (part of) a title: short, no sentence punctuation, not a heading, caption, label or date. */
export function isTitlePiece(line: string): boolean {
  const s = line.trim();
  if (s.length < 2 || s.length > MAX_TITLE || NOT_IN_TITLE.test(s)) return false;
  if (CAPTION.test(s) || ATTACHMENT_LABEL.test(s) || BRACKETED.test(s) || isDateLine(s)) return false;
  const marker = markerAt(s, 0);
  return marker === undefined;
}

/** A whole title: a title piece that ends in a document-kind word. */
export function isTitleLine(line: string): boolean {
  const s = line.trim();
  return s.length >= MIN_TITLE && isTitlePiece(s) && TITLE_END.test(s);
}

const squeeze = (s: string): string => s.trim().replace(/[\s\u3000]+/g, ' ');

/**
 * The page's title among its first `within` lines. A line printed twice (page title and heading) is preferred; a title
 * broken over adjacent lines (`国务院办公厅关于推广第二批` / `支持创新相关改革举措的通知`) is joined when its pieces
 * read as one `…关于…` title.
 */
export function findTitleLine(lines: readonly string[], within = 40): TitleLine | undefined {
  const end = Math.min(lines.length, within);
  let found: TitleLine[] = [];
  for (let i = 0; i < end; i++) {
    if (!isTitleLine(lines[i]!)) continue;
    const t = joinUpward(lines, i);
    // A longer title that takes in earlier candidates: they were its pieces.
    found = found.filter((u) => u.first < t.first);
    found.push(t);
  }
  if (found.length === 0) return aboveMetadata(lines, end) ?? selfName(lines, end);
  const key = (t: TitleLine): string => t.title.replace(/\s/g, '');
  // The same title twice: the page title and the heading of the text.
  for (const t of found) {
    const again = found.find((u) => u.first > t.last && key(u) === key(t));
    if (again) return { ...t, last: again.last };
  }
  return found[0];
}

const ABOUT = /关于|關於|關于/;
/** The issuing body printed on its own line above a `关于…` title ends in the word for an office or government. */
const ISSUER_END = /(?:办公室|辦公室|办公厅|辦公廳|厅|廳|局|部|委|委员会|委員會|政府|院|署|中心|小组|小組)$/;

/**
 * The title ending on line `i`, with the one or two adjacent lines above it when together they read as one issuer's
 * `…关于…` title and the last line is not such a title by itself.
 */
function joinUpward(lines: readonly string[], i: number): TitleLine {
  const last = lines[i]!.trim();
  if (!ABOUT.test(last)) {
    for (let k = MAX_TITLE_LINES - 1; k >= 1; k--) {
      const first = i - k;
      if (first < 0) continue;
      const pieces = lines.slice(first, i + 1).map((l) => l.trim());
      if (!pieces.slice(0, -1).every((p) => isTitlePiece(p) && p !== last)) continue;
      const joined = pieces.join('');
      // The block opens with the 关于 piece, or with the issuing body right above it.
      const about = pieces.findIndex((p) => ABOUT.test(p));
      const opens = about === 0 || (about === 1 && ISSUER_END.test(pieces[0]!));
      if (joined.length <= MAX_TITLE && opens) return { title: squeeze(joined), first, last: i, source: 'line' };
    }
  }
  return { title: squeeze(last), first: i, last: i, source: 'line' };
}

/** A news-style title carries no document word: it is the title piece right above the page's metadata line. */
const MIN_NEWS_TITLE = 6;

/** Mostly Chinese words, no long digit run: a title, not an 索引号 or code line. */
function isMostlyWords(line: string): boolean {
  const visible = line.replace(/\s/g, '');
  const cjk = visible.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  return cjk / visible.length >= 0.7 && !/\d{5,}/.test(visible);
}

function aboveMetadata(lines: readonly string[], end: number): TitleLine | undefined {
  let previous: number | undefined;
  for (let i = 0; i < end; i++) {
    const s = lines[i]!.trim();
    if (!s) continue;
    if (previous !== undefined && readMetaLines([s]).publishedAt !== undefined) {
      const title = lines[previous]!.trim();
      if (title.length >= MIN_NEWS_TITLE && isTitlePiece(title) && isMostlyWords(title)) return { title: squeeze(title), first: previous, last: previous, source: 'line' };
    }
    previous = i;
  }
  return undefined;
}

function selfName(lines: readonly string[], end: number): TitleLine | undefined {
  for (let i = 0, seen = 0; i < end && seen < PREAMBLE_LINES; i++) {
    if (!lines[i]!.trim()) continue;
    seen++;
    const m = SELF_NAME.exec(lines[i]!);
    if (m) return { title: squeeze(m[1]!), first: i, last: i, source: 'self-name' };
  }
  return undefined;
}
