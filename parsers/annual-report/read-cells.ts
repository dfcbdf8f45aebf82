/** Cells of a flattened report table (`value |` per line, or `| a | b |` rows) and the section ranges of the report. */
import type { ParseContext } from '../types.js';
import { SECTION_TITLES, type SectionKey } from './skeleton.js';

export interface Cell {
  text: string;
  /** 1-based line. */
  line: number;
}

/**
 * Non-empty cells of lines [from, to) (0-based), in reading order; empty cells carry no position we can trust.
 * Cells are split on `|`; a line without pipes (a row copied from a PDF or a tab-separated dump) on whitespace.
 */
export function cellsOf(lines: readonly string[], from: number, to: number): Cell[] {
  const cells: Cell[] = [];
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    for (const part of line.includes('|') ? line.split('|') : line.split(/[\s\u3000]+/)) {
      const text = part.trim();
      if (text) cells.push({ text, line: i + 1 });
    }
  }
  return cells;
}

export interface SectionRange {
  /** 0-based line of the title. */
  title: number;
  /** 0-based end (exclusive): the next section title or the end of the file. */
  end: number;
}

const NUMBERING = /^[一二三四五六七八九十]+[、.．]/;
const TITLE_KEYS = new Map<string, SectionKey>(Object.entries(SECTION_TITLES).map(([key, title]) => [title, key as SectionKey]));
/** Every title's last character: a line whose last printed character is another one holds no title. */
const TITLE_ENDS = new Set([...TITLE_KEYS.keys()].map((title) => title.at(-1)!));
const SPACE_OR_BAR = /[\s\u3000|]/;

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
    const key = TITLE_KEYS.get(line.replace(/[\s\u3000|]/g, '').replace(NUMBERING, ''));
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
