/**
 * Official notices (…关于…的通知, 公告, 意见 …): one `document` item with the body, its sections, the attachments (附件
 * lines and links of every file type), the 文号, the issuer from the signature block, and the item counts the notice
 * declares (so a check can compare them with the ingested catalogue workbooks).
 */
import type { DraftItem } from '../../schemas/draft-item.js';
import { NoticeStats } from '../../schemas/notice-stats.js';
import type { ParseContext, Parser, SourceFile } from '../types.js';
import { documentDraft } from '../shared/document-draft.js';
import { readDeclaredCounts } from './declared-counts.js';
import { findNoticeTitle, noticeParts, untitledNoticeOpening } from './notice-parts.js';

/** A notice title with none, one, or two and more of the 公文 parts under it. */
const SCORES = [0.3, 0.7, 0.92];
/** An untitled notice known by its salutation and issuing sentence: two parts, but no title to confirm them. */
const UNTITLED_SCORE = 0.7;

export const noticeParser: Parser = {
  name: 'notice',
  description: 'Official notices (…关于…的通知, 公告, 意见) with 文号, signature block and 附件: one document with attachments and declared item counts',
  input: 'text',
  format: 'text',
  kind: 'notice',
  detect(file: SourceFile): number {
    const title = findNoticeTitle(file.lines);
    // A 通知 title alone also names rows of a catalogue (seed 000 lists 任免通知): it takes a 公文 part to be sure.
    if (title) return SCORES[Math.min(2, noticeParts(file.lines, title))]!;
    return untitledNoticeOpening(file.lines) !== undefined ? UNTITLED_SCORE : 0;
  },
  parse(file: SourceFile, ctx: ParseContext): DraftItem[] {
    if (!findNoticeTitle(file.lines)) {
      const opening = untitledNoticeOpening(file.lines);
      if (opening === undefined) {
        ctx.report({
          ruleId: 'doc/no-notice-title',
          severity: 'warning',
          message: 'No notice title (…关于…的通知 near the top of the page) was found; check that this file is a notice.',
        });
        return [];
      }
      ctx.report({
        ruleId: 'doc/untitled-notice',
        severity: 'info',
        place: `L${opening + 1}`,
        message: 'The notice opens with its salutation: its title line is not on the page. The document is named after the first title line found below; check the name.',
      });
    }
    const { draft, facts } = documentDraft(file, { endAtFileList: true });
    const signature = facts.signature;
    // The issuer signs the notice; a 来源 label may name the website that reposted it.
    if (signature?.issuer && facts.publisher?.source !== 'meta' && !facts.publisher?.label?.match(/机构|机关|单位/)) {
      draft.fields.publisher = signature.issuer;
      draft.extra.publisherFrom = `signature L${signature.line}`;
    }
    // The page's 发布时间 is when it went public; the signature date is when it was signed. They normally agree.
    const published = facts.publishedAt;
    if (published && published.source !== 'signature' && signature && signature.date !== published.value) {
      ctx.report({
        ruleId: 'doc/date-mismatch',
        severity: 'info',
        message: `The page says it was published on ${published.value} but the notice is signed ${signature.date}; publishedAt uses the page date.`,
        place: `L${signature.line}`,
        actual: signature.date,
        expected: published.value,
      });
    }
    const declaredCounts = readDeclaredCounts(draft.document!.body ?? '');
    if (declaredCounts.length) draft.document!.stats = NoticeStats.parse({ declaredCounts });
    return [draft];
  },
};
