/**
 * Page furniture that document parsers read or skip. The cleaning passes normally remove it before parsing, but a
 * parser must give the same documents on uncleaned text, and the breadcrumb and meta line carry the category,
 * date and publisher.
 */
import { breadcrumbTrail, categoryCrumbs } from './breadcrumb.js';
import { chromeLineKind } from './chrome-line.js';
import { isDateLine, isoDate } from './dates.js';
import { readMetaLines } from './meta-lines.js';
import { toSimplifiedChars } from './script-classes.js';
import { findSignature, type Signature } from './signature.js';
import { findTitleLine } from './title-line.js';
import { remember } from './remember.js';

export interface Breadcrumb {
  /** The crumbs after 首页, in order. */
  crumbs: string[];
  /** 1-based line, or 0 when the trail came from the cleaning passes (they removed the line). */
  line: number;
}

/** The page's breadcrumb: a line of the text, else the trail the chrome pass kept when it removed that line. */
export function readBreadcrumb(lines: readonly string[], removedTrail?: readonly string[]): Breadcrumb | undefined {
  for (let i = 0; i < lines.length; i++) {
    const trail = breadcrumbTrail(lines[i]!.trim());
    const crumbs = trail && categoryCrumbs(trail);
    if (crumbs?.length) return { crumbs, line: i + 1 };
  }
  const crumbs = removedTrail && categoryCrumbs(removedTrail);
  return crumbs?.length ? { crumbs, line: 0 } : undefined;
}

export interface PageMeta {
  /** ISO date (YYYY-MM-DD). */
  date: string;
  /** 来源 / 发布机构 as printed, when the metadata lines have one. */
  source?: string;
  line: number;
}

const META_WORDS = /来源|來源|发布|發布|日期|时间|時間|浏览|瀏覽|字号|字號|点击|點擊/;
/** `互联网  2009-06-20`, `• 2022-04-07`: a lone date in the page head, maybe after a short source word. */
const BYLINE = /^(?:[•·]\s*)?(?:[^\s\d:：]{1,12}\s+)?([\s\S]*)$/;

/** A date alone on its line, maybe after a bullet or a short source word (`• 2022-04-07`, `互联网  2009-06-20`). */
export function isLoneDateLine(line: string): boolean {
  const s = line.trim();
  // A bracketed note (`（1991年3月4日国务院令第76号发布…）`) tells the document's history, not the page's date.
  return s.length > 0 && s.length <= 40 && !/^[(（]/.test(s) && isDateLine(BYLINE.exec(s)?.[1] ?? s);
}

/**
 * The page's metadata date near the top: a labelled date (`发布时间:2019-06-03`, `发布日期 2016-05-10`,
 * `日期:107-01-18`), a `2022-12-16 来源:…` line, or a lone date line (`• 2022-04-07`, `互联网 2009-06-20`).
 */
export function readPageMeta(lines: readonly string[], within = 40): PageMeta | undefined {
  const head = lines.slice(0, within);
  // Labelled dates are read together, so 发布日期 wins over a 成文日期 printed above it.
  const labelled = readMetaLines(head.map((l) => (l.trim().length > 120 ? '' : l)));
  const lone = head.findIndex(isLoneDateLine);
  const at = labelled.dateLine ?? (lone >= 0 ? lone : undefined);
  if (at === undefined) return undefined;
  const date = labelled.publishedAt ?? isoDate(head[at]!)!;
  return labelled.publisher ? { date, source: labelled.publisher, line: at + 1 } : { date, line: at + 1 };
}

/**
 * A line of page chrome: what the chrome pass removes (breadcrumbs, pagers, widget/share/navigation lines, judged
 * in Simplified so uncleaned Traditional pages read the same), or the date/source meta line under a title. The
 * detectors, the classifier and the parser of a page each ask of the same lines: judged once per short line. The
 * memo keeps remember's default size: at 20,000 lines it and the chrome pass's two held enough that a 10,000-page run
 * in one thread peaked at 490 MB instead of 220–295 MB (V8 grows the heap in proportion to what stays live), for no
 * CPU gained.
 */
export const isPageChrome: (line: string) => boolean = remember(judgePageChrome, { maxLength: 200 });

function judgePageChrome(line: string): boolean {
  const s = line.trim();
  if (!s) return false;
  if (chromeLineKind(toSimplifiedChars(s), false)) return true;
  return META_WORDS.test(s) && isoDate(s) !== undefined && s.length <= 120 && /^(?:\d{4}|发布|發布|时间|時間|来源|來源|信息来源|•)/.test(s);
}

/** Where a fact was read: the HTML page's metadata, a labelled line, the signature block, the title line, or the text naming itself. */
export type FactSource = 'meta' | 'label' | 'signature' | 'line' | 'self-name';

export interface Fact {
  value: string;
  source: FactSource;
  /** 1-based line of the text, when the fact is on one. */
  line?: number;
  /** The label it followed (`发布日期`, `发文机关`, `标题`). */
  label?: string;
}

export interface PageFacts {
  title?: Fact;
  publishedAt?: Fact;
  publisher?: Fact;
  /** 0-based lines of the title (first, last), when it is a line of the text. */
  titleLines?: { first: number; last: number };
  signature?: Signature;
  /** 文号 / 索引号 / 主题分类 … label → value, and `文号` read from a line of its own (`国办发〔2018〕114号`). */
  extra: Record<string, string>;
}

/** What readPageFacts reads: the text lines and, for an HTML page, the metadata the page's DOM gave. */
export interface FactSourceFile {
  lines: readonly string[];
  html?: { meta: { title?: string; publishedAt?: string; publisher?: string; extra: Record<string, string> }; titleLine?: number };
}

/** How far from the top labels and title lines are looked for. */
const HEAD = 40;
/** `国办发〔2018〕114号`, `辽教办电〔2021〕84号`, `人社厅函[2019]113号`: a document number on a line of its own. */
export const DOC_NUMBER = /^[\u4e00-\u9fff]{1,16}\s*[〔［[【(（]\s*\d{4}\s*[〕］\]】)）]\s*\d{1,5}\s*号$/;
export const DOC_NUMBER_KEYS = ['文号', '文號', '发文字号', '發文字號', '发布文号'];
/** Labels that name the agency itself; 来源 may name a website and yields to a signature. */
const AGENCY_LABELS = /机构|機構|机关|機關|单位|單位/;

/**
 * Title, date and publisher of a document page, each with where it was read (`Fact.source`):
 * title — a `标题:`/`信息名称:` label, the HTML page's title, the title line, the name the text gives itself;
 * date — the HTML metadata, a labelled or lone date near the top, the signature date;
 * publisher — the HTML metadata, a 发布机构/发文机关 label, the signature's issuer, a 来源 label.
 */
export function readPageFacts(file: FactSourceFile): PageFacts {
  // The classifier, the detectors and the parser of one page all ask: read once per page (callers must not mutate).
  let facts = factsOfLines.get(file.lines);
  if (!facts) factsOfLines.set(file.lines, (facts = pageFacts(file)));
  return facts;
}

const factsOfLines = new WeakMap<readonly string[], PageFacts>();

function pageFacts(file: FactSourceFile): PageFacts {
  const lines = file.lines;
  const head = lines.slice(0, HEAD);
  const labelled = readMetaLines(head);
  // An HTML page's metadata is also in the head of its text, cleaned (Traditional converted): the text is read first.
  const meta = file.html?.meta;
  const facts: PageFacts = { extra: { ...(meta?.extra ?? {}), ...labelled.extra } };
  const htmlTitle = file.html?.titleLine !== undefined ? lines[file.html.titleLine]?.trim() || meta?.title : meta?.title;
  const labelLine = (value: string): number | undefined => {
    const i = head.findIndex((l) => l.includes(value));
    return i < 0 ? undefined : i + 1;
  };

  const titleLine = findTitleLine(lines, HEAD);
  if (labelled.title) facts.title = { value: labelled.title, source: 'label', label: labelled.labels.title!, ...line(labelLine(labelled.title)) };
  else if (htmlTitle) facts.title = { value: htmlTitle, source: 'meta' };
  else if (titleLine) facts.title = { value: titleLine.title, source: titleLine.source, line: titleLine.first + 1 };
  if (titleLine?.source === 'line') facts.titleLines = { first: titleLine.first, last: titleLine.last };

  const signature = findSignature(lines, titleLine && titleLine.source === 'line' ? titleLine.last + 1 : 0);
  if (signature) facts.signature = signature;
  const pageDate = readPageMeta(lines, HEAD);
  if (pageDate && pageDate.line !== signature?.line) {
    facts.publishedAt = { value: pageDate.date, source: 'label', line: pageDate.line, ...(labelled.labels.date ? { label: labelled.labels.date } : {}) };
  } else if (meta?.publishedAt) facts.publishedAt = { value: meta.publishedAt, source: 'meta' };
  else if (signature) facts.publishedAt = { value: signature.date, source: 'signature', line: signature.line };

  const agencyLabel = labelled.publisher !== undefined && AGENCY_LABELS.test(labelled.labels.publisher ?? '');
  if (agencyLabel) facts.publisher = { value: labelled.publisher!, source: 'label', label: labelled.labels.publisher!, ...line(labelLine(labelled.publisher!)) };
  else if (signature?.issuer) facts.publisher = { value: signature.issuer, source: 'signature', line: signature.line };
  else if (labelled.publisher) facts.publisher = { value: labelled.publisher, source: 'label', label: labelled.labels.publisher!, ...line(labelLine(labelled.publisher)) };
  else if (meta?.publisher) facts.publisher = { value: meta.publisher, source: 'meta' };

  if (!DOC_NUMBER_KEYS.some((k) => facts.extra[k])) {
    const number = head.map((l) => l.trim()).find((l) => DOC_NUMBER.test(l));
    if (number) facts.extra['文号'] = number.replace(/\s+/g, '');
  }
  return facts;
}

function line(n: number | undefined): { line?: number } {
  return n === undefined ? {} : { line: n };
}

/** The facts' provenance as `extra` entries (`titleFrom: label 标题 L3`), so a reader can tell a label from a guess. */
export function provenance(facts: PageFacts): Record<string, string> {
  const out: Record<string, string> = {};
  const say = (f: Fact | undefined): string | undefined =>
    f && [f.source, f.label, f.line !== undefined ? `L${f.line}` : undefined].filter((x) => x).join(' ');
  const entries: Array<[string, Fact | undefined]> = [['titleFrom', facts.title], ['publishedAtFrom', facts.publishedAt], ['publisherFrom', facts.publisher]];
  for (const [key, fact] of entries) {
    const text = say(fact);
    if (text) out[key] = text;
  }
  return out;
}
