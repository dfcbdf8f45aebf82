/**
 * Line helpers only the passes use. Splitting and places come from parsers/shared/lines.ts so that `L<n>` means
 * the same line to a pass and to a parser. Passes must keep the line count: a removed line becomes ''.
 */
import { editLines } from '../../parsers/shared/lines.js';

/**
 * `editLines` with a fast path: text without CR (all text the pipeline cleans) splits on LF alone, which gives the
 * same lines without the capturing split and the separator bookkeeping.
 */
export function passLines(text: string): { lines: string[]; join(lines: readonly string[]): string } {
  if (text.includes('\r')) return editLines(text);
  const lines = text.split('\n');
  return {
    lines,
    join: (out) => {
      if (out.length !== lines.length) throw new Error('a pass must keep the line count');
      return out.join('\n');
    },
  };
}

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

/** True when the line has nothing but whitespace. */
export function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** Han characters (CJK ideographs): the unit used for densities and script detection. */
export const HAN = /\p{Script=Han}/u;

/**
 * 1 for each BMP code unit matched by `pattern`, a character class (optionally repeated: `[…]+`) with flag `u`: a
 * per-character lookup that agrees with the regex. Surrogates are never matched on their own.
 */
export function bmpTable(pattern: RegExp): Uint8Array {
  const table = new Uint8Array(0x10000);
  const global = new RegExp(pattern.source, 'gu');
  const single = new RegExp(`^(?:${pattern.source})$`, 'u');
  // Scanned in blocks; surrogates are replaced by U+0000, which is then tested on its own.
  const block: number[] = [];
  for (let base = 0; base < 0x10000; base += 0x1000) {
    block.length = 0;
    for (let code = base; code < base + 0x1000; code += 1) block.push(code >= 0xd800 && code <= 0xdfff ? 0 : code);
    const text = String.fromCharCode(...block);
    for (const m of text.matchAll(global)) {
      for (let k = m.index; k < m.index + m[0].length; k += 1) if (text.charCodeAt(k) !== 0) table[base + k] = 1;
    }
  }
  table[0] = single.test('\u0000') ? 1 : 0;
  return table;
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
