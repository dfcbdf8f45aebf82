/**
 * Numbering markers of Chinese official documents, outermost first: 第X章 > 第X节 > 第X条 > 一、 > (一) > 1. > (1).
 * The rank orders nesting; a marker nests under the nearest open section of a smaller rank.
 */
import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from './chinese-number.js';

export type MarkerKind = 'chapter' | 'part' | 'article' | 'heading' | 'point' | 'item' | 'subitem';

export interface Marker {
  kind: MarkerKind;
  rank: number;
  value: number;
  /** The marker as printed (`第十二条`, `一、`, `(三)`, `2.`). */
  text: string;
  /** Characters consumed, including the spaces after the marker. */
  length: number;
}

const CN = `[${CHINESE_NUMERAL_CHARS}\\d]+`;
/** Numerals of headings and points: 一 … 十九, or the formal 壹 … 拾玖. */
const SMALL_CN = '[一二三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾]+';
/**
 * After `第X条`, what makes it a citation rather than the start of an article: `第三条第二款`, `第二十条的规定`,
 * `第十二条规定`, `第十四条、第十五条`, `第四条至第六条`.
 */
const CITATION_AFTER = '[之的第款项項规規、和及或至到]';
const PATTERNS: Array<{ kind: MarkerKind; re: RegExp }> = [
  // Spaces may sit inside the marker (`第 7 条`, as law databases print it).
  { kind: 'chapter', re: new RegExp(`第[ \\u3000]?(${CN})[ \\u3000]?章`, 'y') },
  { kind: 'part', re: new RegExp(`第[ \\u3000]?(${CN})[ \\u3000]?[节節]`, 'y') },
  { kind: 'article', re: new RegExp(`第[ \\u3000]?(${CN})[ \\u3000]?[条條](?!${CITATION_AFTER})`, 'y') },
  { kind: 'heading', re: new RegExp(`(${SMALL_CN})[、．.]`, 'y') },
  { kind: 'point', re: new RegExp(`[(（](${SMALL_CN})[)）]`, 'y') },
  // `1.` but not the decimal `8.97723`.
  { kind: 'item', re: /(\d{1,3})(?:[、．]|\.(?!\d))/y },
  { kind: 'subitem', re: /[(（](\d{1,3})[)）]/y },
];

export const RANK: Record<MarkerKind, number> = { chapter: 0, part: 1, article: 2, heading: 3, point: 4, item: 5, subitem: 6 };

/** Kinds whose short text is a title (`第一章 总则`, `一、督查机构`, `(一)编制目的`); articles and list items are prose. */
export const TITLED_KINDS: ReadonlySet<MarkerKind> = new Set(['chapter', 'part', 'heading', 'point']);

export function markerAt(text: string, pos: number): Marker | undefined {
  for (const { kind, re } of PATTERNS) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) continue;
    const value = parseChineseNumber(m[1]!);
    if (value === undefined || value === 0) continue;
    let length = m[0].length;
    while (pos + length < text.length && /[\s\u3000]/.test(text[pos + length]!)) length++;
    return { kind, rank: RANK[kind], value, text: m[0], length };
  }
  return undefined;
}

/**
 * Where an inline marker may start: after a space or the end of a sentence or clause, on a character that opens one of
 * PATTERNS (第, 一…十, a bracket, a digit), so the patterns are tried at few places of a long line.
 */
const INLINE_START = /(?<=[\s\u3000。；;:：！!？?])[第一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾(（\d]/g;

/** The first position ≥ `from` (≥ 1) where an inline marker may start, or -1. */
export function nextMarkerStart(text: string, from: number): number {
  INLINE_START.lastIndex = from;
  return INLINE_START.exec(text)?.index ?? -1;
}
