/**
 * The workbook formats other than .xlsx, each opened so that the spreadsheet library reads only what this project has
 * bounded: a compound file's workbook stream read here (compound-file.ts) and cut at the cell limit; a flat ODF
 * document cut at the cell limit; the zipped formats' parts inflated by unzip.ts (as for .xlsx) and cut at the cell
 * limit. Each opener reports what it cut, as the .xlsx path does.
 */
import type * as XLSX from 'xlsx';
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import { cutBiff, cutOdf, cutXlsbSheet, type Cut } from './cell-budget.js';
import { readCompoundStreams } from './compound-file.js';
import type { SheetJS } from './sheetjs.js';
import type { ZipPart } from './unzip.js';

type Report = (d: DiagnosticInput) => void;

/** A read workbook, or the reason it could not be read. */
export type Opened = { book: XLSX.WorkBook; cut?: Cut['cut']; truncated?: string } | { failed: string };

/** .xls / .et: the root's `Workbook` (BIFF8) or `Book` (BIFF5) stream, handed to the library without its container. */
export function openCompound(sheetjs: typeof SheetJS, bytes: Uint8Array, maxCells: number, options: XLSX.ParsingOptions): Opened {
  const container = readCompoundStreams(bytes, ['Workbook', 'Book']);
  if ('unreadable' in container) return { failed: container.unreadable };
  const stream = container.streams.get('Workbook') ?? container.streams.get('Book');
  if (!stream) return { failed: 'the compound file has no Workbook or Book stream' };
  const { data, cut } = cutBiff(stream, maxCells);
  const library = sheetjs as unknown as { parse_xlscfb(stream: Buffer, options: XLSX.ParsingOptions): XLSX.WorkBook };
  return parse(() => library.parse_xlscfb(data, { ...options }), cut);
}

/** .fods: one XML document, cut at the cell limit. */
export function openFlatOds(sheetjs: typeof SheetJS, bytes: Uint8Array, maxCells: number, options: XLSX.ParsingOptions): Opened {
  const { data, cut, truncated } = cutOdf(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), maxCells);
  const opened = parse(() => sheetjs.read(data, { ...options }), cut);
  return truncated !== undefined && 'book' in opened ? { ...opened, truncated } : opened;
}

/** .ods and .xlsb parts (already inflated under the cap): their cell data cut at the limit, in place. */
export function budgetZipParts(format: 'ods' | 'xlsb', parts: ZipPart[], maxCells: number): Pick<Cut, 'cut' | 'truncated'> {
  let budget = maxCells;
  let sheet = 0;
  let first: Cut['cut'];
  let truncated: string | undefined;
  for (const part of parts) {
    const odf = format === 'ods' && part.name === 'content.xml';
    if (!odf && !(format === 'xlsb' && /^xl\/worksheets\/[^/]+\.bin$/i.test(part.name))) continue;
    // After a cut the budget is 0: a later sheet part keeps its head and loses every row.
    const result = odf ? cutOdf(part.data, budget) : cutXlsbSheet(part.data, budget, sheet++);
    part.data = result.data;
    budget -= result.cells;
    if (result.truncated !== undefined) truncated = result.truncated;
    if (result.cut && !first) first = odf ? result.cut : { ...result.cut, sheetName: part.name };
    if (result.cut) budget = 0;
  }
  return { ...(first && { cut: first }), ...(truncated !== undefined && { truncated }) };
}

function parse(read: () => XLSX.WorkBook, cut: Cut['cut']): Opened {
  try {
    return { book: read(), ...(cut && { cut }) };
  } catch (error) {
    return { failed: error instanceof Error ? error.message : String(error) };
  }
}

/** SheetJS's words for a workbook it cannot decrypt. */
export const isEncryptedError = (reason: string): boolean => /password|encrypt/i.test(reason);

export function reportTruncated(report: Report, sheet: string): void {
  report({ ruleId: 'parse/xlsx-sheet-truncated', severity: 'error', place: sheet || undefined, actual: 'the XML ends before its root element closes',
    message: `The workbook's XML is cut short${sheet ? ` (it ends in sheet ${sheet})` : ''}: the complete rows before the cut were read, the rest is lost. Download the file again.` });
}

export function reportCut(report: Report, cut: NonNullable<Cut['cut']>, book: XLSX.WorkBook | undefined, maxCells: number): void {
  const sheet = cut.sheetName ?? book?.SheetNames[cut.sheet] ?? `sheet ${cut.sheet + 1}`;
  report({ ruleId: 'parse/xlsx-cell-limit', severity: 'error', place: `${sheet}!A${cut.row}`, actual: `more than ${maxCells} cells`,
    expected: `at most ${maxCells} cells per workbook`,
    message: `Stopped reading at the cell limit in sheet ${sheet} (row ${cut.row}); later cells and sheets were not read. Raise --max-cells if the file is trusted.` });
}
