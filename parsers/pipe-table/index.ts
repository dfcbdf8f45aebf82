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
import { flatTableParser } from '../flat-table/index.js';
import { detectOnce } from '../shared/detect-once.js';
import { hasPipeHeader, pipeGrids } from '../flat-table/pipe-rows.js';

/** The pipeline's detection threshold (parsers/index.ts imports this parser, so the value is not imported back). */
const DETECT_THRESHOLD = 0.5;
/** A header sits near the top of a table page. */
const HEAD_LINES = 400;

export const pipeTable: Parser = {
  name: 'pipe-table',
  description: 'Pipe tables (a | b | c |) with a labelled header: rows broken over lines, dropped merged cells, two/three-row headers',
  input: 'text',
  format: 'text',
  kind: 'catalogue',
  detect(file: SourceFile): number {
    const head = file.lines.slice(0, HEAD_LINES);
    if (!hasPipeHeader(head)) return 0;
    // A 标准目录 written one cell per line is flat-table's rendering; it claims those itself.
    return cellLineShare(head) >= 0.5 && detectOnce(flatTableParser, file) >= DETECT_THRESHOLD ? 0 : 0.9;
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
