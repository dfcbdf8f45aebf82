/**
 * Finds a catalogue header in a cell grid (one row, or two rows as in the 标准目录: 公开事项 over 一级/二级事项,
 * 公开对象 over 全社会/特定群体 …) and maps each column through the shared label table. Kept free of HTML so that the
 * same grid → items mapping can serve spreadsheets.
 */
import { matchLabel, normalizeLabel, type LabelTarget } from '../../schemas/field-labels.js';
import type { ItemField } from '../../schemas/draft-item.js';
import type { GridCell } from '../html-page.js';

export type FlagGroup = 'audience' | 'mode' | 'levels';

export type ColumnTarget =
  | { kind: 'field'; field: ItemField; label: string }
  | { kind: 'flag'; group: FlagGroup; value: string; label: string }
  | { kind: 'extra'; label: string };

export interface Header {
  /** 0-based index of the first header row. */
  start: number;
  /** 1 or 2. */
  rows: number;
  columns: ColumnTarget[];
}

/** Rows scanned for a header: titles and notes may sit above it inside the table. */
const HEADER_SCAN = 5;
/** Fields that make a table a catalogue of items rather than, say, a 索引 block. */
const ITEM_FIELDS = new Set<ItemField>(['name', 'level1', 'level2', 'level3', 'content', 'category']);

const origin = (cell: GridCell): string => cell.filledFrom ?? cell.place;

function labelled(cell: GridCell): LabelTarget | undefined {
  return cell.text.length <= 30 ? matchLabel(cell.text) : undefined;
}

function column(top: GridCell, sub: GridCell | undefined): ColumnTarget {
  const topT = labelled(top);
  const topLabel = top.text.replace(/\s+/g, '');
  if (sub) {
    const subT = labelled(sub);
    const label = `${topLabel}/${sub.text.replace(/\s+/g, '')}`;
    if (subT && 'field' in subT) return { kind: 'field', field: subT.field, label };
    if (subT && 'flag' in subT) return { kind: 'flag', group: subT.flag, value: subT.value, label };
    if (topT && 'group' in topT && topT.group !== 'matter' && normalizeLabel(sub.text) !== '') {
      return { kind: 'flag', group: topT.group, value: normalizeLabel(sub.text), label };
    }
    return { kind: 'extra', label };
  }
  if (topT && 'field' in topT) return { kind: 'field', field: topT.field, label: topLabel };
  // A group header without sub-columns holds free text (公开对象: 全社会), or the item names (公开事项).
  if (topT && 'group' in topT) return { kind: 'field', field: topT.group === 'matter' ? 'name' : topT.group, label: topLabel };
  if (topT && 'flag' in topT) return { kind: 'flag', group: topT.flag, value: topT.value, label: topLabel };
  return { kind: 'extra', label: topLabel };
}

export function findHeader(rows: GridCell[][]): Header | undefined {
  for (let h = 0; h < Math.min(HEADER_SCAN, rows.length); h++) {
    const row = rows[h]!;
    const distinct = [...new Map(row.map((c) => [origin(c), c])).values()].filter((c) => c.text.trim() !== '');
    const hits = distinct.filter((c) => labelled(c) !== undefined).length;
    if (hits < 2 || hits * 5 < distinct.length * 2) continue;
    const next = rows[h + 1];
    // A second header row: cells of its own (not rowspan copies of the first row) that are labels themselves.
    const subOwn = (c: number): GridCell | undefined => {
      const cell = next?.[c];
      return cell && origin(cell) !== origin(row[c]!) ? cell : undefined;
    };
    const twoRows = next !== undefined && row.some((_, c) => {
      const sub = subOwn(c);
      return sub !== undefined && labelled(sub) !== undefined;
    });
    const columns = row.map((top, c) => column(top, twoRows ? subOwn(c) : undefined));
    const fields = columns.filter((t) => t.kind === 'field');
    if (fields.length < 2 || !fields.some((t) => t.kind === 'field' && ITEM_FIELDS.has(t.field))) continue;
    return { start: h, rows: twoRows ? 2 : 1, columns };
  }
  return undefined;
}
