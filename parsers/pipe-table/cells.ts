/** Splits a pipe-table body into cells across line breaks. */
export interface PipeCell {
  text: string;
  /** Offsets in the body string. */
  start: number;
  end: number;
}

/**
 * Every `|` closes the cell before it, except a row opener: a `|` that is the first thing on its line when the
 * previous `|` was the last thing on its line (`… |\n| next row`). A `|` alone on a line closes the (possibly
 * multi-line) cell before it — seed 000 breaks its rows that way.
 */
export function tokenizePipeCells(body: string): PipeCell[] {
  const cells: PipeCell[] = [];
  let start = 0;
  let previousClosedLine = true; // the header or separator row ended with '|'
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== '|') continue;
    const text = body.slice(start, i);
    const isRowOpener = previousClosedLine && (text.includes('\n') || start === 0) && text.trim() === '';
    if (!isRowOpener) cells.push({ text, start, end: i });
    start = i + 1;
    previousClosedLine = isLineEnd(body, i + 1);
  }
  const rest = body.slice(start);
  if (rest.trim()) cells.push({ text: rest, start, end: body.length });
  return cells;
}

function isLineEnd(body: string, from: number): boolean {
  for (let j = from; j < body.length; j++) {
    const ch = body[j];
    if (ch === '\n') return true;
    if (ch !== ' ' && ch !== '\t') return false;
  }
  return true;
}
