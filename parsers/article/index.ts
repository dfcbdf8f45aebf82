/**
 * article: any page with content of its own that no specific parser read — a news item, a plan, a 说明, an 概述, a
 * notice or report whose own parser found nothing — becomes one generic `document` (title, date, publisher, body,
 * sections, attachments). The pipeline runs it only as a fallback; a page with no content of its own (title only,
 * a form, a link list) yields nothing.
 */
import type { DraftItem } from '../../schemas/draft-item.js';
import type { ParseContext, Parser, SourceFile } from '../types.js';
import { documentDraft, reportMissingTitle } from '../shared/document-draft.js';
import { measureContent } from '../shared/page-content.js';

/** A page with content: at the threshold; more prose, more confidence (0.5 … 0.7). */
const BASE = 0.5;
const PROSE_BONUS = 0.2;
const FULL_PROSE_CHARS = 400;

export const articleParser: Parser = {
  name: 'article',
  description: 'Any page with text of its own that no specific parser read: one document with title, date, publisher, body, sections and attachments',
  input: 'text',
  format: 'text',
  kind: 'article',
  fallback: true,
  detect(file: SourceFile): number {
    const content = measureContent(file);
    if (content.emptyBecause) return 0.1;
    return BASE + PROSE_BONUS * Math.min(1, content.proseChars / FULL_PROSE_CHARS);
  },
  parse(file: SourceFile, ctx: ParseContext): DraftItem[] {
    const { draft, facts } = documentDraft(file);
    reportMissingTitle(draft, facts, ctx);
    return [draft];
  },
};
