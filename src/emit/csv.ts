/** RFC 4180 CSV for spreadsheets: UTF-8 with BOM (Excel needs it for Chinese), CRLF, formula injection neutralized. */
import type { CatalogItem } from '../../schemas/catalog-item.js';

export const CSV_BOM = '\uFEFF';

/** A cell a spreadsheet would run as a formula (= + - @, or a leading tab/CR) is prefixed with `'`. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(values: string[]): string {
  return values.map(csvCell).join(',') + '\r\n';
}

const LIST_SEPARATOR = '；';

/** Columns of items.csv: scalar fields as text, lists joined with `；`, nested values as compact JSON. */
export const ITEM_COLUMNS: [string, (item: CatalogItem) => string][] = [
  ['id', (i) => i.id],
  ['kind', (i) => i.kind],
  ['category', (i) => i.category.join(LIST_SEPARATOR)],
  ['name', (i) => i.name],
  ['code', (i) => i.code ?? ''],
  ['content', (i) => i.content],
  ['basisText', (i) => i.basisText],
  ['basis', (i) => JSON.stringify(i.basis)],
  ['clauses', (i) => i.clauses],
  ['channels', (i) => i.channels.join(LIST_SEPARATOR)],
  ['responsible', (i) => i.responsible.join(LIST_SEPARATOR)],
  ['timeLimit', (i) => i.timeLimit.text],
  ['timeLimitClauses', (i) => JSON.stringify(i.timeLimit.clauses)],
  ['audience', (i) => (i.audience ?? []).join(LIST_SEPARATOR)],
  ['mode', (i) => (i.mode ?? []).join(LIST_SEPARATOR)],
  ['levels', (i) => (i.levels ?? []).join(LIST_SEPARATOR)],
  ['publisher', (i) => i.publisher ?? ''],
  ['publishedAt', (i) => i.publishedAt ?? ''],
  ['attachments', (i) => (i.attachments ? JSON.stringify(i.attachments) : '')],
  ['extra', (i) => (Object.keys(i.extra).length ? JSON.stringify(i.extra) : '')],
  ['source.file', (i) => i.source.file],
  ['source.place', (i) => i.source.place],
  ['source.parser', (i) => i.source.parser],
  ['flags', (i) => i.flags.join(LIST_SEPARATOR)],
];

export const itemsCsvHeader = () => CSV_BOM + csvRow(ITEM_COLUMNS.map(([name]) => name));
export const itemCsvRow = (item: CatalogItem) => csvRow(ITEM_COLUMNS.map(([, get]) => get(item)));
