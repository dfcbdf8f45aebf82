/**
 * What makes a page a notice: a `…关于…的通知` title (one line, or broken over two or three) and, under it, the parts
 * of an official 公文 — a 文号 line, the salutation to the addressees (`各…:`), a signature block, 附件 lines.
 */
import { findAttachmentLines } from '../shared/attachment-lines.js';
import { readMetaLines } from '../shared/meta-lines.js';
import { DOC_NUMBER } from '../shared/page-meta.js';
import { findSignature } from '../shared/signature.js';
import { findTitleLine, type TitleLine } from '../shared/title-line.js';

/** `…关于…` and the 公文 kinds that a notice page carries. */
const NOTICE_TITLE = /(?:关于|關於|關于).{2,90}(?:通知|通告|公告|决定|決定|意见|意見|批复|批復|函)$/;
/** `各省、自治区、直辖市人民政府，国务院各部委、各直属机构：`: the addressees, ending in a colon. */
const SALUTATION = /^各[^。；;]{1,80}[:：]$/;
/** The parts are looked for this far under the title. */
const PARTS_WINDOW = 12;
const HEAD_LINES = 40;

/** The notice's title: its title line, else a `标题:`/`信息名称:` label of the page's metadata block. */
export function findNoticeTitle(lines: readonly string[]): TitleLine | undefined {
  const title = findTitleLine(lines);
  if (title?.source === 'line' && NOTICE_TITLE.test(title.title.replace(/\s/g, ''))) return title;
  const head = lines.slice(0, HEAD_LINES);
  const labelled = readMetaLines(head).title;
  if (!labelled || !NOTICE_TITLE.test(labelled.replace(/\s/g, ''))) return undefined;
  const at = head.findIndex((l) => l.includes(labelled));
  return { title: labelled, first: at, last: at, source: 'line' };
}

/** How many of the 公文 parts (文号 or salutation, signature, 附件) the text under the title has. */
export function noticeParts(lines: readonly string[], title: TitleLine): number {
  const near = lines.slice(title.last + 1, title.last + 1 + PARTS_WINDOW).map((l) => l.trim());
  const opening = near.some((l) => DOC_NUMBER.test(l) || SALUTATION.test(l));
  const signature = findSignature(lines, title.last + 1) !== undefined;
  const attachments = findAttachmentLines(lines, title.last + 1) !== undefined;
  return [opening, signature, attachments].filter(Boolean).length;
}
