/**
 * Pipe renderings of a table (`a | b | c |`, `| a | b |`) → CellGrids for the shared decoder.
 *
 * Every `|` closes the cell before it. A line that does not end in `|` leaves its last cell open, so the cell goes on
 * over the next line (`公开内容 … 20个\n工作日内 |`, or `3\n|`). A `|` that opens a line `| a | b |` opens a row; a
 * lone `|` at the start of a line (`| √ |`) closes an empty cell. Each line that ends in `|` closes a printed row;
 * printed rows are joined into table rows until the header's width is reached, so a row broken over several lines
 * reads as one. Renderings drop merged cells and move empty cells to the end of a row: the grid says so
 * (`cellsMayShift`), and the decoder puts the cells back under their columns.
 */
import { matchLabel } from '../../schemas/field-labels.js';
import type { Cell, CellGrid } from '../shared/cell-grid.js';
import { cellShape } from '../shared/cell-shape.js';
import { isHeaderRow, readHeaderBand } from '../shared/header-band.js';
import { linePlace } from '../shared/lines.js';
import { readTitleRow } from '../shared/title-row.js';

/** A printed row: the cells closed by the `|`s of one or more lines, up to a line that ends in `|`. */
interface PrintedRow {
  cells: Cell[];
  /** 1-based first and last line. */
  from: number;
  to: number;
  /** Empty cells at the end of the row (`| ||||`): a renderer pads a complete row this way. */
  trailingEmpty: number;
  /** A line of text without any `|` (a title, a note): never part of a table row. */
  text?: boolean;
  /** The text ended inside this row (its last cell was never closed). */
  open?: boolean;
  /** A rule line (`|---|---|`) follows the row: a header row is complete there. */
  ruled?: boolean;
}

const RULE_ROW = /^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$/;
/**
 * A line that opens a row with a bar: `| 1 | 机构信息 | …`, `| 机构信息` (a first cell with text). A tick
 * after the bar (`| √ |`) is a cell of a row broken over lines, whose bar closes an empty cell.
 */
const ROW_OPENER = /^\s*\|\s*(?![√✓✔■□☑☒þR]\s*\|)[^|\s][^|]*(?:\||$)/;
/** Rows read ahead of the header for its title. */
const TITLE_ROWS_ABOVE = 3;
/** Words that only header cells hold, for header pieces that are not in the label table (`公开链接`). */
const HEADER_WORD = /公开|公開|事项|事項|名称|名稱|责任|責任|链接|鏈接|备注|備註|栏目|欄目|职责|職責|依据|依據|层级|層級|类别|類別/;

/** Splits the lines into printed rows and lines of plain text. */
export function printedRows(lines: readonly string[]): PrintedRow[] {
  const rows: PrintedRow[] = [];
  let current: PrintedRow | undefined;
  let pending: string[] = [];
  let pendingFrom = 0;
  const push = (text: string, from: number, to: number) => {
    current ??= { cells: [], from, to, trailingEmpty: 0 };
    const t = text.trim();
    current.cells.push({ text: t, place: `${linePlace(from, to)} col ${current.cells.length + 1}` });
    current.trailingEmpty = t ? 0 : current.trailingEmpty + 1;
    current.to = to;
  };
  const close = () => {
    if (current) rows.push(current);
    current = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const line = lines[i]!;
    if (RULE_ROW.test(line) && line.includes('-')) {
      if (!current && !pending.length && rows.length > 0) rows.at(-1)!.ruled = true;
      continue;
    }
    if (!line.includes('|')) {
      if (pending.length) {
        pending.push(line);
        continue;
      }
      if (!line.trim()) continue;
      // Lines without a bar that a later bar closes (`3\n|`, a long 条款内容 cell) are a cell; other lines are text.
      if (rows.length > 0 && !rows.at(-1)!.text && continuesInCell(lines, i)) {
        pending = [line];
        pendingFrom = n;
        continue;
      }
      close();
      rows.push({ cells: [{ text: line.trim(), place: `L${n}` }], from: n, to: n, trailingEmpty: 0, text: true });
      continue;
    }
    const parts = line.split('|');
    let k = 0;
    if (!pending.length && ROW_OPENER.test(line)) {
      close();
      k = 1; // the opening bar closes nothing
    }
    for (; k < parts.length - 1; k++) {
      if (pending.length) {
        push([...pending, parts[k]!].join('\n'), pendingFrom, n);
        pending = [];
      } else push(parts[k]!, n, n);
    }
    const rest = parts.at(-1)!;
    if (rest.trim()) {
      pending = [rest];
      pendingFrom = n;
    } else close();
  }
  if (pending.length) {
    const to = lines.length;
    push(pending.join('\n'), pendingFrom, to);
    current!.open = true;
  }
  close();
  return rows;
}

/** Lines a cell may run over before the bar that closes it. */
const CELL_LINES = 300;

/**
 * True when line `i` (without a bar) starts a cell that a later bar closes: the next line with a bar neither opens
 * a row (`| a | b |`) nor is a header. A line shaped like a title (`…公开目录`) is a cell too when no header follows it:
 * the title of a table is recognised by the header under it, as in `titlesNextTable`.
 */
function continuesInCell(lines: readonly string[], i: number): boolean {
  for (let j = i + 1; j < lines.length && j - i <= CELL_LINES; j++) {
    const line = lines[j]!;
    if (!line.includes('|')) continue;
    if (ROW_OPENER.test(line)) return false;
    return !isHeaderRow(line.split('|').map((text) => ({ text: text.trim(), place: '' })));
  }
  return false;
}

function textsOf(row: PrintedRow): string[] {
  return row.cells.map((c) => c.text).filter(Boolean);
}

/** A piece of a header row broken over lines: label cells only (and header words the label table lacks). */
function isHeaderPiece(row: PrintedRow, next: PrintedRow | undefined): boolean {
  const texts = textsOf(row);
  if (row.text || !texts.length) return false;
  let known = 0;
  for (const t of texts) {
    const target = matchLabel(t);
    if (target && ('flag' in target || ('field' in target && /^level/.test(target.field)))) return false;
    if (target) known++;
    else if (t.length > 12 || !HEADER_WORD.test(t)) return false;
  }
  // A lone unknown word may be a data cell (公开指南): it joins the header beside a known label, or when the first
  // data row (opening with its 序号) follows it.
  return known > 0 || texts.length > 1 || (next !== undefined && startsWithNumber(next));
}

/** The second header row: sub-labels (一级事项, 全社会, 县级 …) and, under flag groups, short words. */
function isSubHeader(row: PrintedRow): boolean {
  const texts = textsOf(row);
  if (row.text || !texts.length) return false;
  const first = matchLabel(texts[0]!);
  if (!first || !('flag' in first || ('field' in first && /^level/.test(first.field)))) return false;
  return texts.every((t) => matchLabel(t) !== undefined || (t.length <= 8 && cellShape(t) === 'text'));
}

function startsWithNumber(row: PrintedRow): boolean {
  return cellShape(row.cells[0]?.text ?? '') === 'number';
}

/** The grid row of a run of printed rows. */
function joined(rows: PrintedRow[]): { cells: Cell[]; place: string } {
  const cells: Cell[] = [];
  for (const r of rows) for (const c of r.cells) cells.push(c);
  return { cells, place: linePlace(rows[0]!.from, rows.at(-1)!.to) };
}

/** A table's title row: one text ending in 目录/清单, long enough to name something (a lone `目录` cell is data). */
function isTitle(row: PrintedRow): boolean {
  const title = readTitleRow(row.cells);
  return !!title && title.title.length >= 6;
}

function isTableStart(rows: PrintedRow[], i: number): boolean {
  const row = rows[i]!;
  return !row.text && isHeaderRow(row.cells);
}

/**
 * A title row that opens the next table: a title with that table's header within the rows a title may sit above it.
 * A title-like row with no header after it is data (a row whose name `…公开目录` was printed on a line of its own).
 */
function titlesNextTable(rows: PrintedRow[], i: number): boolean {
  if (!isTitle(rows[i]!)) return false;
  for (let j = i + 1; j < rows.length && j <= i + TITLE_ROWS_ABOVE; j++) if (isTableStart(rows, j)) return true;
  return false;
}

/** One grid per table: its title rows, its header (pieces joined), its body rows (printed rows joined to width). */
export function pipeGrids(lines: readonly string[], name: string): CellGrid[] {
  const rows = printedRows(lines);
  const grids: CellGrid[] = [];
  let i = 0;
  let previousEnd = 0;
  while (i < rows.length) {
    if (!isTableStart(rows, i)) {
      i++;
      continue;
    }
    const grid: CellGrid = { name, rows: [], rowPlaces: [], cellsMayShift: true };
    const add = (r: { cells: Cell[]; place: string }) => {
      grid.rows.push(r.cells);
      grid.rowPlaces.push(r.place);
    };
    for (let t = Math.max(previousEnd, i - TITLE_ROWS_ABOVE); t < i; t++) {
      if (readTitleRow(rows[t]!.cells)) add(joined([rows[t]!]));
    }
    const headerTop = grid.rows.length;
    // The header row, with the pieces a narrow layout wrapped onto the next lines.
    const top = [rows[i]!];
    // A rule line under the header says it is complete: the row after it is data, whatever its words.
    for (i++; i < rows.length && !top.at(-1)!.ruled && top.at(-1)!.trailingEmpty === 0 && isHeaderPiece(rows[i]!, rows[i + 1]); i++) top.push(rows[i]!);
    add(joined(top));
    const sub: PrintedRow[] = [];
    for (; i < rows.length && isSubHeader(rows[i]!); i++) sub.push(rows[i]!);
    if (sub.length) add(joined(sub));
    const width = readHeaderBand(grid, headerTop).columns.length;
    while (i < rows.length && !rows[i]!.text && !isTableStart(rows, i) && !titlesNextTable(rows, i)) {
      const body = [rows[i++]!];
      let count = body[0]!.cells.length;
      while (
        count < width && i < rows.length && body.at(-1)!.trailingEmpty < 2 && !rows[i]!.text
        && !isTableStart(rows, i) && !titlesNextTable(rows, i)
        // A 序号 opens the next row: a row whose merged cells were dropped ends short.
        && !(count >= 2 && startsWithNumber(rows[i]!))
      ) {
        body.push(rows[i]!);
        count += rows[i++]!.cells.length;
      }
      add(joined(body));
      // The text ends inside the row: its last cell was never closed, or it ends short of the header's width.
      if (body.at(-1)!.open || (i === rows.length && count < width)) grid.truncated = true;
    }
    previousEnd = i;
    grids.push(grid);
  }
  return grids;
}

/** True when some printed row of the first lines is a catalogue header. */
export function hasPipeHeader(lines: readonly string[]): boolean {
  if (!lines.some((l) => l.includes('|'))) return false;
  return printedRows(lines).some((r) => !r.text && isHeaderRow(r.cells));
}
