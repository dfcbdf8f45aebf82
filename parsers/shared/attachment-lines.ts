/**
 * The 附件 lines of a document's text: `附件:1.就业领域….xlsx` and the numbered lines after it, `附件2:某某表.xls`,
 * or `附件:` alone followed by the names. A name may carry its link (`某某.pdf (http://…/a.pdf)`, `[某某](…/a.docx)`,
 * `某某 http://…/a.wps`). Files of every office, PDF and archive type are recognised by their extension.
 */
import type { Attachment } from '../../schemas/catalog-item.js';

/** Office, PDF and archive files that pages attach. */
export const ATTACHMENT_EXTENSIONS = ['doc', 'docx', 'xls', 'xlsx', 'et', 'wps', 'pdf', 'ofd', 'zip', 'rar', '7z', 'ppt', 'pptx', 'csv', 'txt'] as const;
const EXT = `(?:${ATTACHMENT_EXTENSIONS.join('|')})`;
/** A file name or link ending in an attachment extension (`.xls`, `.XLSX?v=2`). */
export const FILE_NAME = new RegExp(`\\.${EXT}(?:$|[?#\\s)\\]】）])`, 'i');
const HEAD = /^附\s*件\s*(\d{1,2})?\s*(?:[:：]\s*(.*))?$/;
const NUMBERED = /^(?:附\s*件\s*)?(\d{1,2})\s*[.、．:：]\s*(\S.*)$/;
const MARKDOWN_LINK = /^\[([^\]]+)\]\(([^)\s]+)\)$/;
const TRAILING_LINK = /^(.*?)\s*[(（]?\s*((?:https?:\/\/|\/)[^\s()（）]+)\s*[)）]?$/;

export interface AttachmentLines {
  attachments: Attachment[];
  /** 0-based first and last line of the 附件 block. */
  first: number;
  last: number;
}

/** One attachment line → name and, when the line carries one, the link. */
export function attachmentOf(text: string): Attachment | undefined {
  const s = text.trim().replace(/[;；。]$/, '');
  if (!s) return undefined;
  const md = MARKDOWN_LINK.exec(s);
  if (md) return { name: md[1]!.trim(), href: md[2]! };
  const link = TRAILING_LINK.exec(s);
  if (link && link[1]!.trim()) return { name: link[1]!.trim(), href: link[2]! };
  if (link) return { name: fileNameOf(link[2]!), href: link[2]! };
  return { name: s };
}

function fileNameOf(href: string): string {
  const last = href.split(/[/?#]/).filter(Boolean).pop() ?? href;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** The first 附件 block at or after line `from`. */
export function findAttachmentLines(lines: readonly string[], from = 0): AttachmentLines | undefined {
  for (let i = Math.max(0, from); i < lines.length; i++) {
    const head = HEAD.exec(lines[i]!.trim());
    if (!head) continue;
    const attachments: Attachment[] = [];
    const firstName = (head[2] ?? '').trim();
    const numbered = NUMBERED.exec(firstName);
    const named = numbered ? numbered[2]! : firstName;
    if (named) {
      const a = attachmentOf(named);
      if (a) attachments.push(a);
    }
    let last = i;
    for (let j = i + 1; j < lines.length; j++) {
      const s = lines[j]!.trim();
      if (!s) continue;
      const next = NUMBERED.exec(s);
      // Numbered names follow the head; a name without a number must be a file (`某某表.xls`).
      const value = next ? next[2]! : FILE_NAME.test(s) ? s : undefined;
      if (value === undefined || (next && /[。；;]$/.test(value) && !FILE_NAME.test(value))) break;
      const a = attachmentOf(value);
      if (a) attachments.push(a);
      last = j;
    }
    if (attachments.length === 0) continue;
    return { attachments, first: i, last };
  }
  return undefined;
}
