/**
 * The one CSV writer (RFC 4180, UTF-8 with BOM, CRLF) for items.csv, both from `ingest` and `export`.
 * Spreadsheet formula injection is neutralised: a cell that starts with = + - @, a tab or a CR is prefixed with `'`,
 * so `=HYPERLINK("…")` from a hostile page opens as text, not as a live formula (OWASP "CSV injection").
 */
import type { CatalogItem } from '../../schemas/catalog-item.js';
import { writeStreamAtomic } from './atomic-write.js';
import { headerCells, itemCells } from './item-cells.js';

/** Excel needs the BOM to read UTF-8 Chinese text instead of guessing a local code page. */
export const CSV_BOM = '\uFEFF';
const EOL = '\r\n';

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One field: neutralised, then quoted when it holds a comma, quote, CR or LF (quotes doubled). */
export function csvField(value: string): string {
  const safe = neutralizeFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRecord(values: readonly string[]): string {
  return values.map(csvField).join(',') + EOL;
}

/** A whole items CSV as one string (BOM, header, one record per item). */
export function itemsToCsv(items: Iterable<CatalogItem>): string {
  let out = CSV_BOM + csvRecord(headerCells());
  for (const item of items) out += csvRecord(itemCells(item));
  return out;
}

/** Streams items into `path` atomically. */
export async function writeItemsCsv(path: string, items: AsyncIterable<CatalogItem> | Iterable<CatalogItem>): Promise<void> {
  await writeStreamAtomic(path, async (write) => {
    await write(CSV_BOM + csvRecord(headerCells()));
    for await (const item of items) await write(csvRecord(itemCells(item)));
  });
}
