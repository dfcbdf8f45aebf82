/**
 * A Word document's body (from .docx or .doc) → the prepared page every container gives: the text the parsers read,
 * plus its tables as grids and its metadata (`file.html`).
 *
 * The text is built as for an HTML page: the title line, the metadata lines next to it (`发布日期:…`, `发文机关:…`),
 * then the body, one line per paragraph line, a non-catalogue table's rows as `cell | cell` lines. So the document
 * parsers (notice, regulation, guide, annual report, article) read a Word document as they read a page. Catalogue
 * tables are not in the text: html-table reads them from their grids, like an HTML page's.
 */
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import type { HtmlTable } from '../../parsers/html-page.js';
import { cellGridOf } from '../../parsers/shared/cell-grid.js';
import { isCatalogueGrid } from '../../parsers/shared/decode-grid.js';
import type { PreparedHtml } from '../html/prepare-html.js';
import { attachmentsNamedInLines } from '../html/attachments.js';
import { pageHead } from '../html/page-head.js';
import { blockLines, holdsTable, wordGrid, type CellBudget, type WordBlock, type WordParagraph, type WordTable } from './word-blocks.js';

type Report = (d: DiagnosticInput) => void;

/** Metadata lines are looked for this close to the title line (before, after), as on a page. */
const META_WINDOW = [3, 8] as const;
/** The title is one of the document's first paragraphs. */
const TITLE_WITHIN = 5;
/** A first paragraph longer than this, or ending as a sentence does, is body text rather than a title. */
const TITLE_MAX_CHARS = 80;
/** `附件` / `附件2：` on a line of its own: how a document sent as an attachment is labelled above its title. */
const ATTACHMENT_LABEL = /^附\s*件\s*[0-9０-９一二三四五六七八九十]*\s*[:：]?$/;

/** `encoding` and `decision` describe how the text was read (files.jsonl), e.g. `utf-8` / `docx: word/document.xml`. */
export function prepareWord(blocks: readonly WordBlock[], how: { encoding: string; decision: string }, report: Report, maxCells: number): PreparedHtml {
  const budget: CellBudget = { cells: maxCells };
  const tables: HtmlTable[] = [];
  const catalogue = new Set<WordTable>();
  // Layout tables (a table in a cell) are walked for their content; the tables they hold are data.
  const flat = flatten(blocks);
  for (const block of flat) {
    if (block.kind !== 'table') continue;
    const grid = wordGrid(block, tables.length + 1, budget);
    tables.push(grid);
    if (isCatalogueGrid(cellGridOf(`table ${grid.index}`, grid.rows, (r) => `table ${grid.index} row ${r + 1}`))) catalogue.add(block);
  }
  if (budget.cut) {
    report({ ruleId: 'word/table-cell-limit', severity: 'error', place: `table ${budget.cut.table} R${budget.cut.row}`,
      actual: `more than ${maxCells} cells with merged cells expanded`, expected: `at most ${maxCells} cells per document`,
      message: `The document's tables expand (merged cells) past the cell limit: table ${budget.cut.table} was read up to row ${budget.cut.row - 1}, later rows and tables were not read. Raise --max-cells if the file is trusted.` });
  }

  const lines = flat.flatMap((block) => (block.kind === 'table' && catalogue.has(block) ? [] : blockLines([block])));
  const titleAt = titleParagraph(flat);
  const title = titleAt === undefined ? undefined : oneLine((flat[titleAt] as WordParagraph).text);
  // The title's line among the body lines: the lines of the blocks before it.
  const titleLine = titleAt === undefined ? -1 : flat.slice(0, titleAt).flatMap((b) => (b.kind === 'table' && catalogue.has(b) ? [] : blockLines([b]))).length;
  const rest = titleLine < 0 ? lines : [...lines.slice(0, titleLine), ...lines.slice(titleLine + blockLines([flat[titleAt!]!]).length)];
  const { meta, head, body } = pageHead(title, rest, [Math.max(0, titleLine - META_WINDOW[0]), titleLine + META_WINDOW[1]], attachmentsNamedInLines);
  return {
    text: [...head, ...body].join('\n'),
    encoding: how.encoding,
    decision: how.decision,
    html: { meta, tables, body, bodyStart: head.length, ...(title !== undefined && { titleLine: 0 }) },
  };
}

/** Blocks in reading order with layout tables opened: their cells' blocks take their place, row by row. */
function flatten(blocks: readonly WordBlock[]): WordBlock[] {
  const out: WordBlock[] = [];
  // An explicit stack: a hostile file may nest tables deeper than the call stack allows.
  const stack: WordBlock[] = [...blocks].reverse();
  while (stack.length > 0) {
    const block = stack.pop()!;
    if (block.kind === 'paragraph' || !holdsTable(block)) {
      out.push(block);
      continue;
    }
    const inner = block.rows.flatMap((row) => row.flatMap((cell) => cell.blocks));
    for (let i = inner.length - 1; i >= 0; i--) stack.push(inner[i]!);
  }
  return out;
}

/**
 * The document's title: the first paragraph styled as a title or heading among its first paragraphs, else the first
 * centred one there, else the first paragraph when it is short and does not end as a sentence does. An attachment
 * label above the title (`附件1`) is never the title.
 */
function titleParagraph(blocks: readonly WordBlock[]): number | undefined {
  const first: number[] = [];
  for (let i = 0; i < blocks.length && first.length < TITLE_WITHIN; i++) {
    const b = blocks[i]!;
    if (b.kind === 'table') break;
    if (b.text.trim() !== '' && !ATTACHMENT_LABEL.test(b.text.trim())) first.push(i);
  }
  const paragraph = (i: number) => blocks[i] as WordParagraph;
  const titled = first.find((i) => paragraph(i).heading) ?? first.find((i) => paragraph(i).centered);
  if (titled !== undefined) return titled;
  const top = first[0];
  if (top === undefined) return undefined;
  const text = oneLine(paragraph(top).text);
  return text.length <= TITLE_MAX_CHARS && !/[。；;：:，,]$/.test(text) ? top : undefined;
}

function oneLine(text: string): string {
  return text.split('\n').map((l) => l.trim()).filter(Boolean).join('');
}
