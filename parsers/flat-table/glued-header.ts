/**
 * A table whose cells were run together without separators (`序号公开事项公开内容(要素)公开依据公开时限…`, then
 * `1政策文件法律法规与救灾有关的法律、法规《政府信息公开条例》…`). The header can be cut back into labels, but where
 * one name ends and the next begins in a row cannot be known, so such a table is found and reported, not read.
 */
import { matchLabel } from '../../schemas/field-labels.js';

/** Longest label tried at each position, in characters. */
const LONGEST_LABEL = 10;
const MIN_LABELS = 5;
const MAX_LINE = 200;
/** A note in brackets after a label: `(要素)`. */
const NOTE = /^[(（][^()（）]{1,8}[)）]/;

/** The labels a line is made of when it is nothing but labels run together, else undefined. */
export function gluedLabels(line: string): string[] | undefined {
  const text = line.trim();
  // Labels with spaces between them are a space-separated header (word-rows.ts), not a glued one.
  if (/[\s\u3000]/.test(text) || text.length > MAX_LINE || text.length < MIN_LABELS * 2) return undefined;
  const labels: string[] = [];
  let i = 0;
  while (i < text.length) {
    const note = NOTE.exec(text.slice(i));
    if (note && labels.length) {
      i += note[0].length;
      continue;
    }
    let found = 0;
    for (let len = Math.min(LONGEST_LABEL, text.length - i); len >= 2 && !found; len--) {
      if (matchLabel(text.slice(i, i + len))) found = len;
    }
    if (!found) return undefined;
    labels.push(text.slice(i, i + found));
    i += found;
  }
  return labels.length >= MIN_LABELS ? labels : undefined;
}

/** 1-based line of the first run-together header among `lines`, if any. */
export function findGluedHeader(lines: string[]): number | undefined {
  const at = lines.findIndex((l) => !l.includes('|') && gluedLabels(l) !== undefined);
  return at < 0 ? undefined : at + 1;
}
