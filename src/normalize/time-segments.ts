/**
 * Cuts a 公开时限 cell into segments (on `;` `；` `。` and before `其中`; also on ` / ` between
 * listed cases) and gives each segment a compact form — folded, whitespace removed — with a map back to the original,
 * so clauses can quote their own source text while matching ignores cell wrapping (`20个\n工作日内`).
 */
import { foldText } from './fold.js';

export interface Segment {
  /** Folded text without whitespace. */
  compact: string;
  /** compact[i] came from original[origin[i]]. */
  origin: number[];
}

const SEPARATOR = /[;。]|\s+\/\s+|(?=其中)/g;

export function splitSegments(original: string): Segment[] {
  const folded = foldText(original);
  const segments: Segment[] = [];
  let start = 0;
  for (const m of folded.matchAll(SEPARATOR)) {
    if (m[0] === '' && m.index === start) continue; // 其中 already opens this segment
    segments.push(compact(folded, start, m.index));
    start = m.index + m[0].length;
  }
  segments.push(compact(folded, start, folded.length));
  return segments.filter((s) => s.compact.length > 0);
}

function compact(folded: string, start: number, end: number): Segment {
  let text = '';
  const origin: number[] = [];
  for (let i = start; i < end; i++) {
    const c = folded[i]!;
    if (/\s/.test(c)) continue;
    text += c;
    origin.push(i);
  }
  return { compact: text, origin };
}

/** Original-text range [start, end) behind compact range [from, to) of a segment (from < to). */
export function originalRange(segment: Segment, from: number, to: number): [number, number] {
  return [segment.origin[from]!, segment.origin[to - 1]! + 1];
}

/** Clause text: the original slice without edge whitespace and list punctuation. */
export function tidyEdges(s: string): string {
  return s.replace(/^[\s,，、]+|[\s,，、]+$/g, '');
}
