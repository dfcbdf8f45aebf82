/**
 * 基层政务公开标准目录 and 事项目录 tables flattened to text without their row breaks: one cell per line (ending in `|`
 * or not), cells separated by blank lines, space-separated rows, including PDF-doubled header glyphs (`序号序号`).
 * Pipe rows are pipe-table's. Claims only texts whose header has 标准目录 labels (一级/二级事项, flag
 * columns), so the 事项目录 pipe table of seed 000 and the annual-report cells of seed 003 score 0.
 */
import type { DraftItem } from '../../schemas/draft-item.js';
import { decodeGrid } from '../shared/decode-grid.js';
import { scanLabels } from '../shared/label-scan.js';
import type { ParseContext, Parser, SourceFile } from '../types.js';
import { cellLineShare, cellTokens, lineTokens, paragraphTokens, type Token } from './cell-tokens.js';
import { nextStreamHeader } from './stream-header.js';
import { streamTables, type StreamTable } from './stream-tables.js';
import { findInterleavedHeader, findWordHeader, wordTables } from './word-rows.js';
import { findGluedHeader } from './glued-header.js';

/** Header cells sit near the top of a flattened table. */
const HEAD_LINES = 200;

type Shape = 'cells' | 'paragraphs' | 'lines' | 'words' | 'glued' | 'interleaved';

/** The cell streams of each rendering: a cell per line closed by a bar, per paragraph, per line. */
const TOKENIZERS: Record<Exclude<Shape, 'words' | 'glued' | 'interleaved'>, (lines: string[]) => Token[]> = {
  cells: cellTokens,
  paragraphs: paragraphTokens,
  lines: lineTokens,
};

// Pipe rows (`| a | b |`) are pipe-table's: one reader for every pipe rendering.
function shapeOf(file: SourceFile): { shape: Shape; score: number } | undefined {
  const head = file.lines.slice(0, HEAD_LINES);
  const shapes: Exclude<Shape, 'words' | 'glued' | 'interleaved'>[] = cellLineShare(head) >= 0.5 ? ['cells'] : ['paragraphs', 'lines'];
  for (const shape of shapes) {
    const tokens = TOKENIZERS[shape](head);
    const header = nextStreamHeader(tokens, 0);
    if (!header) continue;
    const scan = scanLabels(tokens.slice(header.start, header.end).map((t) => t.text));
    if (scan.labels >= 4 && scan.naming > 0) return { shape, score: 0.85 };
  }
  if (findWordHeader(head) !== undefined) return { shape: 'words', score: 0.85 };
  // Claimed (at the lowest score that runs a parser) only to say why no items come out of it.
  if (findGluedHeader(head) !== undefined) return { shape: 'glued', score: 0.5 };
  if (findInterleavedHeader(head) !== undefined) return { shape: 'interleaved', score: 0.5 };
  return undefined;
}

/** Items of one table; the decoder keeps and flags the row the end of the text cut off (`grid.truncated`). */
function decodeTable(table: StreamTable, ctx: ParseContext): DraftItem[] {
  if (table.unread) {
    ctx.report({ ruleId: 'parse/row-rejected', severity: 'warning', place: table.unread.place, actual: table.unread.text.slice(0, 200),
      message: 'The header has a 序号 column but no row number follows it, so these cells were not read as rows (the table is cut off, or this is text after its header). Check the source.' });
  }
  return decodeGrid(table.grid, ctx.report).items;
}

export const flatTableParser: Parser = {
  name: 'flat-table',
  description: '标准目录 tables flattened to text: one cell per line ending in |, or pipe rows with two header rows',
  input: 'text',
  format: 'text',
  kind: 'catalogue',
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
    if (found.shape === 'glued') {
      const line = findGluedHeader(file.lines)!;
      ctx.report({ ruleId: 'parse/cells-run-together', severity: 'warning', place: `L${line}`, actual: file.lines[line - 1]!.trim().slice(0, 200),
        message: 'The table\'s cells are run together without separators (the header is labels written one after another), so where one cell of a row ends and the next begins cannot be known; no items were read. Get the page as HTML or as a spreadsheet.' });
      return items;
    }
    if (found.shape === 'interleaved') {
      const line = findInterleavedHeader(file.lines)!;
      ctx.report({ ruleId: 'parse/cells-interleaved', severity: 'warning', place: `L${line}`, actual: file.lines[line - 1]!.trim().slice(0, 200),
        message: 'A table\'s header words stand among fragments of its cells (the text of a document-sharing site or a PDF, where neighbouring columns are interleaved), so which fragment belongs to which cell cannot be known; no items were read. Get the original document or the page as HTML.' });
      return items;
    }
    const tables = found.shape === 'words' ? wordTables(file.lines, file.path) : streamTables(TOKENIZERS[found.shape](file.lines), file.path);
    for (const table of tables) for (const item of decodeTable(table, ctx)) items.push(item);
    return items;
  },
};
