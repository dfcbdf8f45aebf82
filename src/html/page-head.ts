/**
 * The head and facts of a page prepared from lines (a Word document, a PDF): the title, then the metadata lines found
 * near it (`发布日期:…`, `来源:…`), which leave the body; the date, publisher and labelled facts are read near the
 * title first, else anywhere in the body. The text the parsers read is the head, then the body, as for an HTML page.
 */
import type { Attachment } from '../../schemas/catalog-item.js';
import type { PageMeta } from '../../parsers/html-page.js';
import { readMetaLines } from '../../parsers/shared/meta-lines.js';

export interface PageHead {
  meta: PageMeta;
  /** The title line and the metadata lines beside it. */
  head: string[];
  body: string[];
}

/**
 * `lines`: the page's lines without the title; `window`: the lines of `lines` (from, to) where the metadata beside the
 * title is looked for (empty without a title); `attachments`: how the body names its attachments.
 */
export function pageHead(
  title: string | undefined,
  lines: readonly string[],
  window: readonly [from: number, to: number],
  attachments: (body: readonly string[]) => Attachment[],
): PageHead {
  const [from, to] = title === undefined ? [0, 0] : window;
  const near = readMetaLines(lines.slice(from, to));
  const metaLines = new Set(near.lines.map((i) => from + i));
  const headerLines = [...metaLines].sort((a, b) => a - b).map((i) => lines[i]!);
  const body = lines.filter((_, i) => !metaLines.has(i));
  const inBody = readMetaLines(body);
  const meta: PageMeta = {
    breadcrumb: [],
    extra: { ...inBody.extra, ...near.extra },
    attachments: attachments(body),
    ...(title !== undefined && { title }),
    ...firstOf('publishedAt', near.publishedAt, inBody.publishedAt),
    ...firstOf('publisher', near.publisher, inBody.publisher),
  };
  return { meta, head: [...(title !== undefined ? [title] : []), ...headerLines], body };
}

/** `{ [key]: the first value given }`, or nothing when none is. */
export function firstOf<K extends string>(key: K, ...values: Array<string | undefined>): Partial<Record<K, string>> {
  const value = values.find((v) => v !== undefined);
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
