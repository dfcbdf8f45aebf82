/**
 * Official notices (…关于…的通知) that issue catalogues as attachments: one `document` item with the body from the
 * title to the 附件 lines, the issuer from the signature block, the attachment names, and the item counts the
 * notice declares (so a check can compare them with the ingested workbooks).
 */
import type { DraftItem } from '../../schemas/draft-item.js';
import { NoticeStats } from '../../schemas/notice-stats.js';
import type { ParseContext, Parser, SourceFile } from '../types.js';
import { isPageChrome, readBreadcrumb, readPageMeta } from '../shared/page-meta.js';
import { sectionsFromLines, type SourceLine } from '../shared/sections-from-text.js';
import { readDeclaredCounts } from './declared-counts.js';
import { findAttachments, findNoticeTitle, findSignature, lastTextLine } from './notice-parts.js';

export const noticeParser: Parser = {
  name: 'notice',
  description: 'Official notices (…关于…的通知) with a signature block and 附件: one document with attachments and declared item counts',
  input: 'text',
  format: 'text',
  detect(file: SourceFile): number {
    const title = findNoticeTitle(file.lines);
    if (!title) return 0;
    const attachments = findAttachments(file.lines, title.last + 1);
    const signature = findSignature(file.lines, title.last + 1);
    // A 通知 title alone also names rows of a catalogue (seed 000 lists 任免通知): it takes a signature or 附件 to be sure.
    if (attachments && signature) return 0.85;
    if (attachments || signature) return 0.6;
    return 0.25;
  },
  parse(file: SourceFile, ctx: ParseContext): DraftItem[] {
    const lines = file.lines;
    const title = findNoticeTitle(lines);
    if (!title) {
      ctx.report({
        ruleId: 'doc/no-notice-title',
        severity: 'warning',
        message: 'No notice title (…关于…的通知 near the top of the page) was found; check that this file is a notice.',
      });
      return [];
    }
    const attachments = findAttachments(lines, title.last + 1);
    const signature = findSignature(lines, title.last + 1);
    const meta = readPageMeta(lines);
    const end = attachments ? attachments.last : lastTextLine(lines, title.last);
    const body = [title.title];
    const structured: SourceLine[] = [];
    for (let i = title.last + 1; i <= end; i++) {
      const s = lines[i]!.trim();
      if (!s || isPageChrome(s)) continue;
      body.push(s);
      // The 附件 lines are attachments, not numbered points of the last section.
      if (!attachments || i < attachments.first) structured.push({ text: s, line: i + 1 });
    }
    const draft: DraftItem = {
      kind: 'document',
      place: `L${title.first + 1}-L${end + 1}`,
      fields: { name: title.title },
      extra: {},
      document: { body: body.join('\n'), sections: sectionsFromLines(structured).sections },
    };
    const crumbs = readBreadcrumb(lines, file.breadcrumb)?.crumbs;
    if (crumbs) draft.fields.category = crumbs.join(' > ');
    const publisher = signature?.issuer ?? meta?.source;
    if (publisher) draft.fields.publisher = publisher;
    // The page's 发布时间 is when it went public; the signature date is when it was signed. They normally agree.
    const publishedAt = meta?.date ?? signature?.date;
    if (publishedAt) draft.fields.publishedAt = publishedAt;
    if (meta && signature && meta.date !== signature.date) {
      ctx.report({
        ruleId: 'doc/date-mismatch',
        severity: 'info',
        message: `The page says it was published on ${meta.date} but the notice is signed ${signature.date}; publishedAt uses the page date.`,
        place: `L${signature.line + 1}`,
        actual: signature.date,
        expected: meta.date,
      });
    }
    if (attachments) draft.document!.attachments = attachments.names.map((name) => ({ name }));
    const declaredCounts = readDeclaredCounts(body.join('\n'));
    if (declaredCounts.length) draft.document!.stats = NoticeStats.parse({ declaredCounts });
    return [draft];
  },
};
