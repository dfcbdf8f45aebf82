/**
 * Shared table decoding for every table-shaped source (XLSX, CSV, flattened text, HTML tables).
 * Build a CellGrid (merged cells filled with `filledFrom`), then call decodeGrid.
 */
export { cellText, isBlankRow, rowRawText, type Cell, type CellGrid } from './cell-grid.js';
export { CHECKED_GLYPHS, UNCHECKED_GLYPHS, decodeFlag, isFlagGlyph, type FlagState } from './flag-glyphs.js';
export { findHeaderBands, isHeaderRow, readHeaderBand, type ColumnSpec, type ColumnTarget, type FlagGroup, type HeaderBand } from './header-band.js';
export { splitNumberedName, type NumberedName } from './numbered-name.js';
export { parseTitle, readTitleRow, type CatalogueTitle } from './title-row.js';
export { decodeRows, type PageFacts, type RowsResult } from './decode-rows.js';
export { decodeGrid, isCatalogueGrid, type GridResult, type TableSummary } from './decode-grid.js';
export { alignRow } from './align-row.js';
export { badNameReason, cellShape, columnKind, fit, looksLikeChannelList, looksLikeTimePhrase, type BadName, type CellShape, type ColumnKind } from './cell-shape.js';
