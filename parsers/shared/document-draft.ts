/**
 * One `document` draft from a page's text: the page facts (title, date, publisher with their provenance), the
 * category from the breadcrumb, the body from the title to the last text line (chrome and metadata lines left out),
 * its sections and its attachments. The generic reader behind the article and guide parsers.
 */
import type { Attachment } from '../../schemas/catalog-item.js';
import type { DraftItem } from '../../schemas/draft-item.js';
import type { ParseContext, SourceFile } from '../types.js';
import { FILE_NAME, findAttachmentLines } from './attachment-lines.js';
import { readMetaLines } from './meta-lines.js';
import { isPageChrome, provenance, readBreadcrumb, readPageFacts, type PageFacts } from './page-meta.js';
import { sectionsFromLines, type SourceLine } from './sections-from-text.js';

/**
 * Metadata lines (`发布时间:…`, `来源:…`) are dropped from the body among its first lines of text (blank and chrome
 * lines above them do not count: a page's accessibility bar can push its date line far down).
 */
const META_ZONE = 10;
/** A sentence of the text (not a metadata or nav line): it ends like one and has some length. */
const SENTENCE_END = /[。；！？!?]$/;
const MIN_SENTENCE_CHARS = 12;

function isSentence(line: string): boolean {
  const s = line.trim();
  return SENTENCE_END.test(s) && (s.match(/[\u3400-\u9fff]/g)?.length ?? 0) >= MIN_SENTENCE_CHARS;
}

export interface DocumentDraft {
  draft: DraftItem;
  facts: PageFacts;
  /** The body's lines (1-based line numbers), as read into sections. */
  lines: SourceLine[];
}

export interface DocumentOptions {
  /**
   * End the body at the 附件 block when it lists files (`….xlsx`, `….pdf`): what follows separate files is not the
   * document's text. An attachment printed inline (a name without a file extension) is read as part of the body.
   */
  endAtFileList?: boolean;
}

export function documentDraft(file: SourceFile, options: DocumentOptions = {}): DocumentDraft {
  const lines = file.lines;
  const facts = readPageFacts(file);
  const start = bodyStart(file, facts);
  const attachmentBlock = findAttachmentLines(lines, start);
  const filesOnly = attachmentBlock !== undefined && attachmentBlock.attachments.every((a) => FILE_NAME.test(a.name) || a.href !== undefined);
  const end = options.endAtFileList && filesOnly ? attachmentBlock.last + 1 : lines.length;
  const body: SourceLine[] = [];
  for (let i = start; i < end; i++) {
    const s = lines[i]!.trim();
    if (!s || isPageChrome(s)) continue;
    if (facts.titleLines && i >= facts.titleLines.first && i <= facts.titleLines.last) continue;
    if (body.length < META_ZONE && s.length <= 120 && readMetaLines([s]).lines.length > 0) continue;
    body.push({ text: s, line: i + 1 });
  }
  const title = facts.title?.value ?? readBreadcrumb(lines, file.breadcrumb)?.crumbs.at(-1) ?? '';
  const structured = attachmentBlock ? body.filter((l) => l.line - 1 < attachmentBlock.first || l.line - 1 > attachmentBlock.last) : body;
  const first = body[0]?.line ?? start + 1;
  const last = body.at(-1)?.line ?? first;
  const draft: DraftItem = {
    kind: 'document',
    // Lines of the text the parsers read (for HTML: the rendered page), like the places of the cleaning diagnostics.
    place: `L${Math.min(first, (facts.titleLines?.first ?? first - 1) + 1)}-L${last}`,
    fields: { name: title },
    extra: { ...facts.extra, ...provenance(facts) },
    document: {
      body: [title, ...body.map((l) => l.text)].filter((t) => t !== '').join('\n'),
      sections: sectionsFromLines(structured).sections,
    },
  };
  const crumbs = readBreadcrumb(lines, file.breadcrumb)?.crumbs ?? file.html?.meta.breadcrumb;
  if (crumbs?.length) draft.fields.category = crumbs.join(' > ');
  if (facts.publisher) draft.fields.publisher = facts.publisher.value;
  if (facts.publishedAt) draft.fields.publishedAt = facts.publishedAt.value;
  const attachments = withLinks(attachmentBlock?.attachments ?? [], file.html?.meta.attachments ?? []);
  if (attachments.length) draft.document!.attachments = attachments;
  return { draft, facts, lines: body };
}

/** Every document reader says so when the page printed no title (the excerpt may start below it). */
export function reportMissingTitle(draft: DraftItem, facts: PageFacts, ctx: ParseContext): void {
  if (facts.title) return;
  ctx.report({
    ruleId: 'doc/no-title',
    severity: 'info',
    place: draft.place,
    message: draft.fields.name
      ? `No title line was found; the document is named after the last breadcrumb (${draft.fields.name}). Check the name against the page.`
      : 'No title line (a short line ending in 通知/办法/报告/指南 … near the top) was found; the document has no name. Check the page.',
  });
}

/**
 * The 附件 lines of the (cleaned) text with the page's attachment links: a named file takes the href of the next unused
 * link to a file of its type; links that no line names are added after them, as the page wrote them.
 */
function withLinks(named: readonly Attachment[], links: readonly Attachment[]): Attachment[] {
  const used = new Set<number>();
  const extension = (s: string | undefined): string | undefined => /\.([a-z0-9]{2,4})(?:$|[?#])/i.exec(s ?? '')?.[1]?.toLowerCase();
  const out = named.map((a) => {
    if (a.href) return { ...a };
    const ext = extension(a.name);
    const i = ext ? links.findIndex((l, k) => !used.has(k) && (extension(l.href) ?? extension(l.name)) === ext) : -1;
    if (i < 0) return { ...a };
    used.add(i);
    return { name: a.name, href: links[i]!.href! };
  });
  links.forEach((l, k) => {
    if (!used.has(k) && !out.some((a) => a.name === l.name)) out.push({ ...l });
  });
  return out;
}

/**
 * Where the body starts: after the title when everything above it is page furniture (no sentence), else at the top
 * (a covering letter printed above the attached document's title belongs to the text). HTML pages start after
 * their rendered head (breadcrumb, title, metadata lines).
 */
function bodyStart(file: SourceFile, facts: PageFacts): number {
  const base = file.html?.bodyStart ?? 0;
  const title = facts.titleLines;
  if (!title || title.first < base) return base;
  const above = file.lines.slice(base, title.first);
  return above.some(isSentence) ? base : title.last + 1;
}
