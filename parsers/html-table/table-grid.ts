/**
 * A <table> → a rectangular grid of cells with rowspan/colspan expanded. A cell copied from a span keeps the place of
 * the cell it came from (`table 1 R3C2`), so a 一级事项 written once over five rows is traceable on each of them.
 */
import type { AnyNode, Element } from 'domhandler';
import { tablePlaces, type HtmlTable } from '../html-page.js';
import { PlacedCell } from '../shared/cell-grid.js';

/** Spans beyond these are markup errors or hostile input; they are clamped. */
const MAX_ROWSPAN = 1000;
const MAX_COLSPAN = 100;

const isTag = (n: AnyNode): n is Element => n.type === 'tag';

/** The table's own rows: direct, or through thead/tbody/tfoot; rows of nested tables are not the table's. */
export function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (!isTag(child)) continue;
    if (child.name === 'tr') rows.push(child);
    else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') {
      for (const r of child.children) if (isTag(r) && r.name === 'tr') rows.push(r);
    }
  }
  return rows;
}

function span(el: Element, name: string, max: number): number {
  const n = Number.parseInt(el.attribs[name] ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

/**
 * Cells a page's tables may expand to, spans and padding included, shared by its tables. Spans are clamped per cell,
 * but a few kilobytes of `rowspan="1000" colspan="100"` cells still expand to billions: the grid stops at the budget
 * and records where (`cut`), and the caller reports it.
 */
export interface CellBudget {
  cells: number;
  /** The first table and row that did not fit. */
  cut?: { table: number; row: number };
}

export function tableGrid(table: Element, index: number, cellText: (cell: Element) => string, budget: CellBudget = { cells: Infinity }): HtmlTable {
  const rows = ownRows(table);
  const grid: (PlacedCell | undefined)[][] = rows.map(() => []);
  const placeOf = tablePlaces(index);
  const available = budget.cells;
  let spent = 0;
  let kept = rows.length;
  fill: for (let r = 0; r < rows.length; r++) {
    let c = 0;
    for (const cell of rows[r]!.children) {
      if (!isTag(cell) || (cell.name !== 'td' && cell.name !== 'th')) continue;
      while (grid[r]![c]) c++;
      const rowspan = Math.min(span(cell, 'rowspan', MAX_ROWSPAN), rows.length - r);
      const colspan = span(cell, 'colspan', MAX_COLSPAN);
      if (spent + rowspan * colspan > available) {
        kept = r;
        break fill;
      }
      spent += rowspan * colspan;
      const origin = new PlacedCell(cellText(cell), placeOf, r, c);
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < colspan; dc++) grid[r + dr]![c + dc] = dr === 0 && dc === 0 ? origin : origin.copyAt(r + dr, c + dc);
      }
      c += colspan;
    }
  }
  grid.length = kept;
  // Not Math.max(...): a spread over every row overflows the call stack on a long table.
  let width = 0;
  for (const row of grid) if (row.length > width) width = row.length;
  // Short rows are padded to the width: that counts too.
  if (width > 0 && kept * width > available) kept = Math.floor(available / width);
  if (kept < rows.length) {
    grid.length = kept;
    budget.cut ??= { table: index, row: kept + 1 };
  }
  budget.cells = available - kept * width;
  const filled = grid.map((row, r) =>
    Array.from({ length: width }, (_, c) => row[c] ?? new PlacedCell('', placeOf, r, c)),
  );
  const line = (table as Element & { sourceCodeLocation?: { startLine: number } | null }).sourceCodeLocation?.startLine;
  return line === undefined ? { index, rows: filled } : { index, line, rows: filled };
}
