/**
 * A table's body lines → rows of cells. Each run goes to the column its left edge falls in (a run that pdf.js drew
 * across a column boundary is split at its spaces); a cell's wrapped lines are joined. A new row starts at a drawn
 * horizontal rule between two lines (a ruled table), else at a line whose first column holds a row number (a 序号
 * column), else at a gap between lines clearly taller than the table's line pitch; a table with none of these reads
 * each line as a row.
 */
import { joinWrapped, runText, type PdfLine } from './page-lines.js';
import type { Rule, TextRun } from './read-pdf.js';
import { columnOf, type Columns } from './table-columns.js';

export interface BodyRow {
  /** One text per column ('' when empty). */
  cells: string[];
  lines: PdfLine[];
}

/** A gap between lines this much taller than the smallest one separates rows. */
const ROW_GAP = 1.3;
const ROW_NUMBER = /^\d{1,4}[.、]?$/;

export function rowsOf(body: readonly PdfLine[], columns: Columns, rules: readonly Rule[]): BodyRow[] {
  const width = columns.labels.length;
  const lineCells = body.map((line) => cellsOfLine(line, columns, width));
  const left = columns.labels[0]!.x - 5;
  const right = columns.labels.at(-1)!.right + 5;
  const minColumn = Math.min(...columns.bounds.map((b, i) => b - (columns.bounds[i - 1] ?? left)), right - (columns.bounds.at(-1) ?? left));
  const horizontals = rules.filter((r) => r.y1 - r.y0 <= 2 && r.x1 - r.x0 >= Math.min(minColumn, 30) * 0.8 && r.x1 > left && r.x0 < right);
  const ruledBetween = (upper: PdfLine, lower: PdfLine): boolean => horizontals.some((r) => r.y0 < upper.y && r.y0 > lower.y + 0.6 * lower.size);
  const ruled = body.some((l, i) => i > 0 && ruledBetween(body[i - 1]!, l));
  const firstColumn = lineCells.map((cells) => cells[0]!).filter((t) => t !== '');
  const numbered = firstColumn.length >= 2 && firstColumn.every((t) => ROW_NUMBER.test(t));
  const gaps = body.slice(1).map((l, i) => body[i]!.y - l.y);
  const pitch = gaps.reduce((min, g) => Math.min(min, g), Infinity);
  const gapped = gaps.some((g) => g > ROW_GAP * pitch);

  const rows: BodyRow[] = [];
  body.forEach((line, i) => {
    const cells = lineCells[i]!;
    const last = rows.at(-1);
    const starts = !last
      || (ruled ? ruledBetween(body[i - 1]!, line)
        : numbered ? cells[0] !== ''
          : gapped ? gaps[i - 1]! > ROW_GAP * pitch
            : true);
    if (starts) rows.push({ cells, lines: [line] });
    else {
      last.cells = last.cells.map((t, c) => joinWrapped(t, cells[c]!));
      last.lines.push(line);
    }
  });
  return rows;
}

function cellsOfLine(line: PdfLine, columns: Columns, width: number): string[] {
  const cells = Array.from({ length: width }, () => '');
  const parts: TextRun[][] = Array.from({ length: width }, () => []);
  for (const run of line.runs) for (const piece of splitAtBounds(run, columns)) parts[columnOf(piece.x, columns)]!.push(piece);
  parts.forEach((runs, c) => {
    cells[c] = runs.map((r) => runText(r.text)).filter(Boolean).reduce((a, b) => (a && b && /[\x21-\x7e]$/.test(a) && /^[\x21-\x7e]/.test(b) ? `${a} ${b}` : a + b), '');
  });
  return cells;
}

const glyph = (ch: string): number => (ch.codePointAt(0)! < 0x2e80 ? 0.5 : 1);

/**
 * A run that reaches more than a glyph past a column boundary holds two cells that pdf.js joined with a space: it is
 * cut at its spaces, each word placed by its estimated x (glyph widths in proportion: CJK square, others half).
 */
function splitAtBounds(run: TextRun, columns: Columns): TextRun[] {
  const crosses = columns.bounds.some((b) => run.x < b - run.size && run.right > b + run.size);
  if (!crosses || !/\s/.test(run.text)) return [run];
  const chars = [...run.text];
  const total = chars.reduce((n, ch) => n + glyph(ch), 0) || 1;
  const scale = (run.right - run.x) / total;
  const out: TextRun[] = [];
  let at = 0;
  let word = '';
  let start = 0;
  for (const ch of chars) {
    if (/\s/.test(ch)) {
      if (word) out.push({ ...run, text: word, x: run.x + start * scale, right: run.x + at * scale });
      word = '';
      at += glyph(ch);
      start = at;
      continue;
    }
    word += ch;
    at += glyph(ch);
  }
  if (word) out.push({ ...run, text: word, x: run.x + start * scale, right: run.right });
  return out;
}
