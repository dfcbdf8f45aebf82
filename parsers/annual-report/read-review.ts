/** §四: one row of 15 cells under 行政复议 (5) and 行政诉讼 未经复议直接起诉 (5) / 复议后起诉 (5). */
import type { ParseContext } from '../types.js';
import { REVIEW_COLUMNS, REVIEW_GROUPS, type ReviewTable } from '../../schemas/annual-report.js';
import { checkColumnCount, fitRow, placeOf, type Cell } from './read-cells.js';
import { readValue } from './read-values.js';
import { isValueCell, normalizeCell, REVIEW_LABELS } from './skeleton.js';

const CELLS = REVIEW_GROUPS.length * REVIEW_COLUMNS.length;

export function readReview(cells: readonly Cell[], ctx: ParseContext): ReviewTable | undefined {
  const joined = cells.map((c) => normalizeCell(c.text)).join('');
  const missing = REVIEW_LABELS.filter((label) => !joined.includes(label));
  if (missing.length) {
    ctx.report({
      ruleId: 'report/columns-missing',
      severity: 'warning',
      message: `§四 does not print ${missing.join('、')}; its values are read in the format's column order. Check the table header.`,
      place: cells.length ? placeOf(cells) : undefined,
      actual: missing.join('、'),
    });
  }
  // The values, with the empty cells of a row printed on one line (they are 0s whose column is known).
  const valueLines = new Set(cells.filter((c) => isValueCell(c.text)).map((c) => c.line));
  const valueCells = fitRow(cells.filter((c) => isValueCell(c.text) || (c.blank && valueLines.has(c.line))), CELLS);
  if (!valueLines.size) {
    ctx.report({
      ruleId: 'report/row-missing',
      severity: 'warning',
      message: '§四 has no values; the review and litigation table is left out. Check the source table.',
      place: cells.length ? placeOf(cells) : undefined,
    });
    return undefined;
  }
  const raw = valueCells.map((c) => c.text);
  const place = placeOf(valueCells);
  if (!checkColumnCount(ctx, '§四', raw, CELLS, place)) return { raw, place };
  const values = Object.fromEntries(
    REVIEW_GROUPS.map((group, g) => [
      group,
      Object.fromEntries(REVIEW_COLUMNS.map((column, c) => [column, readValue(raw[g * REVIEW_COLUMNS.length + c]!, 'count')])),
    ]),
  ) as NonNullable<ReviewTable['values']>;
  return { raw, place, values };
}
