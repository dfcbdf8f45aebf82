/**
 * 公开依据 → citations: several per cell, `《title》(docNumber)第X条第Y款`, `全文`, numbered lists, bare articles after
 * a citation (`《预算法》第十三条;第十四条`) and short law names written without 《》. Pure; never throws.
 */
import type { Citation } from '../../schemas/catalog-item.js';
import {
  ARTICLE,
  ARTICLE_JOINER,
  BARE_TITLE,
  BARE_TITLE_EXCLUDES,
  CONNECTIVES,
  DOC_NUMBER,
  NUMBERING,
  PAREN,
  SEPARATORS,
} from './basis-patterns.js';

/** A citation and the text ranges [start, end) it was read from. */
interface Found {
  citation: Citation;
  spans: [number, number][];
}

export function parseBasis(text: string): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const { citation } of scanBasis(text)) {
    const key = keyOf(citation);
    if (seen.has(key)) continue;
    seen.add(key);
    const { title, docNumber, articles } = citation;
    out.push({ title, ...(docNumber === undefined ? {} : { docNumber }), articles });
  }
  return out;
}

/**
 * The text no given citation accounts for, pieces joined by one space (separators, list numbers and connectives such
 * as 和 are dropped). Empty when everything was understood.
 */
export function unparsedBasis(text: string, citations: Citation[]): string {
  const wanted = new Set(citations.map(keyOf));
  return leftover(text, 0, text.length, scanBasis(text).filter((f) => wanted.has(keyOf(f.citation))));
}

function keyOf(c: Citation): string {
  return JSON.stringify([c.title, c.docNumber ?? '', c.articles]);
}

function meaningful(s: string): string[] {
  return s
    .split(SEPARATORS)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !CONNECTIVES.test(p));
}

function scanBasis(text: string): Found[] {
  const found: Found[] = [];
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('《', at);
    const gapEnd = open < 0 ? text.length : open;
    readGap(text, at, gapEnd, found);
    if (open < 0) break;
    const close = matchingClose(text, open);
    if (close < 0) break; // unclosed 《: the rest stays unparsed
    const title = text.slice(open + 1, close).trim();
    const f: Found = { citation: { title, articles: [] }, spans: [[open, close + 1]] };
    at = readTail(text, close + 1, f);
    if (title !== '') found.push(f);
  }
  return found;
}

/** Index of the 》 closing the 《 at `open`, counting nested 《…》; -1 if none. */
function matchingClose(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '《') depth++;
    else if (text[i] === '》' && --depth === 0) return i;
  }
  return -1;
}

/** Reads `(docNumber)` and articles after a title; returns where reading stopped. */
function readTail(text: string, from: number, f: Found): number {
  let at = from;
  const paren = PAREN.exec(text.slice(at));
  if (paren && DOC_NUMBER.test(paren[1]!.trim())) {
    f.citation.docNumber = paren[1]!.trim();
    f.spans.push([at, at + paren[0].length]);
    at += paren[0].length;
  } else if (paren) {
    // `《…》(以下简称条例)第三条`: the remark stays unparsed, the article after it still belongs to the title.
    const after = readArticles(text, at + paren[0].length, f);
    if (after > at + paren[0].length) return after;
  }
  return readArticles(text, at, f);
}

function readArticles(text: string, from: number, f: Found): number {
  let at = from;
  for (;;) {
    const joiner = ARTICLE_JOINER.exec(text.slice(at));
    const start = at + (joiner ? joiner[0].length : text.slice(at).match(/^\s*/)![0].length);
    const article = ARTICLE.exec(text.slice(start));
    if (!article) return at;
    f.citation.articles.push(article[0]);
    f.spans.push([start, start + article[0].length]);
    at = start + article[0].length;
  }
}

/**
 * Text between citations: articles right at its start belong to the citation before (`;第十四条`). A stretch made only
 * of law names (`预算法 第十四条`, `1.劳动法 2.工伤保险条例`) yields citations; any other text — such as the quoted
 * legal text of 条款内容 (`…地方性法规、自治条例、单行条例…`) — yields none, so prose is never read as titles.
 */
function readGap(text: string, from: number, to: number, found: Found[]): void {
  const gap = text.slice(from, to);
  const last = found.at(-1);
  let at = from;
  if (last) {
    const lead = gap.match(/^[\s;；、,，]*/)![0].length;
    const end = readArticles(text.slice(0, to), from + lead, last);
    if (end > from + lead) at = end;
  }
  const bare: Found[] = [];
  for (const m of text.slice(at, to).matchAll(/[^\s;；、,，。]+/g)) {
    const start = at + m.index!;
    const numbering = NUMBERING.exec(m[0])?.[0] ?? '';
    const name = BARE_TITLE.exec(m[0].slice(numbering.length))?.[0];
    if (!name || BARE_TITLE_EXCLUDES.test(name)) continue;
    const nameEnd = start + numbering.length + name.length;
    const f: Found = { citation: { title: name, articles: [] }, spans: [[start, nameEnd]] };
    readTail(text.slice(0, to), nameEnd, f);
    bare.push(f);
  }
  if (bare.length > 0 && leftover(text, at, to, bare) === '') found.push(...bare);
}

/** Meaningful text of text[from, to) that the citations' spans do not cover. */
function leftover(text: string, from: number, to: number, founds: Found[]): string {
  const used = new Array<boolean>(to - from).fill(false);
  for (const f of founds) for (const [s, e] of f.spans) used.fill(true, Math.max(0, s - from), Math.max(0, e - from));
  let rest = '';
  for (let i = from; i < to; i++) rest += used[i - from] ? ' ' : text[i];
  return meaningful(rest).join(' ');
}
