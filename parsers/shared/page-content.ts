/**
 * Does a page hold content of its own, or only the site's furniture? Decided by structure, not by site:
 * - text: a page whose lines (chrome removed) hold fewer than MIN_TEXT_CHARS Chinese characters is a title, column
 *   name or breadcrumb with nothing under it;
 * - form: three or more empty form fields (`账号:`, `密码:`, `邮箱/手机:`) and no document title make a login,
 *   download or search page;
 * - link list: an HTML page whose main content is mostly link text, or a page whose text is a list of dated entries
 *   (`某某通知 | 索引号 | 机构 | 2020-08-05`, `某某公告 2023-01-05`) and little else, is a navigation index.
 */
import { findDates } from './dates.js';
import { isPageChrome } from './page-meta.js';
import { findTitleLine } from './title-line.js';

/** A page needs this many Chinese characters of its own to be a document. */
export const MIN_TEXT_CHARS = 60;
/** `账号:`, `邮箱/手机:`, `已注册用户请登录:`: a label whose value is left empty (a form field). */
const EMPTY_FIELD = /^[\u4e00-\u9fffA-Za-z/]{1,8}\s*[:：]\s*$/;
const MIN_FORM_FIELDS = 3;
/** Share of the main content's characters inside links above which an HTML page is a navigation index. */
export const MAX_LINK_SHARE = 0.6;
/** A sentence: a line with this many Chinese characters and sentence punctuation. */
const SENTENCE = /[。；;，,！!？?]/;
const MIN_SENTENCE_CHARS = 12;
/** An entry of a document list names a document (this many Chinese characters) and ends in its date. */
const MIN_ENTRY_CHARS = 8;

/** `名称 … 2020-08-05`: a line that ends in a date after a document's name, without sentence punctuation. */
function isListEntry(line: string, chars: number): boolean {
  if (chars < MIN_ENTRY_CHARS || /[。；;]/.test(line)) return false;
  const last = findDates(line).at(-1);
  return last !== undefined && /^\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*[|]?\s*$/.test(line.slice(last.index + last.text.length).replace(/^日/, ''));
}

export interface PageContent {
  /** Chinese characters in lines that are not chrome or empty form fields. */
  textChars: number;
  /** Of those, the characters in sentences (lines with sentence punctuation). */
  proseChars: number;
  formFields: number;
  /** HTML only: share of the main content's characters that are link text. */
  linkShare?: number;
  /** Why the page has no content of its own, when it has none. */
  emptyBecause?: 'blank' | 'little-text' | 'form' | 'link-list';
}

export interface ContentSource {
  lines: readonly string[];
  html?: { linkShare?: number };
}

export function measureContent(file: ContentSource): PageContent {
  // The classifier and the detectors of one page all ask: measured once per page (callers must not mutate).
  let content = contentOfLines.get(file.lines);
  if (!content) contentOfLines.set(file.lines, (content = measure(file)));
  return content;
}

const contentOfLines = new WeakMap<readonly string[], PageContent>();

function measure(file: ContentSource): PageContent {
  let textChars = 0;
  let proseChars = 0;
  let formFields = 0;
  let entries = 0;
  let visible = false;
  for (const raw of file.lines) {
    const s = raw.trim();
    if (s) visible = true;
    if (!s || isPageChrome(s)) continue;
    if (EMPTY_FIELD.test(s)) {
      formFields++;
      continue;
    }
    const chars = cjkChars(s);
    if (isListEntry(s, chars)) {
      entries++;
      continue;
    }
    textChars += chars;
    if (chars >= MIN_SENTENCE_CHARS && SENTENCE.test(s)) proseChars += chars;
  }
  const content: PageContent = { textChars, proseChars, formFields };
  const linkShare = file.html?.linkShare;
  if (linkShare !== undefined) content.linkShare = linkShare;
  if (!visible) content.emptyBecause = 'blank';
  else if (textChars < MIN_TEXT_CHARS) content.emptyBecause = entries > 0 ? 'link-list' : 'little-text';
  else if (formFields >= MIN_FORM_FIELDS && !findTitleLine(file.lines)) content.emptyBecause = 'form';
  else if (linkShare !== undefined && linkShare > MAX_LINK_SHARE) content.emptyBecause = 'link-list';
  return content;
}

/**
 * Chinese characters (U+3400–U+9FFF) of `s`, counted in place: `match(/…/g)` would build an array of them, about 40
 * bytes a character, which for a page saved on one 100 MB line is 1.4 GB.
 */
function cjkChars(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0x3400 && code <= 0x9fff) n++;
  }
  return n;
}

/** What the info diagnostic of a page without content says. */
export const EMPTY_REASONS: Record<NonNullable<PageContent['emptyBecause']>, string> = {
  blank: 'it holds no text',
  'little-text': 'it holds only a title, column name or breadcrumb',
  form: 'it is a form (login, download or search fields) with no document text',
  'link-list': 'its main content is a list of links (a navigation index)',
};
