/** Line helpers shared by text parsers. Lines are 1-based in places (`L4`, `L4-L7`). */

export function linePlace(first: number, last = first): string {
  return first === last ? `L${first}` : `L${first}-L${last}`;
}

/** Splits on LF, CRLF or lone CR (mixed line ends occur in scraped text). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * The lines of `text` (same split as `splitLines`, so `L<n>` means the same line to passes and parsers) plus a
 * `join` that puts each original line end back. Cleaning passes must keep the line count, which `join` enforces.
 */
export function editLines(text: string): { lines: string[]; join(lines: readonly string[]): string } {
  const parts = text.split(/(\r\n|\r|\n)/);
  const lines = parts.filter((_, i) => i % 2 === 0);
  const ends = parts.filter((_, i) => i % 2 === 1);
  return {
    lines,
    join: (out) => {
      if (out.length !== lines.length) throw new Error('a pass must keep the line count');
      return out.map((line, i) => line + (ends[i] ?? '')).join('');
    },
  };
}

/** 1-based line number of a character offset, given the offsets where lines start. */
export function lineAt(lineStarts: number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export function lineStartsOf(lines: string[]): number[] {
  const starts: number[] = [];
  let pos = 0;
  for (const line of lines) {
    starts.push(pos);
    pos += line.length + 1;
  }
  return starts;
}

/** Collapses runs of whitespace and trims: cell values are compared and stored this way. */
export function squash(s: string): string {
  return s.replace(/[\s\u3000]+/g, ' ').trim();
}

/** True when the line has nothing but whitespace. */
export function isBlank(line: string): boolean {
  return line.trim() === '';
}
