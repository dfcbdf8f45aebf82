/** §三: the 7 applicant columns × the format's rows, each row found by its label in the fixed order. */
import type { ParseContext } from '../types.js';
import { REQUEST_COLUMNS, type RequestRow, type RequestRowKey } from '../../schemas/annual-report.js';
import { checkColumnCount, continuesValues, fitRow, placeOf, type Cell } from './read-cells.js';
import { readValue } from './read-values.js';
import { isValueCell, normalizeCell, REQUEST_COLUMN_LABELS, REQUEST_ROW_LABELS } from './skeleton.js';

export type RequestTable = Partial<Record<RequestRowKey, RequestRow>>;

export function readRequests(cells: readonly Cell[], rowKeys: readonly RequestRowKey[], ctx: ParseContext): RequestTable {
  const norms = cells.map((c) => normalizeCell(c.text));
  // Labels may be split over cells (`自 然 人` read from a PDF), so they are looked for in the joined header text.
  const joined = norms.join('');
  const missingColumns = REQUEST_COLUMN_LABELS.filter((label) => !joined.includes(label));
  if (missingColumns.length) {
    ctx.report({
      ruleId: 'report/columns-missing',
      severity: 'warning',
      message: `§三 does not print the column labels ${missingColumns.join('、')}; values are read in the format's column order. Check the table header.`,
      place: cells.length ? placeOf(cells) : undefined,
      actual: missingColumns.join('、'),
    });
  }
  const rows: RequestTable = {};
  let cursor = 0;
  for (const key of rowKeys) {
    const label = REQUEST_ROW_LABELS[key];
    const at = norms.findIndex((norm, i) => i >= cursor && matchesLabel(norm, label));
    if (at < 0) {
      ctx.report({
        ruleId: 'report/row-missing',
        severity: 'warning',
        message: `§三 has no row ${label} (${key}) where the format puts it; the row is left out. Check the table.`,
        place: cells[cursor] ? `L${cells[cursor]!.line}` : undefined,
        expected: label,
      });
      continue;
    }
    // A label wrapped onto the next line (`(二)部分公开(区分处理的,只计这一情形,不计` / `其他情形) 0 0 …`): text that is
    // neither a value nor another row's label, right before the values.
    let from = at + 1;
    while (from < cells.length && from - at <= MAX_LABEL_PARTS && isLabelRest(cells, norms, from)) from++;
    let end = from;
    while (end < cells.length && continuesValues(cells[end]!, cells[end - 1]!)) end++;
    rows[key] = toRow(cells[at]!, cells.slice(from, end), ctx);
    cursor = end;
  }
  return rows;
}

const MAX_LABEL_PARTS = 2;
const ALL_ROW_LABELS = Object.values(REQUEST_ROW_LABELS);

function isLabelRest(cells: readonly Cell[], norms: readonly string[], i: number): boolean {
  const cell = cells[i]!;
  const next = cells[i + 1];
  return !cell.blank && !isValueCell(cell.text) && !ALL_ROW_LABELS.some((l) => matchesLabel(norms[i]!, l)) && next !== undefined && isValueCell(next.text);
}

/** Labels carry notes (`部分公开(区分处理的,只计这一情形…)`): a long label matches as a prefix; `其他`/`总计` only whole. */
function matchesLabel(norm: string, label: string): boolean {
  return norm === label || (label.length >= 4 && norm.startsWith(label));
}

function toRow(label: Cell, printed: Cell[], ctx: ParseContext): RequestRow {
  const cells = fitRow(printed, REQUEST_COLUMNS.length);
  const raw = cells.map((c) => c.text);
  const place = placeOf([label, ...cells]);
  const fits = checkColumnCount(ctx, `Row ${label.text} of §三`, raw, REQUEST_COLUMNS.length, place);
  const values = Object.fromEntries(REQUEST_COLUMNS.map((c, i) => [c, fits ? readValue(raw[i]!, 'count') : null])) as RequestRow['values'];
  return { values, raw, place };
}
