/**
 * The shared table decoder: a cell grid in, DraftItems out, one table per header band.
 * XLSX sheets, CSV, text renderings and HTML tables all build a CellGrid and call decodeGrid.
 */
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import type { DraftItem } from '../../schemas/draft-item.js';
import type { CellGrid } from './cell-grid.js';
import { decodeRows, type PageFacts } from './decode-rows.js';
import { findHeaderBands, isHeaderRow, type HeaderBand } from './header-band.js';
import { readTitleRow, type CatalogueTitle } from './title-row.js';

export interface TableSummary {
  /** Place of the first header row. */
  place: string;
  band: HeaderBand;
  title?: CatalogueTitle;
  rowsSeen: number;
  items: number;
  rejected: number;
}

export interface GridResult {
  items: DraftItem[];
  tables: TableSummary[];
}

/** How far above a header band a title row may sit (blank rows are already dropped from XLSX grids). */
const TITLE_ROWS_ABOVE = 3;

/** True when the grid holds a catalogue header (a row of known labels that names the item), i.e. decodeGrid reads it. */
export function isCatalogueGrid(grid: CellGrid): boolean {
  return grid.rows.some((row) => isHeaderRow(row ?? []));
}

/** Decodes every table of the grid; `page` (title line, publisher, date of the page) goes on every item. */
export function decodeGrid(grid: CellGrid, report: (d: DiagnosticInput) => void, page: PageFacts = {}): GridResult {
  const bands = findHeaderBands(grid);
  const result: GridResult = { items: [], tables: [] };
  bands.forEach((band, i) => {
    const from = band.top + band.height;
    const next = bands[i + 1];
    let to = next ? next.top : grid.rows.length;
    const nextTitle = next ? findTitle(grid, next.top, from) : undefined;
    // The next table's title row belongs to the next table, not to this body.
    if (nextTitle) to = nextTitle.row;
    const title = findTitle(grid, band.top, i === 0 ? 0 : bands[i - 1]!.top + bands[i - 1]!.height);
    const rows = decodeRows(grid, band, { from, to }, title?.title, report, page);
    for (const item of rows.items) result.items.push(item);
    result.tables.push({
      place: grid.rowPlaces[band.top] ?? `row ${band.top + 1}`,
      band,
      ...(title ? { title: title.title } : {}),
      rowsSeen: rows.rowsSeen,
      items: rows.items.length,
      rejected: rows.rejected,
    });
  });
  return result;
}

function findTitle(grid: CellGrid, top: number, floor: number): { row: number; title: CatalogueTitle } | undefined {
  for (let r = top - 1; r >= Math.max(floor, top - TITLE_ROWS_ABOVE); r--) {
    const title = readTitleRow(grid.rows[r] ?? []);
    if (title) return { row: r, title };
  }
  return undefined;
}
