/**
 * What the linking step needs of a notice: a `document` item that lists attachments (附件 lines or links), with the
 * facts its attachments' items will carry as their context. Any document kind qualifies — what makes a page a notice
 * is decided by the parsers, and a page that lists its 附件 is the one that published them.
 */
import type { Attachment, CatalogItem, NoticeContext } from '../../schemas/catalog-item.js';
import { DOC_NUMBER_KEYS } from '../../parsers/shared/page-meta.js';

export interface NoticeRef {
  /** The notice item's id, file (input path) and place in it. */
  id: string;
  file: string;
  place: string;
  title: string;
  docNumber?: string;
  publishedAt?: string;
  attachments: Attachment[];
}

export function noticeRefOf(item: CatalogItem): NoticeRef | undefined {
  if (item.kind !== 'document' || !item.attachments?.length) return undefined;
  const docNumber = DOC_NUMBER_KEYS.map((key) => item.extra[key]?.trim()).find((value) => !!value);
  return {
    id: item.id,
    file: item.source.file,
    place: item.source.place,
    title: item.name,
    ...(docNumber ? { docNumber } : {}),
    ...(item.publishedAt ? { publishedAt: item.publishedAt } : {}),
    attachments: item.attachments.map((a) => ({ ...a })),
  };
}

/**
 * The notice in one serialized item line, if it is one. Only a line that mentions attachments is parsed: the others
 * (every catalogue row) are passed over as text.
 */
export function noticeRefOfLine(line: string): NoticeRef | undefined {
  if (!line.includes('"attachments":[') || !line.includes('"kind":"document"')) return undefined;
  return noticeRefOf(JSON.parse(line) as CatalogItem);
}

const ATTACHMENTS = Buffer.from('"attachments":[');

/**
 * The notices among a file's items.jsonl lines as UTF-8 chunks (no line cut across two). Only the lines that mention
 * attachments are decoded: a table's rows are passed over as bytes.
 */
export function noticeRefsOfJsonl(chunks: readonly Uint8Array[]): NoticeRef[] {
  const refs: NoticeRef[] = [];
  for (const chunk of chunks) {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    for (let at = bytes.indexOf(ATTACHMENTS); at >= 0; ) {
      const start = bytes.lastIndexOf(0x0a, at) + 1;
      const newline = bytes.indexOf(0x0a, at);
      const end = newline < 0 ? bytes.length : newline;
      const ref = noticeRefOfLine(bytes.toString('utf8', start, end));
      if (ref) refs.push(ref);
      at = bytes.indexOf(ATTACHMENTS, end);
    }
  }
  return refs;
}

/** The context an attachment's items carry: the notice, and the 附件 entry that named the file. */
export function noticeContext(ref: NoticeRef, attachment: string): NoticeContext {
  return {
    id: ref.id,
    title: ref.title,
    ...(ref.docNumber ? { docNumber: ref.docNumber } : {}),
    ...(ref.publishedAt ? { publishedAt: ref.publishedAt } : {}),
    file: ref.file,
    attachment,
  };
}
