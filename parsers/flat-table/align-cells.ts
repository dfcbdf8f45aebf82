/**
 * Lines up a stream of body cells with the header's leaf columns when the rendering lost the row breaks and some
 * cells (row-spanned cells are missing, empty cells vanished, a multi-paragraph cell came out as several cells).
 *
 * Every way of cutting the stream into rows and giving each cell a column is scored, and the best one is kept
 * (dynamic programming over cells × columns): cells go left to right within a row; a cell scores by how well its shape
 * fits its column (a 《…》 citation in 公开依据, a time phrase in 公开时限, a tick in a flag column, a serial number in
 * 序号); skipping a column, starting a row anywhere but at a serial number, and gluing a cell to the one before cost
 * points. Upper levels missing from a row are the row-spanned ones: the row's name cells are pushed to the right
 * (`placeLeadCells`), so the decoder fills the upper levels from the row above.
 */
import type { ColumnSpec } from '../shared/header-band.js';
import { cellShape, isListItem, type CellShape } from './cell-shapes.js';
import type { Token } from './cell-tokens.js';

type Kind = 'code' | 'lead' | 'content' | 'basis' | 'clauses' | 'time' | 'channel' | 'unit' | 'flag' | 'text';

/** How well a cell of each shape fits a column of each kind; shapes not listed score DEFAULT_FIT. */
const FIT: Record<Kind, Partial<Record<CellShape, number>>> = {
  code: { serial: 6, empty: 0 },
  lead: { short: 2, unit: 1.5, long: -1, label: -2, serial: -3, time: -3, channel: -3, citation: -3, ditto: 0, empty: 0 },
  content: { long: 2, short: 1, label: 1, unit: 0.5, citation: 0, ditto: 1, time: -2, channel: -2, serial: -3, empty: 0 },
  basis: { citation: 4, ditto: 1, long: 0, short: -1, unit: -2, time: -4, channel: -4, serial: -3, empty: 0 },
  clauses: { long: 2, citation: 1, short: 0, label: 0, ditto: 1, unit: -1, time: -2, channel: -3, serial: -3, empty: 0 },
  time: { time: 5, ditto: 1, short: -1, long: -2, unit: -3, citation: -4, channel: -3, serial: -3, empty: 0 },
  channel: { channel: 5, ditto: 1, short: -1, unit: -1, long: -3, time: -3, citation: -4, tick: -2, serial: -3, empty: 0 },
  unit: { unit: 4, short: 1, ditto: 1, long: -2, time: -3, citation: -4, channel: -2, serial: -3, empty: 0 },
  flag: { tick: 3, empty: 1 },
  text: { label: 2, short: 0.5, long: 0.5, unit: 0.5, ditto: 0.5, citation: 0, time: 0, channel: 0, serial: -2, tick: -2, empty: 0 },
};
const DEFAULT_FIT = -6;
/** Cost of leaving a column of each kind without a cell in a row. */
const SKIP: Record<Kind, number> = {
  code: 1, lead: 0.3, content: 1.5, basis: 1, clauses: 0.8, time: 1, channel: 1, unit: 1, flag: 0.2, text: 0.5,
};
/** Kinds whose cell may come out as several cells (paragraphs of one cell). */
const MERGEABLE: ReadonlySet<Kind> = new Set(['content', 'basis', 'clauses', 'channel', 'text', 'unit', 'time']);
const MERGE_COST = 2;
/** 公开内容 is where a list of 要素 paragraphs goes: gluing a paragraph to it costs less. */
const CONTENT_MERGE_COST = 1;
const LIST_ITEM_BONUS = 1;
/** A cell that repeats the one before it (a caption cell rendered twice) is the same cell. */
const REPEAT_SCORE = 1.5;
/** An empty cell with no column of its own (padding of a vanished span). */
const DROP_COST = 0.3;
/** A row that does not start with a serial number, in a table that has a 序号 column. */
const UNNUMBERED_ROW = 8;
/** Any row start in a table without a 序号 column: keeps rows from being cut into pieces. */
const ROW_START = 1;
const MAX_COLUMNS = 60;

export interface AlignedRow {
  /** Tokens of each column (several when a cell came out as several paragraphs), by column index. */
  cells: Map<number, Token[]>;
  /** Index of the row's first and last token in the stream. */
  first: number;
  last: number;
}

export function columnKinds(columns: ColumnSpec[]): Kind[] {
  const firstBody = columns.findIndex((c) => 'field' in c.target && /^(content|basis|clauses|timeLimit|channels|responsible)$/.test(c.target.field));
  return columns.map((c, i) => {
    const t = c.target;
    if ('flag' in t) return 'flag';
    if ('extra' in t) return i < firstBody ? 'lead' : 'text';
    switch (t.field) {
      case 'code': return 'code';
      case 'level1': case 'level2': case 'level3': case 'name': case 'category': return 'lead';
      case 'content': return 'content';
      case 'basis': return 'basis';
      case 'clauses': return 'clauses';
      case 'timeLimit': return 'time';
      case 'channels': return 'channel';
      case 'responsible': return 'unit';
      default: return 'text';
    }
  });
}

const enum Move { Start, Advance, Merge, Drop }

export interface AlignOptions {
  /** The stream is cut off at its end (the end of the text): the last row owes nothing for the columns it did not reach. */
  open: boolean;
  /**
   * The tokens are the space-separated words of one row: no row breaks, and any cell but a serial number or a tick
   * may hold several words.
   */
  words?: boolean;
}

/** The best rows for `tokens` under `columns`. */
export function alignCells(tokens: Token[], columns: ColumnSpec[], { open, words = false }: AlignOptions): AlignedRow[] {
  const kinds = columnKinds(columns);
  const width = kinds.length;
  const n = tokens.length;
  // A header wider than any catalogue is no table to line up (and would make the alignment quadratic in its width).
  if (!n || !width || width > MAX_COLUMNS) return [];
  const hasCode = kinds.includes('code');
  if (!hasCode && cellShape(tokens[0]!.text) === 'serial') {
    // The first row's number under a header without a 序号 cell: the row starts after it.
    return alignCells(tokens.slice(1), columns, { open, words }).map((r) => ({ ...r, first: r.first + 1, last: r.last + 1 }));
  }
  const lastLead = Math.max(kinds.lastIndexOf('lead'), kinds.indexOf('code'), 0);
  const skipBefore = [0];
  for (const k of kinds) skipBefore.push(skipBefore.at(-1)! + SKIP[k]);
  const skip = (from: number, to: number) => (to > from ? skipBefore[to]! - skipBefore[from]! : 0);
  const shapes = tokens.map((t) => cellShape(t.text));
  const fit = (i: number, c: number) => FIT[kinds[c]!][shapes[i]!] ?? DEFAULT_FIT;
  const startCost = (i: number, c: number) =>
    skip(0, c) + (hasCode ? (kinds[c] === 'code' && shapes[i] === 'serial' ? 0 : UNNUMBERED_ROW) : ROW_START);

  const score = new Float64Array(n * width).fill(-Infinity);
  const from = new Int16Array(n * width);
  const move = new Int8Array(n * width);
  const set = (i: number, c: number, s: number, p: number, m: Move) => {
    if (s > score[i * width + c]!) {
      score[i * width + c] = s;
      from[i * width + c] = p;
      move[i * width + c] = m;
    }
  };
  for (let c = 0; c <= lastLead; c++) set(0, c, fit(0, c) - startCost(0, c), -1, Move.Start);
  for (let i = 1; i < n; i++) {
    // The best row to close before a new one starts at token i.
    let closed = -Infinity;
    let closedAt = -1;
    for (let p = 0; p < width; p++) {
      const s = score[(i - 1) * width + p]! - skip(p + 1, width);
      if (s > closed) {
        closed = s;
        closedAt = p;
      }
    }
    for (let c = 0; c < width; c++) {
      if (!words) set(i, c, closed + fit(i, c) - startCost(i, c), closedAt, Move.Start);
      const here = score[(i - 1) * width + c]!;
      if (here === -Infinity) continue;
      if (shapes[i] === 'empty') set(i, c, here - DROP_COST, c, Move.Drop);
      // Row numbers under a header without a 序号 cell have no column: they are dropped, never read as a name.
      if (shapes[i] === 'serial' && !hasCode) set(i, c, here, c, Move.Drop);
      if (tokens[i]!.text === tokens[i - 1]!.text && shapes[i] !== 'empty') set(i, c, here + REPEAT_SCORE, c, Move.Merge);
      else if ((MERGEABLE.has(kinds[c]!) || (words && kinds[c] === 'lead')) && shapes[i] !== 'empty') {
        const bonus = isListItem(tokens[i]!.text) && kinds[c] !== 'channel' ? LIST_ITEM_BONUS : 0;
        const cost = kinds[c] === 'content' ? CONTENT_MERGE_COST : MERGE_COST;
        set(i, c, here - cost + Math.max(0, fit(i, c)) / 2 + bonus, c, Move.Merge);
      }
      for (let q = c + 1; q < width; q++) set(i, q, here - skip(c + 1, q) + fit(i, q), c, Move.Advance);
    }
  }
  let end = 0;
  for (let c = 1; c < width; c++) {
    const tail = (s: number, col: number) => s - (open ? 0 : skip(col + 1, width));
    if (tail(score[(n - 1) * width + c]!, c) > tail(score[(n - 1) * width + end]!, end)) end = c;
  }
  return backtrack(tokens, from, move, width, end);
}

function backtrack(tokens: Token[], from: Int16Array, move: Int8Array, width: number, end: number): AlignedRow[] {
  const rows: AlignedRow[] = [];
  let row: AlignedRow = { cells: new Map(), first: 0, last: tokens.length - 1 };
  let c = end;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const m = move[i * width + c]! as Move;
    const p = from[i * width + c]!;
    // A repeated cell is kept once: the copy before it is added next.
    if (m !== Move.Drop && !(m === Move.Merge && tokens[i]!.text === tokens[i - 1]?.text)) {
      const list = row.cells.get(c) ?? [];
      list.unshift(tokens[i]!);
      row.cells.set(c, list);
    }
    if (m === Move.Start) {
      row.first = i;
      rows.unshift(row);
      row = { cells: new Map(), first: 0, last: i - 1 };
    }
    c = p;
  }
  return rows;
}

/**
 * A row with fewer name cells (一级/二级/三级事项 and the unlabelled columns before them) than the row above lost its
 * upper ones to row spans: its cells end where the row above's ended, and the decoder carries the upper levels down.
 * A row with as many or more starts at the first name column.
 */
export function placeLeadCells(rows: AlignedRow[], columns: ColumnSpec[]): void {
  const kinds = columnKinds(columns);
  const block: number[] = [];
  for (let c = 0; c < kinds.length; c++) {
    if (kinds[c] === 'lead') block.push(c);
    else if (block.length) break;
  }
  if (block.length < 2) return;
  let previousEnd = -1;
  for (const row of rows) {
    const own = block.filter((c) => row.cells.has(c));
    if (!own.length) continue;
    const start = own.length > previousEnd ? 0 : previousEnd - own.length + 1;
    const moved = own.map((c) => row.cells.get(c)!);
    for (const c of own) row.cells.delete(c);
    moved.forEach((cell, k) => row.cells.set(block[start + k]!, cell));
    previousEnd = start + own.length - 1;
  }
}
