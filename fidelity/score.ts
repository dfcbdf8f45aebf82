/**
 * Scores a dataset against the gold facts of real pages: for catalogue pages the complete-item count, the first item's
 * name and its 公开时限/依据/内容; for document pages one document of the right kind, its title, date and article count;
 * for every page the spam, chrome and Traditional-only characters left in the output. Pure: the runner ingests.
 */
import { CharClass, classOf, toSimplifiedChars } from '../parsers/shared/script-classes.js';
import { isDateLine } from '../parsers/shared/dates.js';
import { readMetaLines } from '../parsers/shared/meta-lines.js';
import type { GoldPage, PageKind } from './gold.js';

/** What the scorer reads of an emitted item (a `CatalogItem` line of items.jsonl). */
export interface ScoredItem {
  kind: 'item' | 'document';
  name: string;
  publishedAt?: string;
  sections?: unknown[];
  source: { parser: string };
  [field: string]: unknown;
}

/** What the scorer reads of a `files.jsonl` record. */
export interface ScoredFile {
  cleanedText?: string;
  pageKind?: { kind: string };
  [field: string]: unknown;
}

export interface PageScore {
  name: string;
  kind: PageKind;
  items: number;
  documents: number;
  /** Each check: true right, false wrong; absent when the gold gives nothing to check. */
  count?: boolean;
  firstName?: boolean;
  fields?: { right: number; of: number };
  document?: boolean;
  documentKind?: boolean;
  title?: boolean;
  date?: boolean;
  articles?: boolean;
  badNames: number;
  spamLeft: string[];
  /** Gold chrome strings standing in the items' texts. */
  chromeLeft: string[];
  /** Gold chrome strings standing in the cleaned text, metadata lines apart. */
  chromeInText: string[];
  /** Gold chrome strings on metadata lines of the cleaned text, which the readers turn into facts. */
  metaInText: string[];
  traditionalLeft: string;
  /** Items from a page with no content of its own. */
  emptyPageItems: number;
  problems: string[];
}

/**
 * The item's name is the leaf level: the deepest filled level column first, then 事项名称 / 公开事项; a 类别 column
 * names the item only when the row has no level at all (above levels it is the category). Gold keys, Simplified,
 * spaces removed.
 */
const NAME_KEYS = ['六级目录', '五级目录', '四级目录', '三级目录', '三级事项', '二级目录', '二级事项', '二级', '事项名称', '公开事项', '类别'];
const FIELD_KEYS: Record<string, string[]> = {
  timeLimit: ['公开时限'],
  basis: ['公开依据'],
  content: ['公开内容', '公开内容(要素)', '公开内容（要素）'],
};
const DOCUMENT_KINDS = new Set<PageKind>(['annual-report', 'regulation', 'guide', 'notice']);
const ARTICLE = /第[一二三四五六七八九十百零〇]+条/g;
/** A pinyin reading injected after a character by a mirror site: `公開(kāi)`, toneless `(gong)`. */
const PINYIN_GLOSS = /\((?:[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń\s])+\)/g;
/** A name that is no name: empty, tick glyphs only, or a list of channels with their ticks. */
const BAD_NAME = /^[\s√✓✔■□●○★☆☑☒þ¨£×]*$|^[■□☑☒þ¨£]/;

/** The gold string as the tool should output it: pinyin readings dropped, Simplified characters. */
export function simplify(s: string): string {
  return toSimplifiedChars(s.replace(PINYIN_GLOSS, ''));
}

/** Compared text: no whitespace, no punctuation, no bars. */
export function squash(s: unknown): string {
  // An item is compared as its JSON, where a line break inside a cell is the escape `\n`: drop those as whitespace.
  const text = typeof s === 'string' ? s : JSON.stringify(s).replace(/\\[nrt]/g, '');
  return text.replace(/[\s\u3000|（）()【】[\]《》“”"'、,，.。:：;；\-—_·]/g, '');
}

/** Same text, or one inside the other covering at least 60 % of it. */
export function closeMatch(got: string, want: string): boolean {
  const g = squash(got);
  const w = squash(want);
  if (!g) return false;
  if (g === w) return true;
  return (g.includes(w) || w.includes(g)) && Math.min(g.length, w.length) / Math.max(g.length, w.length) >= 0.6;
}

/** Shorter gold chrome strings (`打印`) are not looked for: they occur in any text. */
const MIN_CHROME = 4;
/** A chrome string this long (squashed) is chrome wherever it stands; a shorter one only as most of its line. */
const DISTINCT_CHROME = 12;
const LINE_SHARE = 0.6;

/**
 * The gold chrome strings that stand in the lines. The gold names chrome by what a page prints on a line of its own
 * (a column name `信息公开`, a menu label `标准目录`, a date/source line): a short one counts only where it is most of
 * a line, since the same words inside a sentence or a catalogue's title are text; a long one counts anywhere.
 */
export function chromeStanding(chrome: readonly string[], lines: readonly string[]): string[] {
  const squashed = lines.map(squash).filter(Boolean);
  return chrome.filter((c) => {
    const w = squash(c);
    return w !== '' && squashed.some((l) => l.includes(w) && (w.length >= DISTINCT_CHROME || w.length / l.length >= LINE_SHARE));
  });
}

/** Every line of every text an item holds (its source and id apart). */
function itemLines(items: readonly ScoredItem[]): string[] {
  const lines: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') lines.push(...v.split('\n'));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const { source: _source, id: _id, ...rest } of items) walk(rest);
  return lines;
}

/** A line the readers take page facts from (`发布时间:…`, `来源:…`, `索引号 | …`, the page's date alone). */
function isMetaLine(line: string): boolean {
  return readMetaLines([line]).lines.length > 0 || isDateLine(line);
}

/** The page kind the tool gave a document: the file's classification, else the parser that read it. */
function documentKindOf(doc: ScoredItem, file: ScoredFile | undefined): string {
  return file?.pageKind?.kind ?? doc.source.parser;
}

function traditionalOnly(text: string): string {
  const seen = new Set<string>();
  for (const ch of text) if (ch.charCodeAt(0) >= 0x2e80 && classOf(ch) === CharClass.TraditionalOnly) seen.add(ch);
  return [...seen].sort().join('');
}

export function scorePage(gold: GoldPage, items: ScoredItem[], file: ScoredFile | undefined): PageScore {
  const rows = items.filter((i) => i.kind === 'item');
  const docs = items.filter((i) => i.kind === 'document');
  const blob = JSON.stringify(items);
  const text = file?.cleanedText ?? '';
  const textLines = text.split('\n');
  const chrome = gold.boilerplate.map(simplify).filter((s) => s.length >= MIN_CHROME);
  const score: PageScore = {
    name: gold.name,
    kind: gold.kind,
    items: rows.length,
    documents: docs.length,
    badNames: rows.filter((r) => BAD_NAME.test(r.name)).length,
    spamLeft: gold.spam.map(simplify).filter((s) => s.length >= 2 && (blob.includes(s) || text.includes(s))),
    chromeLeft: chromeStanding(chrome, itemLines(items)),
    chromeInText: chromeStanding(chrome, textLines.filter((l) => !isMetaLine(l))),
    metaInText: chromeStanding(chrome, textLines.filter(isMetaLine)),
    traditionalLeft: traditionalOnly(blob),
    emptyPageItems: 0,
    problems: [],
  };
  const p = score.problems;
  if (score.badNames) p.push(`${score.badNames} items named by a flag, a channel list or nothing`);
  if (score.spamLeft.length) p.push(`spam left: ${score.spamLeft.join('; ').slice(0, 100)}`);
  if (score.chromeLeft.length) p.push(`chrome left: ${score.chromeLeft.join('; ').slice(0, 100)}`);
  if (score.chromeInText.length) p.push(`chrome in cleaned text: ${score.chromeInText.join('; ').slice(0, 100)}`);
  if (score.traditionalLeft) p.push(`Traditional left: ${score.traditionalLeft.slice(0, 20)}`);

  if (gold.kind === 'catalogue' || gold.kind === 'standard-catalogue') scoreCatalogue(gold, rows, score);
  else if (DOCUMENT_KINDS.has(gold.kind)) scoreDocument(gold, docs, file, score);
  else if (gold.bodyMarkers.length) scoreContentPage(gold, docs, score, blob);
  else {
    score.emptyPageItems = items.length;
    if (items.length) p.push(`${items.length} items from a page with no content of its own`);
  }
  return score;
}

function scoreCatalogue(gold: GoldPage, rows: ScoredItem[], score: PageScore): void {
  const p = score.problems;
  if (!gold.ambiguous) {
    const n = gold.completeItems;
    // A truncated excerpt may show the start of one more row, which the tool keeps (flagged).
    score.count = rows.length >= n && rows.length <= n + (gold.truncated ? 1 : 0);
    if (!score.count) p.push(`count ${rows.length}, want ${n}`);
  }
  const first = Object.fromEntries(
    Object.entries(gold.firstItem ?? {}).map(([k, v]) => [simplify(k).replace(/\s/g, ''), typeof v === 'string' ? simplify(v) : v]),
  );
  const want = NAME_KEYS.map((k) => first[k]).find((v): v is string => typeof v === 'string' && v.trim() !== '');
  if (!want || gold.completeItems === 0) return;
  const got = rows[0]?.name;
  score.firstName = got !== undefined && closeMatch(got, want);
  if (!score.firstName) p.push(`first name ${JSON.stringify(got ?? null)}, want ${JSON.stringify(want)}`.slice(0, 140));
  const fields = { right: 0, of: 0 };
  for (const [field, keys] of Object.entries(FIELD_KEYS)) {
    const w = keys.map((k) => first[k]).find((v): v is string => typeof v === 'string' && squash(v).length >= 4);
    if (w === undefined) continue;
    fields.of++;
    if (rows[0] && squash(rows[0]).includes(squash(w).slice(0, 40))) fields.right++;
    else p.push(`first item lacks ${field} ${JSON.stringify(w.slice(0, 30))}`);
  }
  if (fields.of) score.fields = fields;
}

function scoreDocument(gold: GoldPage, docs: ScoredItem[], file: ScoredFile | undefined, score: PageScore): void {
  const p = score.problems;
  score.document = docs.length >= 1;
  const doc = docs[0];
  if (!doc) p.push('no document');
  else {
    const kind = documentKindOf(doc, file);
    score.documentKind = kind === gold.kind;
    if (!score.documentKind) p.push(`kind ${kind}, want ${gold.kind}`);
  }
  scoreTitleDate(gold, doc, score);
  if (gold.kind === 'regulation' && gold.completeItems > 0) {
    const seen = new Set(JSON.stringify(docs.map((d) => d.sections ?? [])).match(ARTICLE) ?? []);
    // An excerpt shows the opening articles; more seen than the gold counted as fully visible is right.
    score.articles = seen.size >= gold.completeItems;
    if (!score.articles) p.push(`articles ${seen.size}, want ${gold.completeItems}`);
  }
  lostMarkers(gold, JSON.stringify(docs), score);
}

/** A whole page the gold calls `other` but that holds text of its own: a document, with its body kept. */
function scoreContentPage(gold: GoldPage, docs: ScoredItem[], score: PageScore, blob: string): void {
  score.document = docs.length >= 1;
  if (!score.document) score.problems.push('no document');
  scoreTitleDate(gold, docs[0], score);
  lostMarkers(gold, blob, score);
}

function scoreTitleDate(gold: GoldPage, doc: ScoredItem | undefined, score: PageScore): void {
  const p = score.problems;
  if (gold.title) {
    score.title = doc !== undefined && squash(doc.name) === squash(simplify(gold.title));
    if (!score.title) p.push(`title ${JSON.stringify(doc?.name ?? null)}, want ${JSON.stringify(gold.title)}`.slice(0, 160));
  }
  if (gold.publishedAt) {
    score.date = doc?.publishedAt !== undefined && [gold.publishedAt, ...gold.publishedAtAlso].includes(doc.publishedAt);
    if (!score.date) p.push(`date ${doc?.publishedAt ?? null}, want ${gold.publishedAt}`);
  }
}

function lostMarkers(gold: GoldPage, blob: string, score: PageScore): void {
  const text = squash(blob);
  for (const m of gold.bodyMarkers) if (!text.includes(squash(simplify(m)))) score.problems.push(`lost ${JSON.stringify(m.slice(0, 30))}`);
}

/** One line of the fidelity table: a kind (or all pages) and its figures. */
export interface KindSummary {
  kind: string;
  pages: number;
  count: Tally;
  firstName: Tally;
  fields: Tally;
  document: Tally;
  documentKind: Tally;
  title: Tally;
  date: Tally;
  articles: Tally;
  badNames: number;
  spamLeft: number;
  chromeLeft: number;
  /** Pages with gold chrome in their cleaned text (metadata lines apart). */
  chromeInText: number;
  /** Pages whose cleaned text keeps gold chrome on metadata lines (the facts' source). */
  metaInText: number;
  traditionalLeft: number;
  emptyPageItems: number;
}

export interface Tally {
  right: number;
  of: number;
}

export function summarize(kind: string, scores: PageScore[]): KindSummary {
  const tally = (pick: (s: PageScore) => boolean | undefined): Tally => {
    const seen = scores.map(pick).filter((v) => v !== undefined);
    return { right: seen.filter(Boolean).length, of: seen.length };
  };
  return {
    kind,
    pages: scores.length,
    count: tally((s) => s.count),
    firstName: tally((s) => s.firstName),
    fields: scores.reduce((t, s) => ({ right: t.right + (s.fields?.right ?? 0), of: t.of + (s.fields?.of ?? 0) }), { right: 0, of: 0 }),
    document: tally((s) => s.document),
    documentKind: tally((s) => s.documentKind),
    title: tally((s) => s.title),
    date: tally((s) => s.date),
    articles: tally((s) => s.articles),
    badNames: scores.reduce((n, s) => n + s.badNames, 0),
    spamLeft: scores.filter((s) => s.spamLeft.length).length,
    chromeLeft: scores.filter((s) => s.chromeLeft.length).length,
    chromeInText: scores.filter((s) => s.chromeInText.length).length,
    metaInText: scores.filter((s) => s.metaInText.length).length,
    traditionalLeft: scores.filter((s) => s.traditionalLeft).length,
    emptyPageItems: scores.reduce((n, s) => n + s.emptyPageItems, 0),
  };
}

const COLUMNS: [string, (k: KindSummary) => string][] = [
  ['kind', (k) => k.kind],
  ['pages', (k) => String(k.pages)],
  ['count right', (k) => pct(k.count)],
  ['first name right', (k) => pct(k.firstName)],
  ['first-item fields', (k) => pct(k.fields)],
  ['one document', (k) => pct(k.document)],
  ['right kind', (k) => pct(k.documentKind)],
  ['title', (k) => pct(k.title)],
  ['date', (k) => pct(k.date)],
  ['articles', (k) => pct(k.articles)],
  ['bad names', (k) => String(k.badNames)],
  ['spam / chrome / Trad. left (pages)', (k) => `${k.spamLeft} / ${k.chromeLeft} / ${k.traditionalLeft}`],
  ['chrome in cleaned text (+ on metadata lines)', (k) => `${k.chromeInText} (+${k.metaInText})`],
  ['items from empty pages', (k) => String(k.emptyPageItems)],
];

function pct(t: Tally): string {
  return t.of ? `${t.right}/${t.of} (${Math.round((100 * t.right) / t.of)} %)` : '–';
}

/** The summaries as a Markdown table (the README shows it). */
export function formatTable(summaries: KindSummary[]): string {
  const lines = [`| ${COLUMNS.map(([h]) => h).join(' | ')} |`, `|${COLUMNS.map(() => ' --- ').join('|')}|`];
  for (const s of summaries) lines.push(`| ${COLUMNS.map(([, f]) => f(s)).join(' | ')} |`);
  return lines.join('\n');
}
