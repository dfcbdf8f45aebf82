/**
 * Shared table decoding for every table-shaped source (XLSX, CSV, flattened text, HTML tables).
 * Build a CellGrid (merged cells filled with `filledFrom`), then call decodeGrid.
 */
export { cellText, isBlankRow, rowRawText, type Cell, type CellGrid } from './cell-grid.js';
export { CHECKED_GLYPHS, UNCHECKED_GLYPHS, decodeFlag, type FlagState } from './flag-glyphs.js';
export { findHeaderBands, isHeaderRow, readHeaderBand, type ColumnSpec, type ColumnTarget, type FlagGroup, type HeaderBand } from './header-band.js';
export { splitNumberedName, type NumberedName } from './numbered-name.js';
export { parseTitle, readTitleRow, type CatalogueTitle } from './title-row.js';
export { decodeRows, type RowsResult } from './decode-rows.js';
export { decodeGrid, type GridResult, type TableSummary } from './decode-grid.js';
