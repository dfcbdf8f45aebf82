/**
 * Data rows of a cell grid → DraftItems, under a header found by `findHeader`. Every row below the header becomes an
 * item, a section heading (a row spanned by one cell: the category of the rows under it), or a reported row.
 */
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import type { DraftItem, ItemField } from '../../schemas/draft-item.js';
import type { GridCell } from '../html-page.js';
import type { FlagGroup, Header } from './header-map.js';

/** Marks that tick a flag column (√ in the 标准目录); anything else that is not a blank/negative mark is reported. */
const CHECKED = /^(?:[√✓✔■☑●▪★✅vV]|是|有)$/;
const UNCHECKED = /^(?:|[×✗✘□☐○\/／\\—–-]+|否|无)$/;
/** A row must have its own text in one of these to be an item (not only copies from spans above). */
const KEY_FIELDS: ItemField[] = ['name', 'level1', 'level2', 'level3', 'content'];

export interface GridName {
  /** Used in places: `table 1 row 5` (html), `Sheet1 row 5` (spreadsheets). */
  prefix: string;
}

const origin = (cell: GridCell): string => cell.filledFrom ?? cell.place;
const rowText = (row: GridCell[]): string => [...new Map(row.map((c) => [origin(c), c.text.trim()])).values()].filter(Boolean).join(' | ');

export function gridItems(rows: GridCell[][], header: Header, name: GridName, report: (d: DiagnosticInput) => void): DraftItem[] {
  const items: DraftItem[] = [];
  const headerTexts = rows[header.start]!.map((c) => c.text);
  let section: { text: string; place: string } | undefined;
  for (let r = header.start + header.rows; r < rows.length; r++) {
    const row = rows[r]!;
    const place = `${name.prefix} row ${r + 1}`;
    const filled = row.filter((c) => c.text.trim() !== '');
    if (filled.length === 0) {
      report({ ruleId: 'parse/empty-row', severity: 'info', place, message: 'Skipped an empty table row.' });
      continue;
    }
    if (row.length > 1 && new Set(row.map(origin)).size === 1) {
      section = { text: filled[0]!.text.trim(), place: filled[0]!.filledFrom ?? filled[0]!.place };
      report({ ruleId: 'parse/section-row', severity: 'info', place, actual: section.text,
        message: 'A row spanned by one cell is a section heading; it becomes the category of the rows below it.' });
      continue;
    }
    if (row.filter((c, i) => c.text === headerTexts[i] && c.text !== '').length * 5 >= row.length * 3) {
      report({ ruleId: 'parse/repeated-header', severity: 'info', place, actual: rowText(row), message: 'Skipped a repeated header row.' });
      continue;
    }
    const item = rowItem(row, header, place, report);
    const own = KEY_FIELDS.some((f) => item.fields[f] !== undefined && item.filledFrom?.[f] === undefined);
    if (!own) {
      report({ ruleId: 'parse/row-rejected', severity: 'warning', place, actual: rowText(row),
        message: 'A table row has no item name, 事项 or content of its own (only values spanned from rows above); check the source table.' });
      continue;
    }
    if (section && item.fields.category === undefined) {
      item.fields.category = section.text;
      item.filledFrom = { ...item.filledFrom, category: section.place };
    }
    // Undecodable bytes (reported by the decoder with a line of the page) surface in the cells they damaged.
    if (row.some((c) => c.text.includes('\uFFFD'))) item.flags = ['decode/invalid-bytes'];
    items.push(item);
  }
  return items;
}

function rowItem(row: GridCell[], header: Header, place: string, report: (d: DiagnosticInput) => void): DraftItem {
  const fields: Partial<Record<ItemField, string>> = {};
  const filledFrom: Partial<Record<ItemField, string>> = {};
  const flagGroups: Partial<Record<FlagGroup, string[]>> = {};
  const extra: Record<string, string> = {};
  header.columns.forEach((target, c) => {
    const cell = row[c];
    const text = cell?.text.trim() ?? '';
    if (!cell || text === '') return;
    if (target.kind === 'field') {
      // Two columns mapped to one field (a colspan copy, or two 责任 columns): keep both, once each.
      const prev = fields[target.field];
      if (prev === undefined) fields[target.field] = text;
      else if (prev !== text) fields[target.field] = `${prev}\n${text}`;
      if (cell.filledFrom && prev === undefined) filledFrom[target.field] = cell.filledFrom;
    } else if (target.kind === 'flag') {
      if (CHECKED.test(text) || text === target.value) {
        flagGroups[target.group] = [...(flagGroups[target.group] ?? []), target.value];
      } else if (!UNCHECKED.test(text)) {
        extra[target.label] = text;
        report({ ruleId: 'parse/flag-value', severity: 'warning', place: cell.place, actual: text, expected: '√ or blank',
          message: `A ${target.label} flag cell holds text, not a check mark; it was kept in extra, not read as a flag.` });
      }
    } else extra[target.label] ??= text;
  });
  const item: DraftItem = { kind: 'item', place, fields, extra };
  if (Object.keys(filledFrom).length > 0) item.filledFrom = filledFrom;
  if (Object.keys(flagGroups).length > 0) item.flagGroups = flagGroups;
  return item;
}
