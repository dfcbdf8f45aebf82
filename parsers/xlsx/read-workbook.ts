/**
 * Bytes → one CellGrid per sheet, with merges filled. Never throws: size limits, non-zip bytes and
 * unreadable workbooks become error diagnostics and an empty result for this file only.
 */
import type * as XLSX from 'xlsx';
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import type { ParseLimits } from '../types.js';
import type { CellGrid } from '../shared/cell-grid.js';
import { isZip } from './zip-magic.js';
import { overUnzippedLimit } from './unzipped-size.js';
import { sheetGrid } from './sheet-grid.js';
import { loadSheetjs } from './sheetjs.js';

/** SheetJS options: cached values only (no formula text, no evaluation), no styles, dense rows. */
export const READ_OPTIONS: XLSX.ParsingOptions = {
  type: 'buffer',
  dense: true,
  cellFormula: false,
  cellHTML: false,
  cellStyles: false,
  cellDates: false,
  bookVBA: false,
  sheetStubs: false,
};

export async function readWorkbookGrids(bytes: Uint8Array, limits: ParseLimits, report: (d: DiagnosticInput) => void): Promise<CellGrid[]> {
  if (bytes.length > limits.maxBytes) {
    report({ ruleId: 'parse/xlsx-too-large', severity: 'error', actual: `${bytes.length} bytes`, expected: `at most ${limits.maxBytes} bytes`,
      message: 'Workbook is larger than the size limit and was not read. Raise the byte limit if the file is trusted.' });
    return [];
  }
  if (!isZip(bytes)) {
    report({ ruleId: 'parse/xlsx-not-zip', severity: 'error', message: 'File is not a zip container, so it is not an .xlsx workbook. Check the download or the file type.' });
    return [];
  }
  const bomb = overUnzippedLimit(bytes, limits.maxUnzippedBytes);
  if (bomb) {
    report({ ruleId: 'parse/xlsx-unzipped-limit', severity: 'error', place: bomb.entry, actual: `more than ${limits.maxUnzippedBytes} bytes unzipped`,
      expected: `at most ${limits.maxUnzippedBytes} bytes`,
      message: `Workbook inflates past the unzipped size limit (at part ${bomb.entry}): a zip bomb or a huge sheet; it was not read. Raise --max-unzipped-bytes if the file is trusted.` });
    return [];
  }
  const sheetjs = await loadSheetjs();
  let book: XLSX.WorkBook;
  try {
    book = sheetjs.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), READ_OPTIONS);
  } catch (error) {
    report({ ruleId: 'parse/xlsx-unreadable', severity: 'error', actual: error instanceof Error ? error.message : String(error),
      message: 'Workbook could not be read (truncated or corrupt zip, or not a spreadsheet). Download the file again.' });
    return [];
  }
  const grids: CellGrid[] = [];
  let budget = limits.maxCells;
  for (const name of book.SheetNames) {
    const sheet = book.Sheets[name];
    if (!sheet) continue;
    const read = sheetGrid(name, sheet, budget, sheetjs.utils.encode_col);
    budget -= read.cells;
    grids.push(read.grid);
    if (read.truncated) {
      report({ ruleId: 'parse/xlsx-cell-limit', severity: 'error', place: name, actual: `more than ${limits.maxCells} cells`,
        expected: `at most ${limits.maxCells} cells per workbook`,
        message: `Stopped reading at the cell limit in sheet ${name}; later cells and sheets were not read. Raise the cell limit if the file is trusted.` });
      break;
    }
  }
  return grids;
}
