/**
 * Line helpers shared by the passes. Passes work line by line and must keep the line count, so a removed line
 * becomes '' and `L<n>` stays a line of the decoded file. A trailing '\r' (CRLF files) is kept out of the
 * patterns' way and put back afterwards.
 */

/** `L4` for the 0-based line index 3. */
export function linePlace(index: number): string {
  return `L${index + 1}`;
}

/** `L4` or `L4-L7` for 0-based indices. */
export function rangePlace(first: number, last: number): string {
  return first === last ? linePlace(first) : `${linePlace(first)}-${linePlace(last)}`;
}

/** Splits into lines without their '\r'; `join` restores the same line endings. */
export function splitLines(text: string): { lines: string[]; join(lines: readonly string[]): string } {
  const raw = text.split('\n');
  const cr = raw.map((line) => line.endsWith('\r'));
  const lines = raw.map((line, i) => (cr[i] ? line.slice(0, -1) : line));
  return {
    lines,
    join: (out) => {
      if (out.length !== raw.length) throw new Error('a pass must keep the line count');
      return out.map((line, i) => (cr[i] ? `${line}\r` : line)).join('\n');
    },
  };
}

/** Applies `edit` to every line; `edit` returns the new line (or the same one). */
export function mapLines(text: string, edit: (line: string, index: number) => string): string {
  const { lines, join } = splitLines(text);
  return join(lines.map(edit));
}

/** True when the line has nothing but whitespace. */
export function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** Han characters (CJK ideographs): the unit used for densities and script detection. */
export const HAN = /\p{Script=Han}/u;
const HAN_GLOBAL = /\p{Script=Han}/gu;

export function countHan(text: string): number {
  return text.match(HAN_GLOBAL)?.length ?? 0;
}
