/**
 * Page furniture that document parsers read or skip. The cleaning passes normally remove it before parsing, but a
 * parser must give the same documents on uncleaned text, and the breadcrumb and meta line carry the category,
 * date and publisher.
 */
import { chromeLineKind } from '../../src/clean/chrome.js';
import { toSimplifiedChars } from '../../src/clean/script.js';
import { breadcrumbTrail, categoryCrumbs } from './breadcrumb.js';

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
  /** 来源 as printed, when the meta line has one. */
  source?: string;
  line: number;
}

const META_WORDS = /来源|來源|发布|發布|日期|时间|時間|浏览|瀏覽|字号|字號|点击|點擊/;
// Not inside a longer number (an index number such as `01526089-2-02` is no date).
const DATE = /(?<!\d)(\d{4})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})(?!\d)/;
const SOURCE = /(?:信息来源|来源|來源)\s*[:：]\s*([^\s|•·]+)/;

/** The first line near the top that carries a date and meta words (`2022-12-16 来源:…`, `發布時間:2019-06-03 14:29`). */
export function readPageMeta(lines: readonly string[], within = 40): PageMeta | undefined {
  for (let i = 0; i < Math.min(lines.length, within); i++) {
    const s = lines[i]!.trim();
    // A bracketed note (`（1991年3月4日国务院令第76号发布…）`) tells the document's history, not the page's date.
    if (s.length > 120 || !META_WORDS.test(s) || /^[(（]/.test(s)) continue;
    const date = isoDate(s);
    if (!date) continue;
    const source = SOURCE.exec(s)?.[1];
    return source ? { date, source, line: i + 1 } : { date, line: i + 1 };
  }
  return undefined;
}

/** First date in the text as YYYY-MM-DD, when it is a real calendar date. */
export function isoDate(text: string): string | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A line of page chrome: what the chrome pass removes (breadcrumbs, pagers, widget/share/navigation lines, judged
 * in Simplified so uncleaned Traditional pages read the same), or the date/source meta line under a title.
 */
export function isPageChrome(line: string): boolean {
  const s = line.trim();
  if (!s) return false;
  if (chromeLineKind(toSimplifiedChars(s), false)) return true;
  return META_WORDS.test(s) && isoDate(s) !== undefined && s.length <= 120 && /^(?:\d{4}|发布|發布|时间|時間|来源|來源|信息来源|•)/.test(s);
}
