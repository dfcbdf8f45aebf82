/**
 * Tables rendered as space-separated rows: the header on one or two lines of labels (the group labels, then the
 * sub-columns), one numbered line per row. Cells hold spaces themselves, so the words of a row are lined up with the
 * leaf columns by their shapes (align-cells.ts in word mode) rather than cut at every space.
 */
import { matchLabel } from '../../schemas/field-labels.js';
import type { Cell, CellGrid } from '../shared/cell-grid.js';
import { linePlace } from '../shared/lines.js';
import { scanLabels } from '../shared/label-scan.js';
import { readTitleRow } from '../shared/title-row.js';
import { alignCells, placeLeadCells, type AlignedRow } from './align-cells.js';
import type { Token } from './cell-tokens.js';
import { appendHeader, nextStreamHeader } from './stream-header.js';

/** A row line: a serial number, a space, then the cells. */
const ROW_START = /^\s*\d{1,4}[.、]?\s+\S/;
/** A bracketed header fragment on the sub-column line (`(要素)`) continues a label above it, not a column. */
const LABEL_NOTE = /^[(（][^()（）]*[)）]$/;
const HEADER_LINES = 3;
const MIN_LABELS = 4;

function words(line: string, n: number): Token[] {
  return line.trim().split(/\s+/).filter(Boolean).map((text) => ({ text, from: n, to: n }));
}

export interface WordTable {
  grid: CellGrid;
}

/** The header line index of a space-separated table (at least four label words), or undefined. */
export function findWordHeader(lines: string[], limit = lines.length): number | undefined {
  for (let i = 0; i < Math.min(lines.length, limit); i++) {
    const line = lines[i]!;
    // Bars are pipe rows; tabs are TSV, a whole-file format of the csv parser.
    if (line.includes('|') || line.includes('\t') || line.length > 400) continue;
    const ws = words(line, i + 1);
    if (ws.length < MIN_LABELS || ws.filter((w) => matchLabel(w.text)).length < MIN_LABELS) continue;
    if (!nextStreamHeader(ws, 0)) continue;
    const first = lines.slice(i + 1, i + 1 + HEADER_LINES + 2).findIndex((l) => ROW_START.test(l));
    if (first >= 0) return i;
  }
  return undefined;
}

/** Distinct label words a line must hold to be a table's header spread through other text. */
const INTERLEAVED_LABELS = 5;

/**
 * 1-based line of a table header spread through other text (a document-sharing site's or a PDF's text of a table:
 * cells of neighbouring columns interleaved, label words among cell fragments) with no row lines under it.
 */
export function findInterleavedHeader(lines: string[]): number | undefined {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.includes('|') || line.includes('\t')) continue;
    const ws = words(line, i + 1);
    const labels = new Set(ws.map((w) => w.text).filter((t) => matchLabel(t)));
    // Among fragments: a header line of its own (all labels) is a header, read or not, but no dump.
    if (labels.size < INTERLEAVED_LABELS || labels.size * 2 > ws.length) continue;
    const scan = scanLabels([...labels]);
    if (scan.naming > 0 && findWordHeader(lines.slice(i, i + 1 + HEADER_LINES + 2)) === undefined) return i + 1;
  }
  return undefined;
}

export function wordTables(lines: string[], name: string): WordTable[] {
  const top = findWordHeader(lines);
  if (top === undefined) return [];
  const grid: CellGrid = { name, rows: [], rowPlaces: [] };
  const above = lines.slice(Math.max(0, top - 3), top).map((l, k) => ({ text: l.trim(), place: `L${top - 2 + k}` })).filter((c) => c.text);
  const title = above.length ? above.at(-1)! : undefined;
  if (title && readTitleRow([title])) {
    grid.rows.push([title]);
    grid.rowPlaces.push(title.place);
  }
  // Header words: the label line and the lines after it up to the first row.
  let body = top + 1;
  while (body < lines.length && !ROW_START.test(lines[body]!) && body - top <= HEADER_LINES) body++;
  const headerWords = lines.slice(top, body).flatMap((l, k) => words(l, top + 1 + k)).filter((w) => !LABEL_NOTE.test(w.text));
  const header = nextStreamHeader(headerWords, 0);
  if (!header) return [];
  const band = appendHeader(grid, header);
  const rowLines = rowsFrom(lines, body);
  const rows: AlignedRow[] = rowLines.map(({ from, to }, k) => {
    const ws = lines.slice(from - 1, to).flatMap((l, j) => words(l, from + j));
    return alignCells(ws, band.columns, { open: k === rowLines.length - 1, words: true })[0] ?? { cells: new Map(), first: 0, last: 0 };
  });
  placeLeadCells(rows, band.columns);
  rows.forEach((row, k) => {
    const { from, to } = rowLines[k]!;
    const cells: (Cell | undefined)[] = band.columns.map(() => undefined);
    for (const [c, list] of row.cells) {
      cells[c] = { text: list.map((t) => t.text).join(' '), place: linePlace(list[0]!.from, list.at(-1)!.to) };
    }
    const place = linePlace(from, to);
    grid.rows.push(cells);
    grid.rowPlaces.push(place);
    // The text ends inside the last row when it stops before the last column that is not a flag.
    const reach = Math.max(-1, ...row.cells.keys());
    if (k === rows.length - 1 && lines.slice(to).every((l) => !l.trim()) && reach < band.columns.findLastIndex((c) => !('flag' in c.target))) grid.truncated = true;
  });
  return [{ grid }];
}

/** Line spans (1-based) of the rows: a numbered line and the unnumbered lines after it, up to a blank line. */
function rowsFrom(lines: string[], start: number): { from: number; to: number }[] {
  const rows: { from: number; to: number }[] = [];
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (ROW_START.test(line)) rows.push({ from: i + 1, to: i + 1 });
    else if (line.trim() && rows.length && rows.at(-1)!.to === i) rows.at(-1)!.to = i + 1;
    else if (line.trim() && rows.length) break;
  }
  return rows;
}
