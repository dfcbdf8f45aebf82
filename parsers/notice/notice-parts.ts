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
/** `现将…通知如下`, `现印发给你们`, `请遵照执行`: the sentence that issues or forwards, right under the salutation. */
const ISSUING = /现将.{0,40}(?:通知如下|印发给你们|转发给你们|印发给你单位)|现(?:印发|转发)给你们|请(?:认真)?(?:遵照|贯彻)执行|请结合实际.{0,10}执行/;
/** An untitled notice (its title line cut off or never printed) opens with its salutation this near the top. */
const OPENING_LINES = 3;
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

/**
 * A notice whose title line is missing: the text opens with the salutation (`各县、区市场监督管理局:`) and the
 * sentence under it issues or forwards (`现印发给你们,请遵照执行`). Returns the 0-based salutation line.
 */
export function untitledNoticeOpening(lines: readonly string[]): number | undefined {
  const text = lines.map((l, i) => [l.trim(), i] as const).filter(([l]) => l);
  const at = text.slice(0, OPENING_LINES).findIndex(([l]) => SALUTATION.test(l));
  if (at < 0) return undefined;
  const next = text.slice(at + 1, at + 1 + OPENING_LINES).map(([l]) => l);
  return next.some((l) => ISSUING.test(l)) ? text[at]![1] : undefined;
}

/** How many of the 公文 parts (文号 or salutation, signature, 附件) the text under the title has. */
export function noticeParts(lines: readonly string[], title: TitleLine): number {
  const near = lines.slice(title.last + 1, title.last + 1 + PARTS_WINDOW).map((l) => l.trim());
  const opening = near.some((l) => DOC_NUMBER.test(l) || SALUTATION.test(l));
  const signature = findSignature(lines, title.last + 1) !== undefined;
  const attachments = findAttachmentLines(lines, title.last + 1) !== undefined;
  return [opening, signature, attachments].filter(Boolean).length;
}
