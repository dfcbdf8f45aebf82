/**
 * Bytes → one CellGrid per sheet, with merges filled. Never throws: size limits, non-zip bytes and
 * unreadable workbooks become error diagnostics and an empty result for this file only; a sheet that cannot be read
 * is named in a diagnostic, never skipped in silence.
 */
import type * as XLSX from 'xlsx';
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import type { ParseLimits } from '../types.js';
import type { CellGrid } from '../shared/cell-grid.js';
import { isZip } from './zip-magic.js';
import { workbookFormat, type WorkbookFormat } from './workbook-format.js';
import { budgetZipParts, isEncryptedError, openCompound, openFlatOds, reportCut, reportTruncated } from './open-workbook.js';
import { unzip, type ZipPart } from './unzip.js';
import { prepareSheets, repairSharedStrings, sheetNamesByPart, sheetPartBounds } from './sheet-parts.js';
import { sheetGrid } from './sheet-grid.js';
import { loadSheetjs, type SheetJS } from './sheetjs.js';

type Report = (d: DiagnosticInput) => void;

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

export async function readWorkbookGrids(bytes: Uint8Array, limits: ParseLimits, report: Report): Promise<CellGrid[]> {
  if (bytes.length > limits.maxBytes) {
    report({ ruleId: 'parse/xlsx-too-large', severity: 'error', actual: `${bytes.length} bytes`, expected: `at most ${limits.maxBytes} bytes`,
      message: 'Workbook is larger than the size limit and was not read. Raise the byte limit if the file is trusted.' });
    return [];
  }
  const format = workbookFormat(bytes);
  // Compound files and flat ODF are not compressed: what the library reads is bounded by the file size and the cut.
  if (format === 'xls' || format === 'et' || format === 'fods') {
    const sheetjs = await loadSheetjs(format !== 'fods');
    const opened = format === 'fods' ? openFlatOds(sheetjs, bytes, limits.maxCells, READ_OPTIONS) : openCompound(sheetjs, bytes, limits.maxCells, READ_OPTIONS);
    if ('failed' in opened) return unreadable(opened.failed, report, format);
    if (opened.truncated !== undefined) reportTruncated(report, opened.truncated);
    if (opened.cut) reportCut(report, opened.cut, opened.book, limits.maxCells);
    return sheetGrids(sheetjs, opened.book, new Set(), [], limits, report, opened.cut);
  }
  if (!isZip(bytes)) {
    report({ ruleId: 'parse/xlsx-not-zip', severity: 'error', message: 'File is not a zip container, so it is not an .xlsx workbook. Check the download or the file type.' });
    return [];
  }
  const checked = format !== 'ods' && format !== 'xlsb';
  const zip = unzip(bytes, limits.maxUnzippedBytes, undefined, checked ? sheetPartBounds({ maxCells: limits.maxCells }) : undefined);
  if ('overLimit' in zip) {
    report({ ruleId: 'parse/xlsx-unzipped-limit', severity: 'error', place: zip.overLimit, actual: `more than ${limits.maxUnzippedBytes} bytes unzipped`,
      expected: `at most ${limits.maxUnzippedBytes} bytes`,
      message: `Workbook inflates past the unzipped size limit (at part ${zip.overLimit}): a zip bomb or a huge sheet; it was not read. Raise --max-unzipped-bytes if the file is trusted.` });
    return [];
  }
  if ('unreadable' in zip) return unreadable(zip.unreadable, report, format);
  const names = sheetNamesByPart(zip.parts);
  const { cut, truncated } = checked ? {} : budgetZipParts(format, zip.parts, limits.maxCells);
  if (truncated !== undefined) reportTruncated(report, truncated);
  if (cut) reportCut(report, cut, undefined, limits.maxCells);
  if (checked) prepareSheets(zip.parts, { maxCells: limits.maxCells }, names, report);
  const sheetjs = await loadSheetjs();
  const first = readParts(sheetjs, zip.parts);
  if (typeof first === 'string') return unreadable(first, report, format);
  let book: XLSX.WorkBook = first;
  // The library drops a sheet it cannot read: each lost sheet is explained, and re-read once if it can be repaired.
  const explained = new Set<string>();
  const lost = first.SheetNames.filter((name) => !first.Sheets[name]);
  const strings = (first as { Strings?: unknown[] }).Strings?.length ?? 0;
  const repaired = lost.filter((name) => {
    const outcome = explainLost(name, zip.parts, names, strings, report);
    if (outcome !== 'unexplained') explained.add(name);
    return outcome === 'repaired';
  });
  if (repaired.length > 0) {
    const again = readParts(sheetjs, zip.parts);
    if (typeof again !== 'string') book = again;
  }
  return sheetGrids(sheetjs, book, explained, repaired, limits, report, cut);
}

/**
 * The book's sheets as grids, merges filled, under the cell budget. A sheet the library did not build is reported,
 * unless its loss is already explained or the data was cut at the cell limit before it.
 */
function sheetGrids(sheetjs: typeof SheetJS, book: XLSX.WorkBook, explained: Set<string>, repaired: string[], limits: ParseLimits,
  report: Report, cut?: { sheet: number }): CellGrid[] {
  const grids: CellGrid[] = [];
  let budget = limits.maxCells;
  for (const name of book.SheetNames) {
    const sheet = book.Sheets[name];
    if (!sheet) {
      const afterCut = cut !== undefined && book.SheetNames.indexOf(name) >= cut.sheet;
      if (!afterCut && (!explained.has(name) || repaired.includes(name))) {
        report({ ruleId: 'parse/xlsx-sheet-unreadable', severity: 'error', place: name,
          message: `Sheet ${name} could not be read by the spreadsheet reader; its cells are missing from the output. Save the workbook again from a spreadsheet program.` });
      }
      continue;
    }
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

function unreadable(reason: string, report: Report, format: WorkbookFormat | undefined): CellGrid[] {
  if (isEncryptedError(reason)) {
    report({ ruleId: 'office/password-protected', severity: 'error', actual: reason,
      message: 'Workbook is password-protected (encrypted), so its cells cannot be read. Ask the publisher for an unprotected copy, or open it with the password and save it again without one.' });
    return [];
  }
  const container = format === 'xls' || format === 'et' ? 'corrupt compound file' : format === 'fods' ? 'malformed XML' : 'corrupt zip';
  report({ ruleId: 'parse/xlsx-unreadable', severity: 'error', actual: reason,
    message: `Workbook could not be read (truncated or ${container}, or not a spreadsheet). Download the file again.` });
  return [];
}

/** The library reads the parts inflated here (see unzip.ts), never the zip bytes: it inflates nothing itself. */
function readParts(sheetjs: typeof SheetJS, parts: readonly ZipPart[]): XLSX.WorkBook | string {
  const container = sheetjs.CFB.utils.cfb_new();
  for (const part of parts) sheetjs.CFB.utils.cfb_add(container, part.name, part.data, { unsafe: true });
  try {
    return (sheetjs as unknown as { parse_zip(zip: unknown, options: XLSX.ParsingOptions): XLSX.WorkBook }).parse_zip(container, { ...READ_OPTIONS });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Why the library dropped sheet `name`: its part is missing (reported), or cells name shared strings that do not
 * exist (those cells removed and reported: 'repaired', read again), or neither ('unexplained').
 */
function explainLost(name: string, parts: ZipPart[], names: Map<string, string>, strings: number, report: Report): 'repaired' | 'reported' | 'unexplained' {
  const partName = [...names].find(([, sheet]) => sheet === name)?.[0];
  const part = partName === undefined ? undefined : parts.find((p) => p.name.toLowerCase() === partName);
  if (partName !== undefined && !part) {
    report({ ruleId: 'parse/xlsx-sheet-missing', severity: 'error', place: name, actual: `no part ${partName}`,
      message: `Sheet ${name} is listed in the workbook, but its part ${partName} is not in the file: the sheet could not be read. Download or save the workbook again.` });
    return 'reported';
  }
  return part && repairSharedStrings(part, name, strings, report) ? 'repaired' : 'unexplained';
}
