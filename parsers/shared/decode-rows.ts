/**
 * Turns the body rows under one header band into DraftItems: cells put back under their columns when a rendering
 * dropped merged cells (align-row.ts), 同上 resolved from the row above, upper levels carried down over rows that
 * left them blank (row spans flattened away), flags decoded, numbered names split, the leaf level taken as the name
 * and the levels above it as the category path. Rows that yield no item are reported (`parse/row-rejected`,
 * `item/bad-name`) with raw text and place.
 */
import { putExtra } from './extra.js';
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import { CATEGORY_SEPARATOR, type DraftItem, type ItemField } from '../../schemas/draft-item.js';
import { cellText, isBlankRow, rowRawText, type Cell, type CellGrid } from './cell-grid.js';
import { alignRow, type Alignment } from './align-row.js';
import { badNameReason, DITTO, type BadName } from './cell-shape.js';
import { decodeFlag } from './flag-glyphs.js';
import type { FlagGroup, HeaderBand } from './header-band.js';
import { splitNumberedName } from './numbered-name.js';
import type { CatalogueTitle } from './title-row.js';

type Level = 'level1' | 'level2' | 'level3' | 'level4' | 'level5' | 'level6';
const LEVELS: readonly Level[] = ['level1', 'level2', 'level3', 'level4', 'level5', 'level6'];
/** Index in the band's columns of each level field's column, -1 when the table has none. */
type LevelColumns = Record<Level, number>;

export interface RowsResult {
  items: DraftItem[];
  /** Non-blank body rows looked at; always items.length + rejected. */
  rowsSeen: number;
  rejected: number;
}

/** A cell value under a column; its origin place is built only when provenance is recorded or reported. */
class Value {
  constructor(
    readonly text: string,
    /** True when the text came from elsewhere (merge, row span, 同上). */
    readonly filled: boolean,
    private readonly cell?: Cell,
    private readonly from?: string,
  ) {}
  /** Place of the cell the text really comes from. */
  get origin(): string {
    return this.from ?? this.cell?.filledFrom ?? this.cell?.place ?? '';
  }
}

/** Facts of the page a table stands on (its title line, publisher, date), put on every item of the table. */
export interface PageFacts {
  title?: string;
  publisher?: string;
  publishedAt?: string;
}

export function decodeRows(
  grid: CellGrid,
  band: HeaderBand,
  body: { from: number; to: number },
  title: CatalogueTitle | undefined,
  report: (d: DiagnosticInput) => void,
  page: PageFacts = {},
): RowsResult {
  const result: RowsResult = { items: [], rowsSeen: 0, rejected: 0 };
  const levelColumns = Object.fromEntries(
    LEVELS.map((f) => [f, band.columns.findIndex((c) => 'field' in c.target && c.target.field === f)]),
  ) as LevelColumns;
  const levelsInTable = LEVELS.filter((f) => levelColumns[f] >= 0);
  let previous: (Value | undefined)[] = [];
  const lastLevel = new Map<ItemField, Value>();
  let section: { text: string; place: string } | undefined;
  for (let r = body.from; r < body.to; r++) {
    const printed = grid.rows[r] ?? [];
    if (isBlankRow(printed)) continue;
    result.rowsSeen++;
    const rowPlace = grid.rowPlaces[r] ?? `row ${r + 1}`;
    if (grid.cellsMayShift && isContinuation(printed, band)) {
      report({ ruleId: 'parse/row-continuation', severity: 'info', place: rowPlace, actual: rowRawText(printed),
        message: 'Row holds one cell under a wider header (a note, or the tail of a multi-line cell above), so no item was made from it.' });
      result.rejected++;
      continue;
    }
    const aligned: Alignment = grid.cellsMayShift ? alignRow(printed, band.columns) : { cells: band.columns.map((c) => printed[c.col]), moved: false };
    if (aligned.moved) {
      placeLevels(aligned.cells, levelsInTable.map((f) => levelColumns[f]), depthOf(lastLevel, levelsInTable));
      report({ ruleId: 'parse/row-realigned', severity: aligned.joined ? 'warning' : 'info', place: rowPlace, actual: rowRawText(printed),
        expected: band.columns.map((c, i) => `${c.label}=${cellText(aligned.cells[i])}`).filter((t) => !t.endsWith('=')).join(' | '),
        message: aligned.joined
          ? 'Row has more cells than the header: a cell held a "|", so the split parts were joined back in the column they fit. Check the row.'
          : 'Row has fewer cells than the header (merged cells dropped, empty cells moved to the end); its cells were put under the columns their contents fit. Check the row.' });
    }
    const values: (Value | undefined)[] = band.columns.map((spec, i) => {
      const cell = aligned.cells[i];
      const text = cellText(cell);
      if (!cell || !text) return undefined;
      const own = new Value(text, cell.filledFrom !== undefined, cell);
      if (!text.startsWith('同上') || !DITTO.test(text)) return own;
      const above = previous[i];
      if (!above) {
        report({ ruleId: 'parse/ditto-unresolved', severity: 'warning', place: cell.place, actual: text,
          message: `"${text}" (ditto) in column ${spec.label} has no value above it; kept as written. Check the source table.` });
        return own;
      }
      report({ ruleId: 'parse/ditto-resolved', severity: 'info', place: cell.place, actual: text, expected: clip(above.text),
        message: `"${text}" in column ${spec.label} replaced by the value of the row above (${above.origin}).` });
      return new Value(above.text, true, undefined, above.origin);
    });
    previous = values;
    const spanning = spanningText(printed);
    if (spanning !== undefined && isSectionHeading(spanning)) {
      // A heading merged across the table (一、机构信息) is the category of the rows under it, up to the next one.
      section = { text: spanning, place: ownPlace(printed) };
      report({ ruleId: 'parse/section-row', severity: 'info', place: rowPlace, actual: spanning,
        message: 'A row spanned by one cell is a section heading; it becomes the category of the rows below it.' });
      continue;
    }
    const item = spanning === undefined && buildItem(rowPlace, band, values, levelColumns, lastLevel, title, report);
    if (item && 'bad' in item) {
      result.rejected++;
      report({ ruleId: 'item/bad-name', severity: 'warning', place: rowPlace, actual: rowRawText(printed),
        message: `The row's name cell holds ${item.bad === 'empty' ? 'nothing' : item.bad === 'flag' ? 'a tick' : 'a channel list'} ("${clip(item.name)}"), so its columns are shifted; no item was made from it. Check the row against the header.` });
      continue;
    }
    if (item) {
      if (aligned.code && !item.fields.code) item.fields.code = cellText(aligned.code);
      if (section) {
        item.fields.category = item.fields.category ? `${section.text}${CATEGORY_SEPARATOR}${item.fields.category}` : section.text;
        item.filledFrom = { ...item.filledFrom, category: section.place };
      }
      // Undecodable bytes (reported by the decoder with their line) surface in the cells they damaged.
      if (printed.some((c) => c?.text.includes('\uFFFD'))) item.flags = [...(item.flags ?? []), 'decode/invalid-bytes'];
      // Only the grid's last row can be cut off: a table above the last one ends where the next header starts.
      if (r === grid.rows.length - 1 && grid.truncated) {
        item.flags = [...(item.flags ?? []), 'row/truncated'];
        report({ ruleId: 'row/truncated', severity: 'warning', place: rowPlace, actual: rowRawText(printed),
          message: 'The text ends inside this row: the item is kept, but its last cells may be cut off or missing. Check the source for the rest of the row.' });
      }
      applyPage(item, page);
      result.items.push(item);
      continue;
    }
    result.rejected++;
    report({ ruleId: 'parse/row-rejected', severity: 'warning', place: rowPlace, actual: spanning ?? rowRawText(printed),
      message: spanning !== undefined
        ? 'Row is one cell merged across the table (a note or a section heading), so no item was made from it.'
        : 'Row under the catalogue header has no 事项 name, so no item was made from it. Check whether it is a note, a heading or a broken row.' });
  }
  return result;
}

/**
 * The text of a row that is one cell merged across the table (a note or heading), else undefined.
 * Runs on every body row: a second cell with text of its own ends the look at once.
 */
function spanningText(row: (Cell | undefined)[]): string | undefined {
  let own: Cell | undefined;
  let cells = 0;
  for (const c of row) {
    if (!c || cellText(c) === '') continue;
    cells++;
    if (c.filledFrom) continue;
    if (own) return undefined;
    own = c;
  }
  if (!own || cells < 3) return undefined;
  const origin = own.place;
  for (const c of row) if (c && c !== own && cellText(c) !== '' && c.filledFrom !== origin) return undefined;
  return cellText(own);
}

/** A short heading (一、机构信息, 综合政务类), not a note (注：…, 说明, a sentence). */
function isSectionHeading(text: string): boolean {
  return text.length <= 30 && !/^(?:注|备注|说明|附|填表)/.test(text) && !/[。；;：:]/.test(text);
}

/** Place of the row's one cell of its own (the spanning cell). */
function ownPlace(row: (Cell | undefined)[]): string {
  const own = row.find((c) => c && !c.filledFrom && cellText(c) !== '');
  return own?.place ?? '';
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function buildItem(
  place: string,
  band: HeaderBand,
  values: (Value | undefined)[],
  levelColumns: LevelColumns,
  lastLevel: Map<ItemField, Value>,
  title: CatalogueTitle | undefined,
  report: (d: DiagnosticInput) => void,
): DraftItem | { bad: BadName; name: string } | undefined {
  const fields: Partial<Record<ItemField, string>> = {};
  const filledFrom: Partial<Record<ItemField, string>> = {};
  const extra: Record<string, string> = Object.create(null) as Record<string, string>;
  const flagGroups: Partial<Record<FlagGroup, string[]>> = {};
  band.columns.forEach((spec, i) => {
    const v = values[i];
    const target = spec.target;
    if (!v || 'flag' in target) return;
    if ('extra' in target) {
      if (!Object.hasOwn(extra, spec.label)) putExtra(extra, spec.label, v.text);
      return;
    }
    fields[target.field] = v.text;
    if (v.filled) filledFrom[target.field] = v.origin;
  });
  carryLevels(fields, filledFrom, lastLevel, values, levelColumns);
  // The name is the leaf: the deepest level the row fills, else 事项名称 / 公开事项, else (a table that only
  // classifies) its category.
  const deepest = [...LEVELS].reverse().find((f) => fields[f]);
  const leaf: ItemField | undefined = deepest ?? (fields.name ? 'name' : fields.category ? 'category' : undefined);
  if (!leaf) return undefined;
  const { name, code } = splitNumberedName(fields[leaf]!);
  // A row whose name and content are all copies of spanned cells above adds nothing of its own.
  if (filledFrom[leaf] && (!fields.content || filledFrom.content)) return undefined;
  const bad = badNameReason(name);
  if (bad) return { bad, name };
  if (deepest) {
    const path = LEVELS.slice(0, LEVELS.indexOf(deepest)).map((f) => fields[f]).filter((t): t is string => !!t);
    if (path.length) fields.category = path.map((t) => splitNumberedName(t).name).join(CATEGORY_SEPARATOR);
  } else if (leaf === 'category') delete fields.category;
  fields.name = name;
  if (code) {
    const printed = fields.code;
    if (printed && printed !== code) {
      const label = band.columns.find((c) => 'field' in c.target && c.target.field === 'code')?.label ?? '序号';
      putExtra(extra, label, printed);
    }
    fields.code = code;
  }
  if (title) {
    extra['目录标题'] = title.title;
    if (title.domain) extra['领域'] = title.domain;
    if (title.publisher) fields.publisher = title.publisher;
  }
  // Flags last: a rejected row must not raise flag diagnostics on top of its rejection.
  band.columns.forEach((spec, i) => {
    const target = spec.target;
    if (!('flag' in target)) return;
    const v = values[i];
    const set = (flagGroups[target.flag] ??= []);
    const state = decodeFlag(v?.text ?? '');
    if (state === 'set' && !set.includes(target.value)) set.push(target.value);
    if (state === 'unknown' && v) {
      if (!Object.hasOwn(extra, spec.label)) putExtra(extra, spec.label, v.text);
      report({ ruleId: 'parse/flag-unknown', severity: 'warning', place: v.origin, actual: v.text,
        expected: '√ ■ ☑ ☒ þ R ● ★ 是 (set) or □ ☐ 口 £ ¨ 否 blank (unset)',
        message: `Flag column ${spec.label} holds "${clip(v.text)}", which is not a tick or box glyph; kept in extra, not read as a flag.` });
    }
  });
  const item: DraftItem = { kind: 'item', place, fields, extra };
  if (Object.keys(flagGroups).length) item.flagGroups = flagGroups;
  if (Object.keys(filledFrom).length) item.filledFrom = filledFrom;
  return item;
}

/**
 * A flattened row span leaves the upper levels blank on the rows below its first one: carry the last value of every
 * level above the row's deepest filled level down, recording where it came from.
 */
function carryLevels(
  fields: Partial<Record<ItemField, string>>,
  filledFrom: Partial<Record<ItemField, string>>,
  lastLevel: Map<ItemField, Value>,
  values: (Value | undefined)[],
  levelColumns: LevelColumns,
): void {
  const own = (f: Level) => (levelColumns[f] >= 0 ? values[levelColumns[f]] : undefined);
  // A new value at a level closes the levels under it: never carry a 二级 across a 一级 boundary.
  LEVELS.forEach((f, k) => {
    const v = own(f);
    if (v && lastLevel.get(f)?.text !== v.text) for (const g of LEVELS.slice(k + 1)) lastLevel.delete(g);
  });
  const deepest = LEVELS.findLastIndex((f) => fields[f]);
  for (const f of LEVELS.slice(0, Math.max(0, deepest))) {
    const last = lastLevel.get(f);
    if (!fields[f] && last) {
      fields[f] = last.text;
      filledFrom[f] = last.origin;
    }
  }
  for (const f of LEVELS) {
    const v = own(f);
    if (v) lastLevel.set(f, v);
    else if (fields[f] && filledFrom[f]) lastLevel.set(f, new Value(fields[f]!, true, undefined, filledFrom[f]));
  }
}

/** Index (among the table's level columns) of the deepest level the rows above reached, -1 before any. */
function depthOf(lastLevel: Map<ItemField, Value>, levels: readonly Level[]): number {
  return levels.findLastIndex((f) => lastLevel.has(f));
}

/**
 * A realigned row holds k level cells but not which levels they are. They end at the depth the rows above reached
 * (a row under a row-spanned 一级事项 gives its 二级), unless they are more than that depth allows; then they start
 * at the top (a new 一级事项 with its 二级).
 */
function placeLevels(cells: (Cell | undefined)[], columns: number[], depth: number): void {
  const held = columns.map((c) => cells[c]).filter((c): c is Cell => !!c && cellText(c) !== '');
  if (!held.length) return;
  for (const c of columns) cells[c] = undefined;
  const k = held.length;
  const first = k <= depth + 1 ? depth - k + 1 : 0;
  held.forEach((cell, i) => (cells[columns[first + i]!] = cell));
}

/** A row with one cell of its own under a header of three or more columns: the tail of a multi-line cell above. */
function isContinuation(row: (Cell | undefined)[], band: HeaderBand): boolean {
  if (band.columns.length < 3) return false;
  let own = 0;
  for (const c of row) if (c && !c.filledFrom && cellText(c) !== '') own++;
  if (own !== 1) return false;
  // A lone number or tick is a broken row, not text that continues a cell.
  return row.every((c) => !c || c.filledFrom !== undefined || cellText(c) === '' || !/^\d{1,3}$/.test(cellText(c)));
}

function applyPage(item: DraftItem, page: PageFacts): void {
  if (page.publisher && !item.fields.publisher) item.fields.publisher = page.publisher;
  if (page.publishedAt && !item.fields.publishedAt) item.fields.publishedAt = page.publishedAt;
  if (page.title && !Object.hasOwn(item.extra, '目录标题')) putExtra(item.extra, '目录标题', page.title);
}
