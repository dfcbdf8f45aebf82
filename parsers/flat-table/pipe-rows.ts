/**
 * Pipe tables (`| 序号 | 公开事项 | | … |`), one table row per line; a `|---|` rule line is skipped. Each block of
 * consecutive pipe lines becomes one CellGrid; a title line just above the block becomes its first row.
 */
import type { Cell, CellGrid } from '../shared/cell-grid.js';
import { readTitleRow } from '../shared/title-row.js';

const PIPE_ROW = /^\s*\|.*\|\s*$/;
const RULE_ROW = /^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*$/;

export function isPipeRow(line: string): boolean {
  return PIPE_ROW.test(line) && (line.match(/\|/g)?.length ?? 0) >= 3;
}

export function pipeCells(line: string): string[] {
  return line.trim().slice(1, -1).split('|').map((c) => c.trim());
}

export function pipeGrids(lines: string[], name: string): CellGrid[] {
  const grids: CellGrid[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isPipeRow(lines[i]!)) {
      i++;
      continue;
    }
    const grid: CellGrid = { name, rows: [], rowPlaces: [] };
    const title = titleAbove(lines, i);
    if (title) {
      grid.rows.push([title.cell]);
      grid.rowPlaces.push(title.cell.place);
    }
    for (; i < lines.length && isPipeRow(lines[i]!); i++) {
      if (RULE_ROW.test(lines[i]!)) continue;
      const line = `L${i + 1}`;
      grid.rows.push(pipeCells(lines[i]!).map((text, c): Cell => ({ text, place: `${line} col ${c + 1}` })));
      grid.rowPlaces.push(line);
    }
    grids.push(grid);
  }
  return grids;
}

/** The nearest non-blank line above a block, when it reads as a catalogue title. */
function titleAbove(lines: string[], start: number): { cell: Cell } | undefined {
  for (let k = start - 1; k >= 0 && k >= start - 3; k--) {
    const text = lines[k]!.trim();
    if (!text) continue;
    const cell: Cell = { text, place: `L${k + 1}` };
    return readTitleRow([cell]) ? { cell } : undefined;
  }
  return undefined;
}
