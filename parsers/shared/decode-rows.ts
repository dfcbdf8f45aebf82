/**
 * Turns the body rows under one header band into DraftItems: 同上 resolved from the row above, 一级/二级事项
 * carried down over rows that left them blank (row spans flattened away), flags decoded, numbered names split,
 * the category path built. Rows that yield no item are reported (`parse/row-rejected`) with raw text and place.
 */
import { putExtra } from './extra.js';
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import { CATEGORY_SEPARATOR, type DraftItem, type ItemField } from '../../schemas/draft-item.js';
import { cellText, isBlankRow, rowRawText, type Cell, type CellGrid } from './cell-grid.js';
import { decodeFlag } from './flag-glyphs.js';
import type { FlagGroup, HeaderBand } from './header-band.js';
import { splitNumberedName } from './numbered-name.js';
import type { CatalogueTitle } from './title-row.js';


const DITTO = /^(?:同上|同上。|同上述?)$/;
type Level = 'level1' | 'level2' | 'level3';
const LEVELS: readonly Level[] = ['level1', 'level2', 'level3'];
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

export function decodeRows(
  grid: CellGrid,
  band: HeaderBand,
  body: { from: number; to: number },
  title: CatalogueTitle | undefined,
  report: (d: DiagnosticInput) => void,
): RowsResult {
  const result: RowsResult = { items: [], rowsSeen: 0, rejected: 0 };
  const hasLevel3 = band.columns.some((c) => 'field' in c.target && c.target.field === 'level3');
  const levelColumns = Object.fromEntries(
    LEVELS.map((f) => [f, band.columns.findIndex((c) => 'field' in c.target && c.target.field === f)]),
  ) as LevelColumns;
  let previous: (Value | undefined)[] = [];
  const lastLevel = new Map<ItemField, Value>();
  for (let r = body.from; r < body.to; r++) {
    const row = grid.rows[r] ?? [];
    if (isBlankRow(row)) continue;
    result.rowsSeen++;
    const values: (Value | undefined)[] = band.columns.map((spec, i) => {
      const cell = row[spec.col];
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
    const spanning = spanningText(row);
    const item = spanning === undefined && buildItem(grid.rowPlaces[r] ?? `row ${r + 1}`, band, values, hasLevel3, levelColumns, lastLevel, title, report);
    if (item) {
      result.items.push(item);
      continue;
    }
    result.rejected++;
    report({ ruleId: 'parse/row-rejected', severity: 'warning', place: grid.rowPlaces[r], actual: spanning ?? rowRawText(row),
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

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function buildItem(
  place: string,
  band: HeaderBand,
  values: (Value | undefined)[],
  hasLevel3: boolean,
  levelColumns: LevelColumns,
  lastLevel: Map<ItemField, Value>,
  title: CatalogueTitle | undefined,
  report: (d: DiagnosticInput) => void,
): DraftItem | undefined {
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
  carryLevels(fields, filledFrom, hasLevel3, lastLevel, values, levelColumns);
  const leaf = fields.level3 ? 'level3' : fields.level2 ? 'level2' : fields.level1 ? 'level1' : fields.name ? 'name' : undefined;
  if (!leaf) return undefined;
  const { name, code } = splitNumberedName(fields[leaf]!);
  if (!name) return undefined;
  if (leaf !== 'name') {
    const path = LEVELS.slice(0, LEVELS.indexOf(leaf)).map((f) => fields[f]).filter((t): t is string => !!t);
    if (path.length) fields.category = path.map((t) => splitNumberedName(t).name).join(CATEGORY_SEPARATOR);
  }
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
      report({ ruleId: 'parse/flag-unknown', severity: 'warning', place: v.origin, actual: v.text,
        expected: '√ ■ ☑ þ R (set) or □ 口 £ blank (unset)',
        message: `Flag column ${spec.label} holds "${clip(v.text)}", which is not a tick or box glyph; treated as unset.` });
    }
  });
  const item: DraftItem = { kind: 'item', place, fields, extra };
  if (Object.keys(flagGroups).length) item.flagGroups = flagGroups;
  if (Object.keys(filledFrom).length) item.filledFrom = filledFrom;
  return item;
}

/**
 * A flattened row span leaves the 一级事项 (and, over 三级事项, the 二级事项) blank on the rows below its first one:
 * carry the last value down, recording where it came from.
 */
function carryLevels(
  fields: Partial<Record<ItemField, string>>,
  filledFrom: Partial<Record<ItemField, string>>,
  hasLevel3: boolean,
  lastLevel: Map<ItemField, Value>,
  values: (Value | undefined)[],
  levelColumns: LevelColumns,
): void {
  const own = (f: Level) => values[levelColumns[f]];
  const level1 = own('level1');
  // A new 一级事项 closes the 二级事项 above it: never carry a 二级 across a 一级 boundary.
  if (level1 && lastLevel.get('level1')?.text !== level1.text) lastLevel.delete('level2');
  const carried: Level[] = hasLevel3 ? ['level1', 'level2'] : ['level1'];
  const hasChild = (f: Level) => LEVELS.slice(LEVELS.indexOf(f) + 1).some((g) => fields[g]);
  for (const f of carried) {
    const last = lastLevel.get(f);
    if (!fields[f] && last && hasChild(f)) {
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
