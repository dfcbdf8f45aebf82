/**
 * Markdown-style pipe tables whose rows are broken over several lines (seed 000: `name\n|\ncontent | basis | clauses |\n…`).
 * Cells are read as a stream of `|`-separated tokens across line breaks and re-chunked into rows of the header's width;
 * the 公开时限 column, when present, is the anchor that re-aligns a row that has a stray `|` inside a cell.
 */
import type { DraftItem } from '../../schemas/draft-item.js';
import type { Parser, ParseContext, SourceFile } from '../types.js';
import { mapHeader, recognisedCount, rowToDraft, type HeaderColumn } from '../shared/header.js';
import { lineAt, linePlace, lineStartsOf, squash } from '../shared/lines.js';
import { tokenizePipeCells, type PipeCell } from './cells.js';
import { looksLikeTimeLimit } from '../shared/anchors.js';

const MIN_LABELS = 3;
const MAX_HEADER_LENGTH = 600;

interface HeaderHit {
  line: number; // 0-based
  columns: HeaderColumn[];
}

function findHeader(lines: string[]): HeaderHit | undefined {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // A header row is short; long lines (body text, minified pages) are not worth splitting.
    if (line.length > MAX_HEADER_LENGTH || !line.includes('|')) continue;
    const cells = line.split('|').map((c) => c.trim());
    if (cells[0] === '') cells.shift();
    if (cells.at(-1) === '') cells.pop();
    const columns = mapHeader(cells);
    if (recognisedCount(columns) >= MIN_LABELS && recognisedCount(columns) >= columns.length * 0.6) return { line: i, columns };
  }
  return undefined;
}

const isSeparatorRow = (line: string) => /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line);

export const pipeTable: Parser = {
  name: 'pipe-table',
  description: 'Pipe (markdown) tables with a labelled header, rows possibly broken over several lines',
  input: 'text',
  format: 'text',
  kind: 'catalogue',
  detect(file: SourceFile): number {
    const hit = findHeader(file.lines.slice(0, 400));
    if (!hit) return 0;
    // A 标准目录 header (group over flag columns: 公开对象/全社会 …) spans two rows; flat-table reads those.
    if (hit.columns.some((c) => c.target && ('flag' in c.target || 'group' in c.target))) return 0;
    return isSeparatorRow(file.lines[hit.line + 1] ?? '') ? 0.95 : 0.7;
  },
  parse(file: SourceFile, ctx: ParseContext): DraftItem[] {
    const hit = findHeader(file.lines);
    if (!hit) return [];
    const width = hit.columns.length;
    const bodyStart = hit.line + 1 + (isSeparatorRow(file.lines[hit.line + 1] ?? '') ? 1 : 0);
    const starts = lineStartsOf(file.lines);
    const body = file.lines.slice(bodyStart).join('\n');
    const offset = starts[bodyStart] ?? file.text.length;
    const cells = tokenizePipeCells(body);
    const timeColumn = hit.columns.findIndex((c) => c.target && 'field' in c.target && c.target.field === 'timeLimit');
    const items: DraftItem[] = [];
    let i = 0;
    while (i < cells.length) {
      let row = cells.slice(i, i + width);
      i += row.length;
      if (row.every((c) => c.text.trim() === '')) continue;
      // From the first printed character of the row to its closing '|'.
      const placeOf = (r: PipeCell[]) => {
        const lead = r[0]!.text.search(/\S/);
        const first = offset + r[0]!.start + Math.max(0, lead);
        return linePlace(lineAt(starts, first), lineAt(starts, Math.max(first, offset + r.at(-1)!.end)));
      };
      if (row.length < width) {
        ctx.report({
          ruleId: 'parse/row-rejected',
          severity: 'error',
          message: `Row has ${row.length} of ${width} cells; check for a missing '|' in the source table.`,
          place: placeOf(row),
          actual: row.map((c) => c.text.trim()).join(' | '),
        });
        break;
      }
      // Re-align: a stray '|' inside a long cell shifts the row; the time-limit column finds the true end.
      if (timeColumn >= 0 && !looksLikeTimeLimit(row[timeColumn]!.text)) {
        const window = [...row.slice(timeColumn + 1), ...cells.slice(i, i + 4)];
        const shift = window.findIndex((c) => looksLikeTimeLimit(c.text)) + 1;
        if (shift > 0) {
          const fromAhead = width + shift - row.length;
          const merged = [...row, ...cells.slice(i, i + fromAhead)];
          i += fromAhead;
          row = realign(merged, width, timeColumn, shift);
          ctx.report({
            ruleId: 'parse/row-realigned',
            severity: 'warning',
            message: `A cell contained '|'; ${shift} extra cell(s) were joined back into the cell before 公开渠道 so that 公开时限 lines up. Check the row.`,
            place: placeOf(merged),
            actual: merged.map((c) => c.text.trim()).join(' | '),
          });
        }
      }
      items.push(rowToDraft(hit.columns, row.map((c) => squashCell(c.text)), placeOf(row)));
    }
    return items;
  },
};

/**
 * `cells` holds `shift` cells too many before the time-limit column. The cell just before the time limit is the
 * channel; the surplus is joined into the cell before the channel (the long text columns are where a stray '|' hides).
 */
function realign(cells: PipeCell[], width: number, timeColumn: number, shift: number): PipeCell[] {
  const before = cells.slice(0, timeColumn + shift);
  const after = cells.slice(timeColumn + shift, timeColumn + shift + (width - timeColumn));
  const channel = before.pop()!;
  const joinAt = Math.max(0, before.length - shift - 1);
  const joined = before.slice(joinAt);
  const mergedCell: PipeCell = { text: joined.map((c) => c.text).join('|'), start: joined[0]!.start, end: joined.at(-1)!.end };
  return [...before.slice(0, joinAt), mergedCell, channel, ...after];
}

/** Cells keep their inner line breaks as single spaces, except long multi-line cells (documents) which keep newlines. */
function squashCell(text: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.length > 1 && text.length > 500 ? lines.join('\n') : squash(text);
}
