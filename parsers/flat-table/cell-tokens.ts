/**
 * Seed 003 style text: one table cell per line ending in `|`; empty cells as bare `|` (runs of them on one line);
 * a cell's own line breaks stay, so a cell ends at the first line that ends in `|`. Row boundaries are lost.
 */
export interface Token {
  text: string;
  /** 1-based first and last line of the cell. */
  from: number;
  to: number;
}

const EMPTIES = /^\s*\|+\s*$/;
const CELL_END = /\s*\|\s*$/;

export function cellTokens(lines: string[]): Token[] {
  const tokens: Token[] = [];
  let pending: string[] = [];
  let pendingFrom = 0;
  lines.forEach((line, i) => {
    const n = i + 1;
    if (EMPTIES.test(line) && pending.length === 0) {
      const count = line.trim().length;
      for (let k = 0; k < count; k++) tokens.push({ text: '', from: n, to: n });
      return;
    }
    if (CELL_END.test(line)) {
      const text = [...pending, line.replace(CELL_END, '')].join('\n').trim();
      tokens.push({ text, from: pending.length ? pendingFrom : n, to: n });
      pending = [];
      return;
    }
    if (!pending.length && !line.trim()) return;
    if (!pending.length) pendingFrom = n;
    pending.push(line);
  });
  return tokens;
}

/** Share of non-blank lines that end in `|` and hold at most one cell: how much the text looks like this rendering. */
export function cellLineShare(lines: string[]): number {
  let cellLines = 0;
  let nonBlank = 0;
  for (const line of lines) {
    if (!line.trim()) continue;
    nonBlank++;
    // Both shapes hold a `|`: body text is not run through the trailing-bar patterns.
    if (!line.includes('|')) continue;
    if (CELL_END.test(line) && (line.match(/\|/g)?.length ?? 0) === 1) cellLines++;
    else if (EMPTIES.test(line)) cellLines++;
  }
  return nonBlank ? cellLines / nonBlank : 0;
}

/**
 * Cells separated by blank lines: a paragraph is one cell, and a cell may hold several lines (`政策\n法规\n文件`,
 * numbered lists). Runs of blank lines are one separator: how many a rendering leaves for empty cells varies.
 */
export function paragraphTokens(lines: string[]): Token[] {
  const tokens: Token[] = [];
  let from = 0;
  let text: string[] = [];
  const flush = (to: number) => {
    if (text.length) tokens.push({ text: text.join('\n').trim(), from, to });
    text = [];
  };
  lines.forEach((line, i) => {
    if (!line.trim()) {
      flush(i);
      return;
    }
    if (!text.length) from = i + 1;
    text.push(line.trim());
  });
  flush(lines.length);
  return tokens;
}

/** One cell per line, no bars and no blank lines between cells. */
export function lineTokens(lines: string[]): Token[] {
  const tokens: Token[] = [];
  lines.forEach((line, i) => {
    if (line.trim()) tokens.push({ text: line.trim(), from: i + 1, to: i + 1 });
  });
  return tokens;
}
