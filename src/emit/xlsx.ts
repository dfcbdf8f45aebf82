/**
 * Items as an XLSX workbook (SheetJS): one sheet, header row frozen, columns sized to their content.
 * String cells are stored as text, never as formulas, so no formula neutralisation is needed here.
 */
import * as XLSX from 'xlsx';
import type { Diagnostic } from '../../schemas/diagnostic.js';

/** Excel refuses longer cell text. */
export const XLSX_MAX_CELL = 32767;
const SHEET = 'items';
const SHEET_XML = '/xl/worksheets/sheet1.xml';
/** Widths in characters: CJK glyphs count double; long text wraps instead of making a 500-wide column. */
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

function displayWidth(text: string): number {
  let width = 0;
  // Stops at the cap: a 30 000-character body need not be measured to know it is wide.
  for (let i = 0; i < text.length && width < MAX_WIDTH; i++) width += text.charCodeAt(i) >= 0x2e80 ? 2 : 1;
  return width;
}

/**
 * SheetJS's community build writes no pane, so the frozen header is added to the sheet XML after writing.
 * Zip entries carry no modification time and no document dates are set, so equal rows give equal bytes.
 */
function freezeHeaderRow(workbook: Buffer): Buffer {
  const zip = XLSX.CFB.read(workbook, { type: 'buffer' });
  const entry = XLSX.CFB.find(zip, SHEET_XML);
  if (!entry) throw new Error(`SheetJS output has no ${SHEET_XML}`);
  const xml = Buffer.from(entry.content).toString('utf8');
  const frozen = xml.replace(
    /<sheetView ([^>]*?)\/>/,
    '<sheetView $1><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView>',
  );
  if (frozen === xml) throw new Error('SheetJS sheet XML has no <sheetView/> to freeze');
  XLSX.CFB.utils.cfb_add(zip, SHEET_XML, Buffer.from(frozen, 'utf8'));
  return Buffer.from(XLSX.CFB.write(zip, { fileType: 'zip', type: 'buffer', compression: true }));
}

/**
 * Builds the workbook from header + rows of text cells. `rowPlace(i)` names the source of row i for the
 * diagnostic raised when a cell has to be cut at Excel's limit (the full value stays in the CSV and JSON).
 */
export function itemsWorkbook(
  header: readonly string[],
  rows: readonly string[][],
  report: (d: Diagnostic) => void,
  rowPlace: (index: number) => { file: string; place: string },
): Buffer {
  const widths = header.map((h) => displayWidth(h));
  const cells = rows.map((row, r) =>
    row.map((value, c) => {
      widths[c] = Math.max(widths[c]!, displayWidth(value));
      if (value.length <= XLSX_MAX_CELL) return value;
      report({
        ...rowPlace(r),
        source: 'export',
        ruleId: 'export/xlsx-cell-truncated',
        severity: 'warning',
        message: `${header[c]} is ${value.length} characters, more than Excel's ${XLSX_MAX_CELL}; the XLSX cell is cut, use the CSV or JSON export for the full text.`,
      });
      return value.slice(0, XLSX_MAX_CELL);
    }),
  );
  const sheet = XLSX.utils.aoa_to_sheet([[...header], ...cells]);
  sheet['!cols'] = widths.map((w) => ({ wch: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + 2)) }));
  sheet['!autofilter'] = { ref: XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length, c: header.length - 1 } }) };
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, SHEET);
  // Deflated once, when the frozen pane is put in, not twice.
  const bytes = XLSX.write(book, { type: 'buffer', bookType: 'xlsx', bookSST: true, compression: false }) as Buffer;
  return freezeHeaderRow(bytes);
}
