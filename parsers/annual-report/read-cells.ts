/** Cells of a flattened report table (`value |` per line, or `| a | b |` rows) and the section ranges of the report. */
import type { ParseContext } from '../types.js';
import { isValueCell, SECTION_TITLE_PATTERNS, type SectionKey } from './skeleton.js';

export interface Cell {
  text: string;
  /** 1-based line. */
  line: number;
  /**
   * An empty cell of a row printed on one line: its place is known, so it is read as 0. Empty cells of a table
   * flattened one cell per line are not kept: nothing says which column they were in.
   */
  blank?: true;
  /**
   * An empty cell at the start or end of the line: `| a | b |` closes the row with bars, but a rendered HTML row
   * `a |  |` ends in an empty cell. Which it is, the row's column count decides (fitRow).
   */
  edge?: true;
}

/** Cells of a row printed on one line: split on bars, else on tabs, else on spaces (a PDF copy). */
function splitRow(line: string): { parts: string[]; slots: boolean } {
  if (line.includes('|')) return { parts: line.split('|'), slots: true };
  if (line.includes('\t')) return { parts: line.split('\t'), slots: true };
  return { parts: line.split(/[\s\u3000]+/), slots: false };
}

/**
 * Cells of lines [from, to) (0-based), in reading order. Cells are split on `|`, else on tabs, else on whitespace.
 * Empty cells are kept (as `blank`) only inside a row printed on one line (two or more cells, one of them printed).
 */
export function cellsOf(lines: readonly string[], from: number, to: number): Cell[] {
  const cells: Cell[] = [];
  for (let i = from; i < to; i++) {
    const { parts, slots } = splitRow(lines[i]!);
    const keepBlanks = slots && parts.length >= 2 && parts.some((p) => p.trim());
    parts.forEach((part, k) => {
      const text = part.trim();
      if (text) cells.push({ text, line: i + 1 });
      else if (keepBlanks) cells.push(k === 0 || k === parts.length - 1 ? { text: '', line: i + 1, blank: true, edge: true } : { text: '', line: i + 1, blank: true });
    });
  }
  return cells;
}

/**
 * Whether `cell` continues a row's values: a printed value, or an empty cell on the line of the cell before it (the
 * row's label or a value), so an empty cell at the start of the next row's line is not taken.
 */
export function continuesValues(cell: Cell, previous: Cell): boolean {
  return cell.blank ? cell.line === previous.line : isValueCell(cell.text);
}

/**
 * The cells of a row that fill its `columns`: without the empty cells at line ends (bars closing the row), else, for a
 * row printed on one line, with the trailing or leading ones (empty cells of a rendered row), else without them (and
 * the caller reports the count).
 */
export function fitRow(cells: readonly Cell[], columns: number): Cell[] {
  const core = cells.filter((c) => !c.edge);
  // Only a row printed on one line can end in an empty cell; one value per line, `1 |`, closes each cell with a bar.
  if (!core.length || core.length === columns || core.some((c) => c.line !== core[0]!.line)) return core;
  const first = cells.indexOf(core[0]!);
  const last = cells.lastIndexOf(core.at(-1)!);
  // Empty cells at line ends inside the row (`1 |` on every line of a one-cell-per-line table) never count.
  const outside = (r: Cell[]) => r.filter((c) => !c.edge || r.indexOf(c) < r.indexOf(core[0]!) || r.indexOf(c) > r.indexOf(core.at(-1)!));
  const readings = [cells.slice(first), cells.slice(0, last + 1), [...cells]].map(outside);
  return readings.find((r) => r.length === columns) ?? core;
}

export interface SectionRange {
  /** 0-based line of the title. */
  title: number;
  /** 0-based end (exclusive): the next section title or the end of the file. */
  end: number;
}

const NUMBERING = /^[一二三四五六七八九十]+[、.．]/;
/** Every title's last character: a line whose last printed character is another one holds no title. */
const TITLE_ENDS = new Set(['况', '述', '施', '项']);
const SPACE_OR_BAR = /[\s\u3000|]/;
const MAX_TITLE = 40;

function lastPrinted(line: string): string | undefined {
  let i = line.length - 1;
  while (i >= 0 && SPACE_OR_BAR.test(line[i]!)) i--;
  return line[i];
}

/** Finds the six fixed section titles (`二、主动公开政府信息情况`) on lines of their own. */
export function findSections(lines: readonly string[]): Partial<Record<SectionKey, SectionRange>> {
  const found: Array<[SectionKey, number]> = [];
  lines.forEach((line, i) => {
    if (!TITLE_ENDS.has(lastPrinted(line) ?? '')) return;
    const title = line.replace(/[\s\u3000|]/g, '').replace(NUMBERING, '');
    if (title.length > MAX_TITLE) return;
    const key = SECTION_TITLE_PATTERNS.find(([, re]) => re.test(title))?.[0];
    if (key && !found.some(([k]) => k === key)) found.push([key, i]);
  });
  found.sort((a, b) => a[1] - b[1]);
  const ranges: Partial<Record<SectionKey, SectionRange>> = {};
  found.forEach(([key, title], k) => {
    ranges[key] = { title, end: found[k + 1]?.[1] ?? lines.length };
  });
  return ranges;
}

export function placeOf(cells: readonly Cell[]): string {
  const first = cells[0]!.line;
  const last = cells.at(-1)!.line;
  return first === last ? `L${first}` : `L${first}-L${last}`;
}

/**
 * A table row whose value count differs from the format's columns: which column lost or gained a value is unknown,
 * so the row is reported and kept raw rather than shifted. Returns whether the row fits.
 */
export function checkColumnCount(ctx: ParseContext, row: string, raw: readonly string[], columns: number, place: string): boolean {
  if (raw.length === columns) return true;
  ctx.report({
    ruleId: 'report/column-count',
    severity: 'warning',
    message: `${row} has ${raw.length} values for ${columns} columns; the values are kept raw and not assigned to columns. Check the source table.`,
    place,
    actual: raw.join(' | '),
    expected: `${columns} values`,
  });
  return false;
}
