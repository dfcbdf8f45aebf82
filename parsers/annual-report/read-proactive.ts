/** §二: the small tables keyed by 条例 第二十条 items, rebuilt from their column and row labels. */
import type { ParseContext } from '../types.js';
import type { ProactiveColumnKey, ProactiveRow, ProactiveRowKey } from '../../schemas/annual-report.js';
import { placeOf, type Cell } from './read-cells.js';
import { readValue } from './read-values.js';
import {
  DECIMAL_COLUMNS, isValueCell, normalizeCell, PROACTIVE_COLUMN_LABELS, PROACTIVE_ROW_LABELS, PROACTIVE_TABLE, SIGNED_COLUMNS,
} from './skeleton.js';

export type ProactiveTables = Partial<Record<ProactiveRowKey, ProactiveRow>>;

export function readProactive(cells: readonly Cell[], ctx: ParseContext): ProactiveTables {
  const rows: ProactiveTables = {};
  let columns: ProactiveColumnKey[] = [];
  let row: { key: ProactiveRowKey; label: Cell; values: Cell[] } | undefined;

  const finish = () => {
    if (row) rows[row.key] = toRow(row.label, row.values, columns, ctx);
    row = undefined;
  };
  for (const cell of cells) {
    if (PROACTIVE_TABLE.test(cell.text)) {
      finish();
      columns = [];
      continue;
    }
    if (row && isValueCell(cell.text)) {
      row.values.push(cell);
      continue;
    }
    finish();
    const norm = normalizeCell(cell.text);
    const column = PROACTIVE_COLUMN_LABELS.find(([re]) => re.test(norm))?.[1];
    if (column) {
      columns.push(column);
      continue;
    }
    const key = PROACTIVE_ROW_LABELS.find(([label]) => norm === label)?.[1];
    if (key) row = { key, label: cell, values: [] };
  }
  finish();
  return rows;
}

function toRow(label: Cell, cells: Cell[], columns: ProactiveColumnKey[], ctx: ParseContext): ProactiveRow {
  const raw = cells.map((c) => c.text);
  const place = placeOf([label, ...cells]);
  const values: ProactiveRow['values'] = {};
  const fits = cells.length === columns.length;
  if (!fits) {
    ctx.report({
      ruleId: 'report/column-count',
      severity: 'warning',
      message: `Row ${label.text} of §二 has ${cells.length} values for ${columns.length} columns; its values are kept raw and left empty. Check the source table.`,
      place,
      actual: raw.join(' | '),
      expected: `${columns.length} values`,
    });
  }
  columns.forEach((column, i) => {
    const kind = DECIMAL_COLUMNS.has(column) ? 'decimal' : SIGNED_COLUMNS.has(column) ? 'signed' : 'count';
    values[column] = fits ? readValue(raw[i]!, kind) : null;
  });
  return { values, raw, place };
}
