/** §二: the small tables keyed by 条例 第二十条 items, rebuilt from their column and row labels. */
import type { ParseContext } from '../types.js';
import type { ProactiveColumnKey, ProactiveRow, ProactiveRowKey, ReportFormat } from '../../schemas/annual-report.js';
import { checkColumnCount, continuesValues, fitRow, placeOf, type Cell } from './read-cells.js';
import { readValue } from './read-values.js';
import {
  DECIMAL_COLUMNS, normalizeCell, proactiveColumn, PROACTIVE_DEFAULT_COLUMNS, PROACTIVE_ROW_LABELS, PROACTIVE_TABLE, SIGNED_COLUMNS,
  startsProactiveColumn,
} from './skeleton.js';

export type ProactiveTables = Partial<Record<ProactiveRowKey, ProactiveRow>>;

export function readProactive(cells: readonly Cell[], format: ReportFormat, ctx: ParseContext): ProactiveTables {
  const rows: ProactiveTables = {};
  let columns: ProactiveColumnKey[] = [];
  let row: { key: ProactiveRowKey; label: Cell; values: Cell[] } | undefined;

  const finish = () => {
    if (row) rows[row.key] = toRow(row.label, row.values, columns.length ? columns : defaultColumns(row, format, ctx), ctx);
    row = undefined;
  };
  // A header label broken over cells (`本年新` / `公开数量`, a line break inside a header cell) is put back together.
  let fragment = '';
  for (const cell of cells) {
    if (PROACTIVE_TABLE.test(cell.text)) {
      finish();
      columns = [];
      fragment = '';
      continue;
    }
    if (row && continuesValues(cell, row.values.at(-1) ?? row.label)) {
      row.values.push(cell);
      continue;
    }
    if (cell.blank) continue;
    finish();
    const norm = normalizeCell(cell.text);
    const joined = fragment + norm;
    const column = proactiveColumn(norm) ?? (fragment ? proactiveColumn(joined) : undefined);
    if (column) {
      columns.push(column);
      fragment = '';
      continue;
    }
    fragment = fragment && startsProactiveColumn(joined) ? joined : startsProactiveColumn(norm) ? norm : '';
    const key = PROACTIVE_ROW_LABELS.find(([label]) => norm === label)?.[1];
    if (key) row = { key, label: cell, values: [] };
  }
  finish();
  return rows;
}

/** The format's columns for a row whose sub-table printed no header cells (said, since it is an assumption). */
function defaultColumns(row: { key: ProactiveRowKey; label: Cell }, format: ReportFormat, ctx: ParseContext): ProactiveColumnKey[] {
  const columns = PROACTIVE_DEFAULT_COLUMNS[format === '2019' ? '2019' : '2021'][row.key] ?? [];
  ctx.report({
    ruleId: 'report/columns-missing',
    severity: 'info',
    message: `The §二 table of ${row.label.text} prints no column headers; its values are read as the ${format === '2019' ? '2019' : '2021'} format's columns (${columns.join(', ')}). Check the source table.`,
    place: `L${row.label.line}`,
    expected: columns.join(', '),
  });
  return columns;
}

function toRow(label: Cell, printed: Cell[], columns: ProactiveColumnKey[], ctx: ParseContext): ProactiveRow {
  const cells = fitRow(printed, columns.length);
  const raw = cells.map((c) => c.text);
  const place = placeOf([label, ...cells]);
  const values: ProactiveRow['values'] = {};
  const fits = checkColumnCount(ctx, `Row ${label.text} of §二`, raw, columns.length, place);
  columns.forEach((column, i) => {
    const kind = DECIMAL_COLUMNS.has(column) ? 'decimal' : SIGNED_COLUMNS.has(column) ? 'signed' : 'count';
    values[column] = fits ? readValue(raw[i]!, kind) : null;
  });
  return { values, raw, place };
}
