/**
 * Line helpers only the passes use. Splitting and places come from parsers/shared/lines.ts so that `L<n>` means
 * the same line to a pass and to a parser. Passes must keep the line count: a removed line becomes ''.
 */
import { HAN, bmpTable } from '../../parsers/shared/char-table.js';
import { editLines } from '../../parsers/shared/lines.js';

/**
 * `editLines` with a fast path: text without CR (all text the pipeline cleans) splits on LF alone, which gives the
 * same lines without the capturing split and the separator bookkeeping.
 */
export function passLines(text: string): { lines: string[]; join(lines: readonly string[]): string } {
  if (text.includes('\r')) return editLines(text);
  // Most passes leave the text as it was, and the next pass splits the same text: its lines are copied, not split
  // again. A huge text is not kept: it would stay in memory through the next file.
  let lines: string[];
  if (text === lastSplit.text) lines = [...lastSplit.lines];
  else {
    lines = text.split('\n');
    lastSplit = text.length <= MAX_KEPT_SPLIT ? { text, lines: [...lines] } : NONE_SPLIT;
  }
  return {
    lines,
    join: (out) => {
      if (out.length !== lines.length) throw new Error('a pass must keep the line count');
      return out.join('\n');
    },
  };
}

/** The last text split into lines, and its lines (never handed out: passes edit the copies they get). */
const NONE_SPLIT: { text: string; lines: readonly string[] } = { text: '', lines: [''] };
let lastSplit = NONE_SPLIT;
/** Longest text kept split (a page is rarely over a few hundred kilobytes; a 100 MB one-line page is not kept). */
const MAX_KEPT_SPLIT = 4 * 1024 * 1024;

/** Applies `edit` to every line; `edit` returns the new line (or the same one). Unchanged text is returned as is. */
export function mapLines(text: string, edit: (line: string, index: number) => string): string {
  const { lines, join } = passLines(text);
  let changed = false;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const next = edit(line, i);
    if (next !== line) {
      lines[i] = next;
      changed = true;
    }
  }
  return changed ? join(lines) : text;
}

let bmpHan: Uint8Array | undefined;
const ASTRAL_HAN = /^\p{Script=Han}$/u;

export function countHan(text: string): number {
  const table = (bmpHan ??= bmpTable(HAN));
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (table[code] === 1) n += 1;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair is one code point (CJK Extension B and later are Han).
      if (ASTRAL_HAN.test(text.slice(i, i + 2))) n += 1;
      i += 1;
    }
  }
  return n;
}
