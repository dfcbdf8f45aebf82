/**
 * The generic cell grid every table-shaped source is turned into (XLSX sheets, CSV records, text renderings,
 * HTML tables), so that one header/flag decoder serves them all.
 */

/** One cell of a table. */
export interface Cell {
  /** Text as shown (cached value for formulas), untrimmed. */
  text: string;
  /** Where the cell is: `Sheet1!B7`, `record 3 field 2`, `L12`. */
  place: string;
  /** Set when the text was copied into this position from another cell (merged range, row span): its place. */
  filledFrom?: string;
}

/** How a grid names its positions (`Sheet1!B7`, `table 1 R3C2`); rows and columns 0-based. */
export type PlaceOf = (row: number, col: number) => string;

/**
 * A cell of a grid that may hold millions of positions (a sheet, a table with its spans expanded): it holds its row
 * and column as numbers and makes its place string only when asked, since most places are never read and a string
 * per position cost more than the cell itself.
 */
export class PlacedCell implements Cell {
  /** `origin`: the cell this position was filled from by a merge or span (its own origin when it is a copy). */
  constructor(readonly text: string, private readonly placeOf: PlaceOf, private readonly row: number, private readonly col: number,
    private readonly origin?: PlacedCell) {}

  get place(): string {
    return this.placeOf(this.row, this.col);
  }

  get filledFrom(): string | undefined {
    return this.origin?.place;
  }

  /** This cell's text copied to another position of the same grid. */
  copyAt(row: number, col: number): PlacedCell {
    return new PlacedCell(this.text, this.placeOf, row, col, this.origin ?? this);
  }
}

/** A rectangular-ish table: rows of cells, aligned by column index. Rows may be shorter than others. */
export interface CellGrid {
  /** Name for messages (`Sheet1`, `record`, file path). */
  name: string;
  rows: (Cell | undefined)[][];
  /** Place of each row as an item place (`Sheet1!A7`, `record 7`, `L7-L20`), same length as rows. */
  rowPlaces: string[];
  /**
   * True for text renderings that drop merged cells and move empty cells to the end of a row, so a row's cells may
   * not sit under their columns (pipe rows, one cell per line). Spreadsheets and HTML tables keep every position.
   */
  cellsMayShift?: boolean;
  /** True when the text ends inside the last row (an excerpt cut mid-row): that row is kept and flagged. */
  truncated?: boolean;
}

/** Text of a cell, trimmed; '' for a missing cell. */
export function cellText(cell: Cell | undefined): string {
  return cell ? cell.text.trim() : '';
}

/** A row's own text (cells not filled from elsewhere), for blank-row checks and rejected-row reports. */
export function rowRawText(row: (Cell | undefined)[]): string {
  return row
    .map((c) => cellText(c))
    .join(' | ')
    .replace(/(?:\s\|\s)+$/, '');
}

/** True when no cell of the row has text of its own (only empty or filled-in cells). */
export function isBlankRow(row: (Cell | undefined)[]): boolean {
  return row.every((c) => !c || c.filledFrom !== undefined || cellText(c) === '');
}

/** A grid from rows of cells (an HTML table with its spans expanded, a sheet), each row placed by `rowPlace`. */
export function cellGridOf(name: string, rows: (Cell | undefined)[][], rowPlace: (row: number) => string): CellGrid {
  return { name, rows, rowPlaces: rows.map((_, r) => rowPlace(r)) };
}
