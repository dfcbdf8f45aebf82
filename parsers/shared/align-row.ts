/**
 * Puts a body row's cells back under their columns when a rendering dropped merged cells (a row-spanned 一级事项,
 * 公开依据 or 序号 is written once, on the first row of its span) and moved the empty cells to the end of the row.
 * The cells keep their order; which columns are missing is decided from what the cells hold (cell-shape.ts): a tick
 * goes to a flag column, a 《…》 citation to 公开依据, a time phrase to 公开时限, a channel list to 公开渠道, a number
 * to 序号. The best placement is found by dynamic programming over (cell, column) pairs.
 */
import { cellText, type Cell } from './cell-grid.js';
import { cellShape, columnKind, fit, type CellShape, type ColumnKind } from './cell-shape.js';
import type { ColumnSpec } from './header-band.js';

/** A fit this bad means the cell is not in its column: a tick under a name, a number under a level. */
const CONFLICT = -1.5;
/** Rows with more cells than this many per column are not realigned (the search grows with cells × columns). */
const MAX_CELLS_PER_COLUMN = 3;
/** A new placement must beat the printed one by this much, so that rows that read fine are left alone. */
const MARGIN = 0.2;

/**
 * What leaving a column empty costs: key columns are rarely empty, merged ones often are. Levels are free to leave
 * when the table has several (upper ones come from the row above), but a table's one name column is always filled.
 */
function skipCosts(kinds: ColumnKind[]): number[] {
  const levels = kinds.filter((k) => k === 'level').length;
  return kinds.map((kind) => {
    if (kind === 'level') return levels > 1 ? 0 : 2;
    if (kind === 'flag' || kind === 'code') return 0;
    if (kind === 'content') return 1;
    return 0.5;
  });
}

export interface Alignment {
  /** The row's cells by band column (index in band.columns). */
  cells: (Cell | undefined)[];
  /** True when the cells were moved from where the row printed them. */
  moved: boolean;
  /** True when cells that a stray `|` split were joined back. */
  joined?: boolean;
  /** A number in the row's first cell under a header without a 序号 column: the row's 序号. */
  code?: Cell;
}

/** The printed placement, or a better one when the row reads wrong as printed. */
export function alignRow(row: (Cell | undefined)[], columns: ColumnSpec[]): Alignment {
  const kinds = columns.map((c) => columnKind(c.target));
  const printed = columns.map((c) => row[c.col]);
  const own = ownCells(row);
  // A header without 序号 over rows that start with a number: the number is the row's 序号, not its first column.
  const code = !kinds.includes('code') && own.length > 0 && shapeOf(own[0]!.cell) === 'number' ? own.shift()!.cell : undefined;
  if (code) {
    const rest = alignRow(row.map((c) => (c === code ? undefined : c)), columns);
    return { ...rest, moved: true, code };
  }
  const bandWidth = columns.length;
  // Cells printed beyond the header's last column, or a full row: nothing was dropped.
  const overflow = own.some((o) => o.col > (columns.at(-1)?.col ?? -1));
  const skips = skipCosts(kinds);
  const bonus = firstOfGroup(columns);
  const printedScore = score(printed, kinds, skips, bonus);
  const conflicts = printed.some((cell, i) => cell && !cell.filledFrom && fit(shapeOf(cell), kinds[i]!) <= CONFLICT);
  // A row printed with fewer cells than the header dropped some; one printed full width (empty cells in place, or
  // padded at the end) is only moved when a cell is out of place.
  const short = own.length < bandWidth && row.length <= (columns.at(-1)?.col ?? 0);
  if (!overflow && !conflicts && !short) return { cells: printed, moved: false };
  // Nothing to place, or far more cells than columns (not a row, or hostile input): leave the row as printed.
  if (own.length === 0 || own.length > MAX_CELLS_PER_COLUMN * bandWidth) return { cells: printed, moved: false };
  const best = place(own.map((o) => o.cell), kinds, skips, bonus);
  if (!overflow && best.score < printedScore + MARGIN) return { cells: printed, moved: false };
  const cells: (Cell | undefined)[] = new Array(bandWidth).fill(undefined);
  let joined = false;
  best.columns.forEach((col, k) => {
    const cell = own[k]!.cell;
    const before = cells[col];
    // A cell that a stray `|` split is put back together, `|` and all, and keeps the place of its first part.
    cells[col] = before ? { text: `${before.text}|${cell.text}`, place: before.place } : cell;
    joined ||= !!before;
  });
  return joined ? { cells, moved: true, joined } : { cells, moved: true };
}

/**
 * Ticks whose empty neighbours were moved to the end of the row cannot say which column of their group they were in;
 * the usual reading is the group's first column (全社会, 主动, the first level), so that column gets a small bonus.
 */
function firstOfGroup(columns: ColumnSpec[]): number[] {
  const seen = new Set<string>();
  return columns.map((c) => {
    if (!('flag' in c.target) || seen.has(c.target.flag)) return 0;
    seen.add(c.target.flag);
    return 0.25;
  });
}

function shapeOf(cell: Cell): CellShape {
  return cellShape(cell.text);
}

function ownCells(row: (Cell | undefined)[]): { col: number; cell: Cell }[] {
  const out: { col: number; cell: Cell }[] = [];
  row.forEach((cell, col) => {
    if (cell && !cell.filledFrom && cellText(cell) !== '') out.push({ col, cell });
  });
  return out;
}

function score(cells: (Cell | undefined)[], kinds: ColumnKind[], skips: number[], bonus: number[]): number {
  let total = 0;
  cells.forEach((cell, i) => {
    if (!cell || !cellText(cell)) total -= skips[i]!;
    else total += fit(shapeOf(cell), kinds[i]!) + (shapeOf(cell) === 'flag' ? bonus[i]! : 0);
  });
  return total;
}

/**
 * What joining a cell to the one before it in the same column costs: a stray `|` inside a cell split it in two.
 * Prose columns are where a stray `|` hides; a name, a number or a tick is never glued together.
 */
function joinCost(kind: ColumnKind): number {
  if (kind === 'content' || kind === 'clauses' || kind === 'basis' || kind === 'extra') return 1.5;
  if (kind === 'level' || kind === 'code' || kind === 'flag') return Infinity;
  return 4;
}

/**
 * Best order-keeping placement of `cells` into columns. placed[i][j]: best score of the first i cells with cell i-1 in
 * column j-1; best[i][j]: best score of the first i cells in the first j columns. A cell may join the cell before it
 * in the same column (a `|` inside a cell split it), so a row with more cells than columns still has a placement.
 */
function place(cells: Cell[], kinds: ColumnKind[], skips: number[], bonus: number[]): { score: number; columns: number[] } {
  const n = cells.length;
  const m = kinds.length;
  const shapes = cells.map(shapeOf);
  const grid = () => Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-Infinity));
  const placed = grid();
  const best = grid();
  const joinedHere: boolean[][] = Array.from({ length: n + 1 }, () => new Array<boolean>(m + 1).fill(false));
  best[0]![0] = 0;
  for (let j = 1; j <= m; j++) best[0]![j] = best[0]![j - 1]! - skips[j - 1]!;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const fresh = best[i - 1]![j - 1]! + fit(shapes[i - 1]!, kinds[j - 1]!) + (shapes[i - 1] === 'flag' ? bonus[j - 1]! : 0);
      const join = i > 1 ? placed[i - 1]![j]! - joinCost(kinds[j - 1]!) : -Infinity;
      placed[i]![j] = Math.max(fresh, join);
      joinedHere[i]![j] = join > fresh;
      // Ties go to skipping: walking back from the right, a cell then lands in the leftmost column it fits, as printed.
      const skip = best[i]![j - 1]! - skips[j - 1]!;
      best[i]![j] = Math.max(placed[i]![j]!, skip);
    }
  }
  const columns: number[] = new Array<number>(n);
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    if (best[i]![j] === placed[i]![j] && placed[i]![j]! > best[i]![j - 1]! - skips[j - 1]!) {
      // Cell i-1 is in column j-1; so are the cells joined to it.
      while (i > 0) {
        columns[i - 1] = j - 1;
        const joined = joinedHere[i]![j];
        i--;
        if (!joined) break;
      }
      j--;
    } else j--;
  }
  return { score: best[n]![m]!, columns };
}
