/**
 * pipe-table: tables rendered as pipe rows (`a | b | c |` or `| a | b |`), including rows broken over several lines,
 * rows whose merged cells were dropped, empty cells moved to the end of a row, headers of one to three rows (a title
 * row, a group row over its sub-columns, or both header rows on one line). The rows become CellGrids
 * (flat-table/pipe-rows.ts) and the shared decoder reads them.
 */
import type { DraftItem } from '../../schemas/draft-item.js';
import type { Parser, ParseContext, SourceFile } from '../types.js';
import { cataloguePageFacts } from '../shared/catalogue-title.js';
import { decodeGrid } from '../shared/decode-grid.js';
import { cellLineShare } from '../flat-table/cell-tokens.js';
import { hasPipeHeader, pipeGrids } from '../flat-table/pipe-rows.js';

/** A header sits near the top of a table page. */
const HEAD_LINES = 400;

export const pipeTable: Parser = {
  name: 'pipe-table',
  description: 'Pipe tables (a | b | c |) with a labelled header: rows broken over lines, dropped merged cells, two/three-row headers',
  input: 'text',
  format: 'text',
  detect(file: SourceFile): number {
    const head = file.lines.slice(0, HEAD_LINES);
    // One cell per line is flat-table's rendering.
    if (cellLineShare(head) >= 0.5) return 0;
    return hasPipeHeader(head) ? 0.9 : 0;
  },
  parse(file: SourceFile, ctx: ParseContext): DraftItem[] {
    const page = cataloguePageFacts(file.lines);
    const items: DraftItem[] = [];
    for (const grid of pipeGrids(file.lines, file.path)) {
      for (const item of decodeGrid(grid, ctx.report, page).items) items.push(item);
    }
    return items;
  },
};
