/**
 * What both Word readers (.docx and .doc) give: the document body as blocks in reading order — paragraphs and tables —
 * and the one step that expands a table's merged cells into a grid. A merged cell is written once by Word (the first
 * cell of a `gridSpan`, the `restart` cell of a `vMerge`); every position it covers gets its text, and the copies keep
 * the place of the cell they came from (`filledFrom`), as HTML rowspan/colspan do.
 */
import { tablePlaces, type HtmlTable } from '../../parsers/html-page.js';
import { PlacedCell } from '../../parsers/shared/cell-grid.js';

export interface WordParagraph {
  kind: 'paragraph';
  /** The paragraph's text; a line break inside it (Shift+Enter) is '\n'. */
  text: string;
  /** Styled as a title or heading (or given an outline level). */
  heading?: boolean;
  /** Centred: how a document's title is usually set. */
  centered?: boolean;
}

export interface WordCell {
  /** The cell's content: its paragraphs, and tables nested in it. */
  blocks: WordBlock[];
  /** Grid columns the cell spans (w:gridSpan); 1 when not merged across. */
  span: number;
  /** w:vMerge: the first cell of a merged run down a column, or one merged into the cell above. */
  vMerge?: 'restart' | 'continue';
  /** Merged into the cell to its left (.doc horizontal merges keep a mark for every merged cell). */
  hMerge?: boolean;
}

export interface WordTable {
  kind: 'table';
  rows: WordCell[][];
}

export type WordBlock = WordParagraph | WordTable;

/** Word tables have at most 63 columns; a larger span is a damaged or hostile file and is clamped. */
export const MAX_SPAN = 64;

/** Cells all tables of a document may expand to, shared by its tables; `cut` records the first row that did not fit. */
export interface CellBudget {
  cells: number;
  cut?: { table: number; row: number };
}

/** A cell's text: its paragraphs joined by '\n' (tables nested in it: their rows as `cell | cell` lines). */
export function cellText(cell: WordCell): string {
  return blockLines(cell.blocks).join('\n');
}

/** Lines of blocks as a reader sees them: a paragraph's lines, a table's rows as `cell | cell` (cells on one line). */
export function blockLines(blocks: readonly WordBlock[]): string[] {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      for (const line of block.text.split('\n')) if (line.trim() !== '') lines.push(line.trim());
    } else {
      for (const row of block.rows) {
        const cells = row.filter((c) => c.vMerge !== 'continue' && !c.hMerge).map((c) => cellText(c).replace(/\n/g, ' '));
        if (cells.some((c) => c !== '')) lines.push(cells.join(' | '));
      }
    }
  }
  return lines;
}

/** A table holds another table: Word users lay out pages with such tables, and only the inner ones are data. */
export function holdsTable(table: WordTable): boolean {
  return table.rows.some((row) => row.some((cell) => cell.blocks.some((b) => b.kind === 'table')));
}

/**
 * The table as a rectangular grid (`table 2 R3C4` places), spans expanded, stopping at the budget. A `continue` cell
 * takes the text of the cell above it (itself possibly a copy, whose origin it keeps); one with nothing above is empty.
 */
export function wordGrid(table: WordTable, index: number, budget: CellBudget): HtmlTable {
  const available = budget.cells;
  const grid: PlacedCell[][] = [];
  const placeOf = tablePlaces(index);
  let spent = 0;
  for (let r = 0; r < table.rows.length; r++) {
    const row: PlacedCell[] = [];
    for (const cell of table.rows[r]!) {
      const span = Math.min(Math.max(1, Math.floor(cell.span) || 1), MAX_SPAN);
      const c = row.length;
      const above = r > 0 ? grid[r - 1]![c] : undefined;
      const left = c > 0 ? row[c - 1] : undefined;
      const origin = cell.vMerge === 'continue' ? above : cell.hMerge ? left : undefined;
      const first = origin ? origin.copyAt(r, c) : new PlacedCell(cellText(cell), placeOf, r, c);
      row.push(first);
      for (let k = 1; k < span; k++) row.push(first.copyAt(r, c + k));
      if (spent + row.length > available) break;
    }
    if (spent + row.length > available) break;
    spent += row.length;
    grid.push(row);
  }
  let width = 0;
  for (const row of grid) if (row.length > width) width = row.length;
  // Short rows are padded to the width: that counts too.
  let kept = grid.length;
  if (width > 0 && kept * width > available) kept = Math.floor(available / width);
  if (kept < table.rows.length) {
    grid.length = kept;
    budget.cut ??= { table: index, row: kept + 1 };
  }
  budget.cells = available - kept * width;
  const rows = grid.map((row, r) => {
    for (let c = row.length; c < width; c++) row.push(new PlacedCell('', placeOf, r, c));
    return row;
  });
  return { index, rows };
}
