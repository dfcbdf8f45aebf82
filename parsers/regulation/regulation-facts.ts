/**
 * Date and publisher of a regulation, from where pages print them, in this order: the page's labelled meta line
 * (发布日期/发布时间/来源), the HTML page's metadata, a date noted on the title line, a date line right under the title,
 * and the date the promulgation order or the text is signed on. The publisher: the meta line's source, the HTML
 * metadata, else the body whose order (`某某市人民政府令`) promulgates it.
 */
import { isoDate } from '../shared/dates.js';
import { isPageChrome, type PageMeta } from '../shared/page-meta.js';
import { dateLine, signatureAtEnd } from '../shared/signature.js';
import type { SourceFile } from '../types.js';
import type { RegulationRange } from './find-regulations.js';

/** A line under the title that is only a date with at most a source word (`互联网  2009-06-20`), not a sentence. */
const MAX_DATE_LINE = 40;
const SENTENCE = /[。；;，,]/;
const ORDER_ISSUER = /^(.{2,30}?)令$/;

export function regulationDate(file: SourceFile, range: RegulationRange, meta: PageMeta | undefined): string | undefined {
  return meta?.date ?? file.html?.meta.publishedAt ?? range.titleDate ?? dateUnderTitle(file.lines, range) ?? signatureDate(file.lines, range);
}

export function regulationPublisher(file: SourceFile, range: RegulationRange, meta: PageMeta | undefined): string | undefined {
  if (meta?.source) return meta.source;
  if (file.html?.meta.publisher) return file.html.meta.publisher;
  for (let n = range.first; n < (range.titleLine || range.first); n++) {
    const issuer = ORDER_ISSUER.exec(file.lines[n - 1]!.trim())?.[1];
    if (issuer) return issuer;
  }
  return undefined;
}

function dateUnderTitle(lines: readonly string[], range: RegulationRange): string | undefined {
  if (!range.titleLine) return undefined;
  const next = lines.slice(range.titleLine, range.last).find((l) => l.trim() && !isPageChrome(l))?.trim();
  if (!next || next.length > MAX_DATE_LINE || SENTENCE.test(next)) return undefined;
  return isoDate(next);
}

/** The date line of the promulgation order above the title, else the signature at the text's end. */
function signatureDate(lines: readonly string[], range: RegulationRange): string | undefined {
  for (let n = range.first; n < range.titleLine; n++) {
    const date = dateLine(lines[n - 1]!);
    if (date) return date;
  }
  return signatureAtEnd(lines, (range.titleLine || range.first) + 1, range.last)?.date;
}
