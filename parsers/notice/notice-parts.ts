/** The parts of an official notice page: title, signature block (issuer + date) and 附件 lines. */
import { isoDate, isPageChrome } from '../shared/page-meta.js';

/** `…关于…的通知` and the other 公文 kinds that carry attachments. */
const TITLE = /(?:关于|關於|關于).{2,80}(?:通知|通告|公告|决定|決定|意见|意見|批复|批復|函)$/;
const NOT_IN_TITLE = /[。；;，,：:|]/;
const HEAD_LINES = 40;
const SIGNATURE_DATE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;
const ATTACHMENT_HEAD = /^附\s*件\s*[:：]?\s*(?:\d{1,2}\s*[.、．]\s*)?(\S.*)$/;
const ATTACHMENT_NEXT = /^\d{1,2}\s*[.、．]\s*(\S.*)$/;

export interface NoticeTitle {
  title: string;
  /** 0-based index of the first and of the last line holding the title (pages print it as page title and heading). */
  first: number;
  last: number;
}

export function findNoticeTitle(lines: readonly string[]): NoticeTitle | undefined {
  for (let i = 0; i < Math.min(lines.length, HEAD_LINES); i++) {
    const s = lines[i]!.trim();
    if (s.length > 90 || !TITLE.test(s) || NOT_IN_TITLE.test(s)) continue;
    let last = i;
    for (let j = i + 1; j < Math.min(lines.length, HEAD_LINES); j++) if (lines[j]!.trim() === s) last = j;
    return { title: s, first: i, last };
  }
  return undefined;
}

export interface Signature {
  issuer: string;
  date: string;
  /** 0-based index of the date line. */
  line: number;
}

/** The first short line followed by a lone `2019年6月3日` line: the issuing body and the date it signed. */
export function findSignature(lines: readonly string[], from: number): Signature | undefined {
  let previous: { text: string; line: number } | undefined;
  for (let i = from; i < lines.length; i++) {
    const s = lines[i]!.trim();
    if (!s) continue;
    const date = SIGNATURE_DATE.test(s) ? isoDate(s) : undefined;
    if (date && previous && previous.text.length <= 40 && !NOT_IN_TITLE.test(previous.text) && !/[。]/.test(previous.text)) {
      return { issuer: previous.text, date, line: i };
    }
    previous = { text: s, line: i };
  }
  return undefined;
}

export interface AttachmentLines {
  names: string[];
  first: number;
  last: number;
}

/** `附件:1.就业领域….xlsx` and the numbered lines right after it. */
export function findAttachments(lines: readonly string[], from: number): AttachmentLines | undefined {
  for (let i = from; i < lines.length; i++) {
    const head = ATTACHMENT_HEAD.exec(lines[i]!.trim());
    if (!head) continue;
    const names = [head[1]!.trim()];
    let last = i;
    for (let j = i + 1; j < lines.length; j++) {
      const s = lines[j]!.trim();
      if (!s) continue;
      const next = ATTACHMENT_NEXT.exec(s);
      if (!next) break;
      names.push(next[1]!.trim());
      last = j;
    }
    return { names, first: i, last };
  }
  return undefined;
}

/** Last line of the notice when it has no 附件: the last text line before the page footer. */
export function lastTextLine(lines: readonly string[], from: number): number {
  for (let i = lines.length - 1; i > from; i--) {
    const s = lines[i]!.trim();
    if (s && !isPageChrome(s)) return i;
  }
  return from;
}
