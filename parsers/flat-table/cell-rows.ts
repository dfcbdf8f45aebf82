/**
 * Rebuilds rows from cell-per-line tokens. The column count is not written anywhere, so it is inferred per table:
 * each candidate width is scored by how well the header band maps and how clean the first body rows read
 * (flag columns holding only tick/box glyphs, 序号 holding numbers, names not being header labels).
 */
import { matchLabel } from '../../schemas/field-labels.js';
import type { Cell, CellGrid } from '../shared/cell-grid.js';
import { decodeFlag } from '../shared/flag-glyphs.js';
import { isHeaderRow, readHeaderBand } from '../shared/header-band.js';
import { readTitleRow } from '../shared/title-row.js';
import type { Token } from './cell-tokens.js';

const MIN_WIDTH = 3;
const MAX_WIDTH = 40;
/** Body rows scored per candidate width. */
const SAMPLE_ROWS = 8;

function toCell(t: Token): Cell {
  return { text: t.text, place: t.from === t.to ? `L${t.from}` : `L${t.from}-L${t.to}` };
}

function chunk(tokens: Token[], width: number): Token[][] {
  const rows: Token[][] = [];
  for (let i = 0; i < tokens.length; i += width) rows.push(tokens.slice(i, i + width));
  return rows;
}

function gridOf(rows: Token[][], name: string): CellGrid {
  return {
    name,
    rows: rows.map((r) => r.map(toCell)),
    rowPlaces: rows.map((r) => {
      const from = r[0]!.from;
      const to = r[r.length - 1]!.to;
      return from === to ? `L${from}` : `L${from}-L${to}`;
    }),
  };
}

function scoreWidth(tokens: Token[], width: number): number {
  const grid = gridOf(chunk(tokens.slice(0, width * (SAMPLE_ROWS + 2)), width), '');
  if (!isHeaderRow(grid.rows[0]!)) return -Infinity;
  const band = readHeaderBand(grid, 0);
  let score = 0;
  for (const spec of band.columns) score += 'extra' in spec.target ? -1 : 2;
  const body = grid.rows.slice(band.height).filter((r) => r.length === width);
  for (const row of body) {
    for (const spec of band.columns) {
      const text = row[spec.col]?.text.trim() ?? '';
      const t = spec.target;
      if ('flag' in t) score += decodeFlag(text) === 'unknown' ? -2 : 1;
      else if ('field' in t && t.field === 'code') score += /^(?:\d+(?:\.\d+)*)?$/.test(text) ? 0.5 : -1;
      else if (text && matchLabel(text)) score -= 1;
    }
  }
  // Per column: a multiple of the true width repeats its pattern (two items per row) and would otherwise win on size.
  return score / width;
}

export function bestWidth(tokens: Token[]): number {
  let best = { width: 0, score: -Infinity };
  for (let w = MIN_WIDTH; w <= Math.min(MAX_WIDTH, tokens.length); w++) {
    const score = scoreWidth(tokens, w);
    if (score > best.score) best = { width: w, score };
  }
  return best.width;
}

/** First token index ≥ from where a header band starts: a label with two more (one naming the item) close behind. */
function nextHeaderStart(tokens: Token[], from: number): number | undefined {
  for (let i = from; i < tokens.length; i++) {
    if (!tokens[i]!.text || !matchLabel(tokens[i]!.text)) continue;
    const window = tokens.slice(i, i + 8).filter((t) => t.text).map((t) => t.text);
    if (isHeaderRow(window.map((text) => ({ text, place: '' })))) return i;
  }
  return undefined;
}

/** Start of the title cell (and its blank padding) right before a header, or the header itself. */
function titleStart(tokens: Token[], header: number, floor: number): number {
  let k = header - 1;
  while (k >= floor && !tokens[k]!.text) k--;
  return k >= floor && readTitleRow([toCell(tokens[k]!)]) ? k : header;
}

export interface CellTables {
  grids: CellGrid[];
  /** Tokens at the end of a table that do not fill a row: reported by the caller. */
  partialRows: Token[][];
}

export function cellRowGrids(tokens: Token[], name: string): CellTables {
  const out: CellTables = { grids: [], partialRows: [] };
  let start = nextHeaderStart(tokens, 0);
  let floor = 0;
  while (start !== undefined) {
    const width = bestWidth(tokens.slice(start));
    if (!width) break;
    const height = readHeaderBand(gridOf(chunk(tokens.slice(start, start + 2 * width), width), name), 0).height;
    // The next table starts after this one's header band; its title cell ends this table's body.
    const next = nextHeaderStart(tokens, start + height * width);
    const end = next === undefined ? tokens.length : titleStart(tokens, next, start + height * width);
    const title = titleStart(tokens, start, floor);
    const rows = chunk(tokens.slice(start, end), width);
    // Trailing blanks are the padding of the last row or of the next title row: not a row of their own.
    const last = rows[rows.length - 1];
    if (last && last.length < width) {
      rows.pop();
      if (last.some((t) => t.text)) out.partialRows.push(last);
    }
    const grid = gridOf(rows, name);
    if (title < start) {
      grid.rows.unshift([toCell(tokens[title]!)]);
      grid.rowPlaces.unshift(`L${tokens[title]!.from}`);
    }
    out.grids.push(grid);
    floor = end;
    start = next;
  }
  return out;
}
