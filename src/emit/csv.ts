/**
 * The one CSV writer (RFC 4180, UTF-8 with BOM, CRLF), used for items.csv by `ingest` and by `export`.
 * Spreadsheet formula injection is neutralised: a cell that starts with = + - @, a tab or a CR is prefixed with `'`,
 * so `=HYPERLINK("…")` from a hostile page opens as text, not as a live formula (OWASP "CSV injection").
 * A plain signed number (-5, +3.5) is left as it is: it cannot run anything, and the prefix would turn data into text.
 */
import type { CatalogItem } from '../../schemas/catalog-item.js';
import { writeStreamAtomic } from './atomic-write.js';
import { cellText, headerCells } from './item-cells.js';
import { FLAT_COLUMNS } from './table-schema.js';

/** Excel needs the BOM to read UTF-8 Chinese text instead of guessing a local code page. */
export const CSV_BOM = '\uFEFF';

const SIGNED_NUMBER = /^[+-]\d+(?:\.\d+)?$/;

export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) && !SIGNED_NUMBER.test(value) ? `'${value}` : value;
}

/** One field: neutralised, then quoted when it holds a comma, quote, CR or LF (quotes doubled). */
export function csvCell(value: string): string {
  const safe = neutralizeFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(values: readonly string[]): string {
  return values.map(csvCell).join(',') + '\r\n';
}

/** BOM + header record of items.csv (columns: FLAT_COLUMNS in table-schema.ts). */
export const itemsCsvHeader = (): string => CSV_BOM + csvRow(headerCells());
export const itemCsvRow = (item: CatalogItem): string => itemCsvRecord(item) + '\r\n';

/** An item's record without its line end (the one array is of the quoted cells; no second copy of the row). */
export const itemCsvRecord = (item: CatalogItem): string => FLAT_COLUMNS.map((column) => csvCell(cellText(item, column))).join(',');

/** Streams items into `path` atomically. */
export async function writeItemsCsv(path: string, items: AsyncIterable<CatalogItem> | Iterable<CatalogItem>): Promise<void> {
  await writeStreamAtomic(path, async (write) => {
    await write(itemsCsvHeader());
    for await (const item of items) await write(itemCsvRow(item));
  });
}
