/**
 * One worksheet → CellGrid, merged ranges filled. Reads the cells that exist (a sheet may declare A1:XFD1048576
 * and hold ten cells), then drops blank rows and columns so the grid is as small as the content.
 * This is the hot path of a large workbook: plain arrays, and cell places built only when asked for.
 */
import type * as XLSX from 'xlsx';
import { PlacedCell, type Cell, type CellGrid } from '../shared/cell-grid.js';

export interface SheetGridResult {
  grid: CellGrid;
  /** Cells read (own cells plus merge fills). */
  cells: number;
  /** True when the cell budget ran out before the sheet was read. */
  truncated: boolean;
}

/** Column letters, filled by sheetGrid up to the widest column it returns: every cell place needs one. */
const letters: string[] = [];

function textOf(cell: XLSX.CellObject): string {
  // `w` is the formatted text SheetJS keeps; formulas contribute their cached value only (never evaluated).
  if (cell.w !== undefined) return cell.w;
  return cell.v === undefined || cell.v === null ? '' : String(cell.v);
}

/**
 * The columns of `row` that hold something, in order. A row with one far-right cell (column XFD) is 16,384 long and
 * nearly all holes: walking its length for every row made a sparse sheet quadratic, so long rows are walked by key.
 */
function* columns<T>(row: readonly (T | undefined)[]): Generator<number> {
  if (row.length <= 256) {
    for (let c = 0; c < row.length; c++) if (row[c]) yield c;
    return;
  }
  for (const key in row) if (row[Number(key)]) yield Number(key);
}

/** `encodeCol` is SheetJS's column-letter function (0 → A), passed in because SheetJS is loaded on first use. */
export function sheetGrid(name: string, sheet: XLSX.WorkSheet, cellBudget: number, encodeCol: (c: number) => string): SheetGridResult {
  const data: XLSX.CellObject[][] = sheet['!data'] ?? [];
  // Indexed by sheet row, then sheet column; holes where there is nothing.
  const byRow: PlacedCell[][] = [];
  const placeOf = (r: number, c: number) => `${name}!${letters[c]}${r + 1}`;
  let cells = 0;
  let truncated = false;
  let maxCol = -1;
  read: for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (!row) continue;
    for (const c of columns(row)) {
      const cell = row[c]!;
      const text = textOf(cell);
      if (text === '') continue;
      if (cells >= cellBudget) {
        truncated = true;
        break read;
      }
      cells++;
      (byRow[r] ??= [])[c] = new PlacedCell(text, placeOf, r, c);
      if (c > maxCol) maxCol = c;
    }
  }
  for (let c = letters.length; c <= maxCol; c++) letters[c] = encodeCol(c);
  const maxRow = byRow.length - 1;
  for (const m of truncated ? [] : (sheet['!merges'] ?? [])) {
    const origin = byRow[m.s.r]?.[m.s.c];
    if (!origin) continue;
    // A hostile merge may span the whole sheet: only fill inside the area that holds cells.
    for (let r = m.s.r; r <= Math.min(m.e.r, maxRow) && !truncated; r++) {
      for (let c = m.s.c; c <= Math.min(m.e.c, maxCol); c++) {
        if (r === m.s.r && c === m.s.c) continue;
        if (cells >= cellBudget) {
          truncated = true;
          break;
        }
        cells++;
        (byRow[r] ??= [])[c] = origin.copyAt(r, c);
      }
    }
  }
  return { grid: compact(name, byRow, maxCol), cells, truncated };
}

/** Drops blank rows and columns; rows keep their sheet row number in rowPlaces. */
function compact(name: string, byRow: PlacedCell[][], maxCol: number): CellGrid {
  const used = new Uint8Array(maxCol + 1);
  for (const row of byRow) if (row) for (const c of columns(row)) used[c] = 1;
  const position = new Int32Array(maxCol + 1);
  let width = 0;
  for (let c = 0; c <= maxCol; c++) position[c] = used[c] ? width++ : -1;
  const first = letters[Math.max(0, used.indexOf(1))] ?? 'A';
  const identity = width === maxCol + 1;
  const rows: (Cell | undefined)[][] = [];
  const rowPlaces: string[] = [];
  for (let r = 0; r < byRow.length; r++) {
    const row = byRow[r];
    if (!row) continue;
    let out: (Cell | undefined)[] = row;
    if (!identity) {
      out = new Array(width);
      for (const c of columns(row)) out[position[c]!] = row[c];
    }
    rows.push(out);
    rowPlaces.push(`${name}!${first}${r + 1}`);
  }
  return { name, rows, rowPlaces };
}
