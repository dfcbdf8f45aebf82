/**
 * The catalogue tables of a whole PDF as grids (the one table model, read by html-table through decode-grid). A table
 * printed over several pages is one grid: the header repeated at the top of a later page is recognised (the same
 * labels) and not read as a row; a table that goes on at the top of the next page without a header takes the columns
 * of the page before; and a row broken by the page break — the first row of the later page, without text in the
 * column every row fills (its 序号 or name) — is joined to the last row before the break.
 */
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import type { GridCell, HtmlTable } from '../../parsers/html-page.js';
import { joinWrapped, type PdfLine } from './page-lines.js';
import type { Rule } from './read-pdf.js';
import { bodyFrom, columnsOf, headerAt, type Columns, type HeaderCell, type HeaderLines } from './table-columns.js';
import { rowsOf, type BodyRow } from './table-rows.js';

export interface PageInput {
  page: number;
  /** The page's lines, page furniture removed. */
  lines: PdfLine[];
  rules: Rule[];
}

/** One page's share of a table. */
interface TablePart {
  page: number;
  header?: HeaderLines;
  headerRows: HeaderCell[][];
  columns: Columns;
  rows: BodyRow[];
  /** The part runs to the page's last line (the table may go on overleaf). */
  toPageEnd: boolean;
}

export interface PdfTables {
  tables: HtmlTable[];
  /** `page:line` keys of every line read into a table (kept out of the page's text). */
  lines: Set<string>;
}

/** A share of the rows that must fill a column for it to mark where rows start. */
const ANCHOR_SHARE = 0.9;

export function pdfTables(pages: readonly PageInput[], report: (d: DiagnosticInput) => void): PdfTables {
  const used = new Set<string>();
  const parts: TablePart[][] = [];
  let open: TablePart | undefined;
  for (const { page, lines, rules } of pages) {
    const onPage: TablePart[] = [];
    let i = 0;
    // A table that ran to the foot of the page before may go on here without repeating its header.
    if (open?.toPageEnd && lines.length && !headerAt(lines, 0)) {
      const body = bodyFrom(lines, 0, open.columns.labels);
      if (body.length) {
        const columns = columnsOf(open.columns.labels, body, rules);
        onPage.push({ page, headerRows: [], columns, rows: rowsOf(body, columns, rules), toPageEnd: body.at(-1) === lines.at(-1) });
        i = body.length;
      }
    }
    for (; i < lines.length; i++) {
      const header = headerAt(lines, i);
      if (!header) continue;
      const body = bodyFrom(lines, i + header.lines.length, header.labels);
      const columns = columnsOf(header.labels, body, rules);
      onPage.push({ page, header, headerRows: header.rows, columns, rows: rowsOf(body, columns, rules), toPageEnd: body.length > 0 && body.at(-1) === lines.at(-1) });
      i += header.lines.length + body.length - 1;
    }
    for (const part of onPage) {
      for (const l of [...(part.header?.lines ?? []), ...part.rows.flatMap((r) => r.lines)]) used.add(`${l.page}:${l.line}`);
    }
    onPage.forEach((part, k) => {
      const continues = k === 0 && open?.toPageEnd && open.page === page - 1 && (!part.header || sameHeader(open, part));
      if (continues) parts.at(-1)!.push(part);
      else parts.push([part]);
    });
    open = onPage.at(-1);
  }
  return { tables: parts.map((p, i) => toGrid(p, i + 1, report)), lines: used };
}

const compact = (s: string): string => s.replace(/\s+/g, '');

function sameHeader(a: TablePart, b: TablePart): boolean {
  const key = (p: TablePart): string => p.headerRows.map((r) => r.map((c) => compact(c.text)).join('|')).join('/');
  return key(a) === key(b);
}

/** The leftmost column that nearly every row fills (its 序号, or its name): a row without it continues the one above. */
function anchorColumn(rows: readonly BodyRow[], width: number): number | undefined {
  for (let c = 0; c < width; c++) {
    const filled = rows.filter((r) => r.cells[c] !== '').length;
    if (rows.length >= 2 && filled >= ANCHOR_SHARE * rows.length) return c;
  }
  return undefined;
}

function toGrid(parts: readonly TablePart[], index: number, report: (d: DiagnosticInput) => void): HtmlTable {
  const first = parts[0]!;
  const width = first.columns.labels.length;
  const rows: GridCell[][] = [];
  const rowPlaces: string[] = [];
  const add = (page: number, r: number, cells: readonly HeaderCell[]): void => {
    rows.push(Array.from({ length: width }, (_, c) => {
      const cell = cells[c];
      const from = cell?.copyOf;
      return { text: cell?.text ?? '', place: `p${page} R${r}C${c + 1}`, ...(from && { filledFrom: `p${page} R${from[0] + 1}C${from[1] + 1}` }) };
    }));
    rowPlaces.push(`p${page} R${r}`);
  };
  first.headerRows.forEach((row, r) => add(first.page, r + 1, row));
  const body: { page: number; r: number; row: BodyRow }[] = [];
  parts.forEach((part, k) => {
    let r = part.headerRows.length;
    if (k > 0 && part.headerRows.length) {
      report({ ruleId: 'pdf/repeated-header', severity: 'info', place: `p${part.page} R1`, actual: part.headerRows.map((row) => row.map((c) => c.text).join(' | ')).join(' / '),
        message: `The table's header is printed again at the top of page ${part.page}; it was not read as a row.` });
    }
    part.rows.forEach((row, j) => {
      r++;
      const last = body.at(-1);
      const anchor = k > 0 && j === 0 && last ? anchorColumn(body.map((b) => b.row), width) : undefined;
      if (last && anchor !== undefined && row.cells[anchor] === '' && row.cells.some((t) => t !== '')) {
        last.row = { cells: last.row.cells.map((t, c) => joinWrapped(t, row.cells[c] ?? '')), lines: [...last.row.lines, ...row.lines] };
        report({ ruleId: 'pdf/row-joined', severity: 'info', place: `p${part.page} R${r}`, actual: row.cells.filter(Boolean).join(' | '),
          message: `A row broken by the page break goes on at the top of page ${part.page}; it was joined to the row before the break (p${last.page} R${last.r}).` });
        return;
      }
      body.push({ page: part.page, r, row });
    });
  });
  for (const b of body) add(b.page, b.r, b.row.cells.map((text) => ({ text })));
  const line = first.header?.lines[0]?.line ?? first.rows[0]?.lines[0]?.line;
  return { index, rows, rowPlaces, ...(line !== undefined && { line }) };
}
