/**
 * Attachment links of an article (附件: name + href): links to office/PDF/archive files, or links the page calls 附件.
 * Attachments named in plain text without a link (seed 004: `附件:1.就業領域….xlsx`) are kept with the name only.
 */
import type { Attachment } from '../../schemas/catalog-item.js';
import { elementsUnder, rawText, type Element } from './dom.js';

const FILE = /\.(?:xlsx?|docx?|pdf|zip|rar|7z|wps|et|ofd|pptx?|csv|txt)(?:$|[?#])/i;
const NAME_FILE = /\.(?:xlsx?|docx?|pdf|zip|rar|7z|wps|et|ofd|pptx?|csv)$/i;
const PREFIX = /^(?:附\s*件)?\s*[:：]?\s*(?:\d+\s*[.、．]\s*)?/

function name(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim().replace(PREFIX, '').trim();
}

function fileName(href: string): string {
  const last = href.split(/[/?#]/).filter(Boolean).pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last; // a malformed %-escape: keep the name as written
  }
}

export function attachments(scope: Element, lines: string[]): Attachment[] {
  const out: Attachment[] = [];
  const seen = new Set<string>();
  const add = (a: Attachment): void => {
    const key = `${a.name}\u0000${a.href ?? ''}`;
    if (a.name === '' || seen.has(key)) return;
    seen.add(key);
    out.push(a);
  };
  for (const a of elementsUnder(scope, (el) => el.name === 'a' && el.attribs.href !== undefined)) {
    const href = (a.attribs.href ?? '').trim();
    const text = name(rawText(a));
    const before = rawText(a.prev ?? a).slice(-6);
    if (!FILE.test(href) && !NAME_FILE.test(text) && !/附件/.test(before + rawText(a))) continue;
    add({ name: text || name(a.attribs.title ?? '') || fileName(href), href });
  }
  const linked = new Set(out.map((a) => a.name));
  for (const a of attachmentsNamedInLines(lines)) if (!linked.has(a.name)) add(a);
  return out;
}

/** Attachments named in plain text (`附件:1.….xlsx` and the file names listed under it), without a link. */
export function attachmentsNamedInLines(lines: readonly string[]): Attachment[] {
  const out: Attachment[] = [];
  const seen = new Set<string>();
  let inList = false;
  for (const line of lines) {
    const isAttachLine = /^附\s*件/.test(line);
    if (isAttachLine) inList = true;
    if (inList && NAME_FILE.test(line.trim())) {
      const n = name(line);
      if (n !== '' && !seen.has(n)) out.push({ name: n });
      seen.add(n);
    } else if (!isAttachLine) inList = false;
  }
  return out;
}
