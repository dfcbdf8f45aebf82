/**
 * One worksheet → CellGrid, merged ranges filled. Reads the cells that exist (a sheet may declare A1:XFD1048576
 * and hold ten cells), then drops blank rows and columns so the grid is as small as the content.
 */
import * as XLSX from 'xlsx';
import type { Cell, CellGrid } from '../shared/cell-grid.js';

export interface SheetGridResult {
  grid: CellGrid;
  /** Cells read (own cells plus merge fills). */
  cells: number;
  /** True when the cell budget ran out before the sheet was read. */
  truncated: boolean;
}

/** Column letters are cached: every cell place needs one. */
const letters: string[] = [];
function columnLetters(c: number): string {
  return (letters[c] ??= XLSX.utils.encode_col(c));
}

function textOf(cell: XLSX.CellObject): string {
  // `w` is the formatted text SheetJS keeps; formulas contribute their cached value only (never evaluated).
  if (cell.w !== undefined) return cell.w;
  return cell.v === undefined || cell.v === null ? '' : String(cell.v);
}

export function sheetGrid(name: string, sheet: XLSX.WorkSheet, cellBudget: number): SheetGridResult {
  const data: XLSX.CellObject[][] = sheet['!data'] ?? [];
  const byRow = new Map<number, Map<number, Cell>>();
  let cells = 0;
  let truncated = false;
  let maxRow = -1;
  let maxCol = -1;
  // forEach skips holes, so a sparse row array costs its real cells, not its declared length.
  data.forEach((row, r) => {
    if (truncated || !row) return;
    row.forEach((cell, c) => {
      if (truncated || !cell) return;
      const text = textOf(cell);
      if (text === '') return;
      if (cells >= cellBudget) {
        truncated = true;
        return;
      }
      cells++;
      let line = byRow.get(r);
      if (!line) byRow.set(r, (line = new Map()));
      line.set(c, { text, place: `${name}!${columnLetters(c)}${r + 1}` });
      if (r > maxRow) maxRow = r;
      if (c > maxCol) maxCol = c;
    });
  });
  for (const m of sheet['!merges'] ?? []) {
    if (truncated) break;
    const origin = byRow.get(m.s.r)?.get(m.s.c);
    if (!origin) continue;
    // A hostile merge may span the whole sheet: only fill inside the area that holds cells.
    for (let r = m.s.r; r <= Math.min(m.e.r, maxRow); r++) {
      for (let c = m.s.c; c <= Math.min(m.e.c, maxCol); c++) {
        if (r === m.s.r && c === m.s.c) continue;
        if (cells >= cellBudget) {
          truncated = true;
          break;
        }
        cells++;
        let line = byRow.get(r);
        if (!line) byRow.set(r, (line = new Map()));
        line.set(c, { text: origin.text, place: `${name}!${columnLetters(c)}${r + 1}`, filledFrom: origin.place });
      }
    }
  }
  const rowIndexes = [...byRow.keys()].sort((a, b) => a - b);
  const colSet = new Set<number>();
  for (const line of byRow.values()) for (const c of line.keys()) colSet.add(c);
  const colIndexes = [...colSet].sort((a, b) => a - b);
  const colPos = new Map(colIndexes.map((c, i) => [c, i]));
  const first = columnLetters(colIndexes[0] ?? 0);
  const rows: (Cell | undefined)[][] = [];
  const rowPlaces: string[] = [];
  for (const r of rowIndexes) {
    const out: (Cell | undefined)[] = new Array(colIndexes.length);
    for (const [c, cell] of byRow.get(r)!) out[colPos.get(c)!] = cell;
    rows.push(out);
    rowPlaces.push(`${name}!${first}${r + 1}`);
  }
  return { grid: { name, rows, rowPlaces }, cells, truncated };
}
