/**
 * 基层政务公开标准目录 tables flattened to text: seed 003 style (one cell per line ending in `|`) or pipe rows with
 * one or two header rows, including PDF-doubled header glyphs (`序号序号`). Named flat-table because it covers
 * both flattenings of the same table. Claims only texts whose header has 标准目录 labels (一级/二级事项, flag
 * columns), so the 事项目录 pipe table of seed 000 and the annual-report cells of seed 003 score 0.
 */
import type { DraftItem } from '../../schemas/draft-item.js';
import { decodeGrid } from '../shared/decode-grid.js';
import { scanLabels } from '../shared/label-scan.js';
import type { Parser, SourceFile } from '../types.js';
import { cellRowGrids } from './cell-rows.js';
import { cellLineShare, cellTokens } from './cell-tokens.js';

/** Header cells sit near the top of a flattened table. */
const HEAD_LINES = 200;

type Shape = 'cells';

// Pipe rows (`| a | b |`) are pipe-table's: one reader for every pipe rendering.
function shapeOf(file: SourceFile): { shape: Shape; score: number } | undefined {
  const head = file.lines.slice(0, HEAD_LINES);
  if (cellLineShare(head) >= 0.5) {
    const scan = scanLabels(cellTokens(head).map((t) => t.text));
    if (scan.labels >= 4 && scan.standard >= 2 && scan.naming > 0) return { shape: 'cells', score: 0.85 };
  }
  return undefined;
}

export const flatTableParser: Parser = {
  name: 'flat-table',
  description: '标准目录 tables flattened to text: one cell per line ending in |, or pipe rows with two header rows',
  input: 'text',
  format: 'text',
  detect(file) {
    return shapeOf(file)?.score ?? 0;
  },
  parse(file, ctx) {
    const found = shapeOf(file);
    if (!found) {
      ctx.report({ ruleId: 'parse/no-table', severity: 'warning',
        message: 'No 标准目录 header (一级/二级事项 or 公开对象/公开方式/公开层级 columns) in the first lines; no items read.' });
      return [];
    }
    const items: DraftItem[] = [];
    const tables = cellRowGrids(cellTokens(file.lines), file.path);
    for (const grid of tables.grids) items.push(...decodeGrid(grid, ctx.report).items);
    for (const row of tables.partialRows) {
      ctx.report({ ruleId: 'parse/row-rejected', severity: 'warning', place: `L${row[0]!.from}-L${row[row.length - 1]!.to}`,
        actual: row.map((t) => t.text).join(' | '),
        message: 'Cells at the end of the table do not fill a whole row, so no item was made from them. Check for a missing or extra cell above.' });
    }
    return items;
  },
};
