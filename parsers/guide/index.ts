/**
 * 政府信息公开指南 (and the 概述 that opens a 主动公开基本目录): one `document` item with its sections, and in `stats`
 * the facts people look for (schemas/guide-facts.ts): the office that takes requests and how to reach it, the ways
 * to apply, the fees.
 */
import type { DraftItem } from '../../schemas/draft-item.js';
import { GuideFacts } from '../../schemas/guide-facts.js';
import type { ParseContext, Parser, SourceFile } from '../types.js';
import { documentDraft, reportMissingTitle } from '../shared/document-draft.js';
import { catalogueLabelFields } from '../shared/catalogue-labels.js';
import { measureContent } from '../shared/page-content.js';
import { readPageFacts } from '../shared/page-meta.js';
import { readGuideFacts } from './guide-facts.js';
import { callsItselfGuide, definesCatalogueFields, describesService } from './guide-shapes.js';

/** A title ending in 指南 (maybe with a note: `(2023年修订)`). */
const GUIDE_TITLE = /指南(?:[(（][^()（）]{1,12}[)）])?$/;
/** The parts a guide or a catalogue's 概述 is made of, as its headings and labels name them. */
const FACETS: RegExp[] = [
  /公开范围|主动公开/,
  /依申请公开|申请公开|申请提供/,
  /公开方式|获取方式|公开形式|公开载体|公开渠道/,
  /公开时限/,
  /责任主体|工作机构|受理机构/,
  /监督渠道|监督方式|投诉/,
  /办公地址|通讯地址|通信地址|地址/,
  /办公时间|受理时间/,
  /联系电话|电话/,
  /邮政编码|邮编/,
  /编排体系|分类/,
  /收费|费用/,
];
/** A heading (`一、…`, `(三)…`, `●…`) or a label line (`办公地址:…`) is where a facet is named. */
const FACET_LINE = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|[●•■◆]|\d{1,2}[.、．]|[\u4e00-\u9fff]{2,8}[(（]?[\u4e00-\u9fff]{0,4}[)）]?\s*[:：])/;
const SURE_FACETS = 5;
const SOME_FACETS = 3;
/** A guide known by its shape rather than by its title or headings: above the threshold, below a sure parser. */
const SHAPE_SCORE = 0.6;
/** A title line that ends in another kind's word (…通知, …办法) says the page is that kind. */
const OTHER_TITLE = /(?:通知|通告|公告|决定|意见|批复|函|报告|报表|办法|规定|制度|细则|条例|规则|规程|方案|规划|计划|目录|清单)(?:[(（][^()（）]{1,12}[)）])?$/;
/**
 * Facets only a guide or a catalogue's 概述 has (an annual report also speaks of 主动公开 and 依申请公开): where to go
 * and when, the catalogue's 时限 and 责任主体, its 编排体系, how to complain.
 */
const OWN_FACETS = new Set([3, 4, 5, 6, 7, 9, 10]);

export const guideParser: Parser = {
  name: 'guide',
  description: '政府信息公开指南 and catalogue 概述 pages: one document with sections, the 受理机构 contacts, ways to apply and fees',
  input: 'text',
  format: 'text',
  kind: 'guide',
  detect(file: SourceFile): number {
    // A catalogue's header names 公开方式/公开时限 too: a page that prints catalogue column labels is not a guide.
    if (catalogueLabelFields(file.lines) > 0 || measureContent(file).emptyBecause) return 0;
    const title = readPageFacts(file).title?.value.replace(/\s/g, '');
    const facets = facetsOf(file.lines);
    const own = [...facets].filter((f) => OWN_FACETS.has(f)).length;
    if (title && GUIDE_TITLE.test(title)) return facets.size >= SOME_FACETS ? 0.9 : 0.7;
    if (facets.size >= SURE_FACETS && own >= 2) return 0.7;
    if (!(title && OTHER_TITLE.test(title)) && (callsItselfGuide(file.lines) || definesCatalogueFields(file.lines) || describesService(file.text))) return SHAPE_SCORE;
    return facets.size >= SOME_FACETS ? 0.4 : 0;
  },
  parse(file: SourceFile, ctx: ParseContext): DraftItem[] {
    const { draft, facts: page, lines } = documentDraft(file);
    reportMissingTitle(draft, page, ctx);
    const facts = GuideFacts.safeParse(readGuideFacts(lines.map((l) => l.text)));
    if (facts.success && Object.keys(facts.data).length) draft.document!.stats = facts.data;
    else {
      ctx.report({
        ruleId: 'doc/guide-no-contacts',
        severity: 'info',
        place: draft.place,
        message: 'The guide names no office address, hours, phone or way to apply in the text read; check whether the page was cut.',
      });
    }
    return [draft];
  },
};

function facetsOf(lines: readonly string[]): Set<number> {
  const seen = new Set<number>();
  for (const raw of lines) {
    const s = raw.trim();
    if (!s || !FACET_LINE.test(s)) continue;
    const head = s.slice(0, 24);
    FACETS.forEach((re, i) => {
      if (re.test(head)) seen.add(i);
    });
  }
  return seen;
}
