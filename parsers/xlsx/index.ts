/**
 * 基层政务公开标准目录 (and other catalogue tables) in workbooks — .xlsx, .xlsb, .xls (BIFF8 and BIFF5), WPS .et,
 * .ods and flat .fods, told apart by content: every sheet, every header band on a sheet, through one grid decoder.
 * Item place = `Sheet!A7` (the row's first used column).
 */
import type { DraftItem } from '../../schemas/draft-item.js';
import { decodeGrid } from '../shared/decode-grid.js';
import type { Parser } from '../types.js';
import { readWorkbookGrids } from './read-workbook.js';
import { workbookFormat, WORKBOOK_FORMATS } from './workbook-format.js';

export { READ_OPTIONS, readWorkbookGrids } from './read-workbook.js';

export const xlsxParser: Parser = {
  name: 'xlsx',
  description: `Workbooks (${WORKBOOK_FORMATS.join(', ')}): every sheet and table, merged headers and cells filled, √/■/□ flags decoded`,
  input: 'binary',
  format: 'xlsx',
  kind: 'catalogue',
  claims: (bytes) => workbookFormat(bytes) !== undefined,
  formatOf: (file) => workbookFormat(file.bytes) ?? 'xlsx',
  detect(file) {
    return workbookFormat(file.bytes) ? 0.95 : 0;
  },
  async parse(file, ctx) {
    const items: DraftItem[] = [];
    for (const grid of await readWorkbookGrids(file.bytes, ctx.limits, ctx.report)) {
      const result = decodeGrid(grid, ctx.report);
      if (result.tables.length === 0 && grid.rows.length > 0) {
        ctx.report({ ruleId: 'parse/no-table', severity: 'info', place: grid.name,
          message: `Sheet ${grid.name} has no catalogue header row (at least 3 known column labels, one of them naming the 事项); it gave no items.` });
      }
      // One by one: a spread of a long sheet's items overflows the call stack.
      for (const item of result.items) items.push(item);
    }
    return items;
  },
};
