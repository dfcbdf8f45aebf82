/**
 * Tables rendered as a stream of cells (one per line, with or without a closing bar, or one per paragraph) become
 * CellGrids: the header read as its two rows, the body lined up with the leaf columns (align-cells.ts), a title cell
 * above the header kept as the grid's first row. A page may hold several tables, each with its own header.
 */
import type { Cell, CellGrid } from '../shared/cell-grid.js';
import { linePlace } from '../shared/lines.js';
import { readTitleRow } from '../shared/title-row.js';
import type { ColumnSpec } from '../shared/header-band.js';
import { alignCells, placeLeadCells, type AlignedRow } from './align-cells.js';
import { cellShape } from './cell-shapes.js';
import type { Token } from './cell-tokens.js';
import { appendHeader, nextStreamHeader, type StreamHeader } from './stream-header.js';

export interface StreamTable {
  /** `grid.truncated` when the end of the text cut the last row off (it reaches fewer columns than the rows above). */
  grid: CellGrid;
  /** Cells under a numbered header with no row number among them (a header cut off, or text after it): not read. */
  unread?: { place: string; text: string };
}

export function streamTables(tokens: Token[], name: string): StreamTable[] {
  const tables: StreamTable[] = [];
  let header = nextStreamHeader(tokens, 0);
  let floor = 0;
  while (header) {
    const next = nextStreamHeader(tokens, header.end);
    const title = titleBefore(tokens, header.start, floor);
    const end = next ? titleBefore(tokens, next.start, header.end) ?? next.start : tokens.length;
    tables.push(table(tokens, header, title, end, !next, name));
    floor = next?.start ?? tokens.length;
    header = next;
  }
  return tables;
}

/** Index of the title cell right before a header (`…领域基层政务公开标准目录`), if there is one. */
function titleBefore(tokens: Token[], start: number, floor: number): number | undefined {
  let k = start - 1;
  while (k >= floor && !tokens[k]!.text) k--;
  if (k < floor) return undefined;
  const t = tokens[k]!;
  return readTitleRow([{ text: t.text, place: linePlace(t.from, t.to) }]) ? k : undefined;
}

function table(tokens: Token[], header: StreamHeader, title: number | undefined, end: number, atEnd: boolean, name: string): StreamTable {
  const grid: CellGrid = { name, rows: [], rowPlaces: [] };
  if (title !== undefined) {
    const t = tokens[title]!;
    grid.rows.push([{ text: t.text, place: linePlace(t.from, t.to) }]);
    grid.rowPlaces.push(linePlace(t.from, t.to));
  }
  const band = appendHeader(grid, header);
  // Header rows the band did not take (a sub-row of unknown labels) stay in the grid; the decoder reads them as body.
  let body = tokens.slice(header.end, end);
  while (body.length && !body[0]!.text) body = body.slice(1);
  while (body.length && !body.at(-1)!.text) body = body.slice(0, -1);
  // A note closing the table (`注：…`) is no cell of the last row.
  const note = body.length > 1 && NOTE.test(body.at(-1)!.text) ? body.pop() : undefined;
  const numbered = band.columns.some((c) => 'field' in c.target && c.target.field === 'code');
  if (numbered && body.length && !body.some((t) => cellShape(t.text) === 'serial')) {
    return { grid, unread: { place: linePlace(body[0]!.from, body.at(-1)!.to), text: body.map((t) => t.text).join(' | ') } };
  }
  const rows = joinWrappedRows(alignWindows(body, band.columns, atEnd && !note), band.columns);
  placeLeadCells(rows, band.columns);
  const width = band.columns.length;
  for (const row of rows) {
    const cells: (Cell | undefined)[] = Array.from({ length: width }, () => undefined);
    for (const [c, list] of row.cells) {
      const own = list.filter((t) => t.text);
      if (!own.length) continue;
      cells[c] = { text: own.map((t) => t.text).join('\n'), place: linePlace(own[0]!.from, own.at(-1)!.to) };
    }
    grid.rows.push(spanningNote(body.slice(row.first, row.last + 1), width) ?? cells);
    grid.rowPlaces.push(linePlace(body[row.first]!.from, body[row.last]!.to));
  }
  if (note) {
    grid.rows.push(spanningNote([note], width)!);
    grid.rowPlaces.push(linePlace(note.from, note.to));
  }
  const out: StreamTable = { grid };
  if (atEnd && !note && rows.length && cutOff(rows, band.columns.map((c) => c.target))) grid.truncated = true;
  return out;
}

/** Cells lined up at once: the alignment costs cells × columns², so a long body is cut into windows at row numbers. */
const WINDOW = 3000;

function alignWindows(body: Token[], columns: ColumnSpec[], open: boolean): AlignedRow[] {
  const rows: AlignedRow[] = [];
  let start = 0;
  while (start < body.length) {
    let end = Math.min(body.length, start + WINDOW);
    // Cut before a row number, so no row is split between windows; with none in sight, cut where the window ends.
    if (end < body.length) {
      let k = end;
      while (k > start + WINDOW / 2 && cellShape(body[k]!.text) !== 'serial') k--;
      if (k > start + WINDOW / 2) end = k;
    }
    const last = end === body.length;
    for (const row of alignCells(body.slice(start, end), columns, { open: open && last })) {
      rows.push({ ...row, first: row.first + start, last: row.last + start });
    }
    start = end;
  }
  return rows;
}

/** A cell cut by a line wrap: a bracket or citation left open, or a list separator at its end. */
function unfinished(text: string): boolean {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  return count(/《/g) > count(/》/g) || count(/[(（]/g) > count(/[)）]/g) || /[、,，;；]$/.test(text);
}

/**
 * A table copied from a PDF wraps long cells into several visual lines, and the text comes out line by line: the
 * second line of every cell follows the first line of the whole row. In a numbered table, a row without a number
 * under a row with an unfinished cell is such a second line: its pieces are appended cell by cell.
 */
function joinWrappedRows(rows: AlignedRow[], columns: ColumnSpec[]): AlignedRow[] {
  const code = columns.findIndex((c) => 'field' in c.target && c.target.field === 'code');
  if (code < 0) return rows;
  const numbered = (r: AlignedRow) => r.cells.get(code)?.some((t) => cellShape(t.text) === 'serial') ?? false;
  if (rows.filter(numbered).length * 2 < rows.length) return rows;
  const out: AlignedRow[] = [];
  for (const row of rows) {
    const above = out.at(-1);
    const cut = above && !numbered(row) && [...above.cells.values()].some((list) => unfinished(list.map((t) => t.text).join('')));
    if (!cut) {
      out.push(row);
      continue;
    }
    for (const [c, list] of row.cells) above.cells.set(c, [...(above.cells.get(c) ?? []), ...list]);
    above.last = row.last;
  }
  return out;
}

/** Empty cells after a lone cell that show it spans the table (a merged note row under the body). */
const SPAN_PADDING = 3;
const NOTE = /^(?:注|说明|备注|附注)\s*\d*\s*[:：]/;

/**
 * A lone note under the table (`注：各地可在二级事项下增加三级子项…`, or one cell padded with the empty cells of its
 * span) is one cell merged across the row: it is laid out as such, so the decoder reports it instead of naming an
 * item after it.
 */
function spanningNote(tokens: Token[], width: number): Cell[] | undefined {
  const own = tokens.filter((t) => t.text);
  if (own.length !== 1 || width < SPAN_PADDING) return undefined;
  const note = own[0]!;
  if (!NOTE.test(note.text) && tokens.length - 1 < SPAN_PADDING) return undefined;
  const origin = linePlace(note.from, note.to);
  return Array.from({ length: width }, (_, c) => (c === 0 ? { text: note.text, place: origin } : { text: note.text, place: origin, filledFrom: origin }));
}

/**
 * The last row of a text that ends inside a table is cut off when it stops before the column where the rows above
 * stop (or, alone, before the last column that is not a flag). Flag columns are left out: a blank tick is no end.
 */
function cutOff(rows: AlignedRow[], targets: ColumnSpec['target'][]): boolean {
  const reach = (r: AlignedRow) =>
    Math.max(-1, ...[...r.cells].filter(([c, list]) => !('flag' in targets[c]!) && list.some((t) => t.text)).map(([c]) => c));
  const last = reach(rows.at(-1)!);
  if (rows.length > 1) {
    const above = rows.slice(0, -1).map(reach).sort((a, b) => a - b);
    return last < above[Math.floor(above.length / 2)]!;
  }
  return last < targets.findLastIndex((t) => !('flag' in t));
}
