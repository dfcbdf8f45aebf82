/**
 * html-table: catalogue tables of an HTML page → items. A page without one is a document, read by the document
 * parsers (or the article fallback) from its rendered text. It reads `SourceFile.html`, filled by the HTML
 * preparation step from the page's one DOM; tables go through the shared decoder (parsers/shared/decode-grid.ts)
 * like every other table rendering.
 */
import type { DraftItem } from '../../schemas/draft-item.js';
import type { Parser } from '../types.js';
import { publisherOfTitle } from '../shared/catalogue-title.js';
import { cellGridOf, type CellGrid } from '../shared/cell-grid.js';
import { decodeGrid, isCatalogueGrid } from '../shared/decode-grid.js';
import type { PageFacts } from '../shared/decode-rows.js';
import type { HtmlPage, HtmlTable } from '../html-page.js';

/** Tables at least this large without a recognised header are reported: they may be catalogues with unknown labels. */
const REPORT_ROWS = 3;

export const htmlTable: Parser = {
  name: 'html-table',
  description: 'HTML pages: catalogue <table>s (rowspan/colspan, two-row headers, √ columns) → items',
  input: 'text',
  format: 'html',
  kind: 'catalogue',
  detect(file) {
    if (!file.html) return 0;
    return file.html.tables.some((t) => isCatalogueGrid(tableCells(t))) ? 0.95 : 0;
  },
  parse(file, ctx) {
    const page = file.html;
    if (!page) {
      ctx.report({ ruleId: 'parse/not-html', severity: 'error', message: 'html-table was given a file that was not prepared as HTML; report this as a bug.' });
      return [];
    }
    const items: DraftItem[] = [];
    const facts = pageFacts(page, file.lines);
    for (const table of page.tables) {
      const grid = tableCells(table);
      if (!isCatalogueGrid(grid)) {
        const width = table.rows[0]?.length ?? 0;
        if (table.rows.length >= REPORT_ROWS && width >= 3) {
          ctx.report({ ruleId: 'parse/table-skipped', severity: 'info', place: `table ${table.index}`,
            actual: table.rows[0]!.map((c) => c.text).join(' | '),
            message: 'A table has no recognised catalogue header; it was read as page text. Add its labels to field-labels.ts if it is a catalogue.' });
        }
        continue;
      }
      // One by one: a spread of a long table's items overflows the call stack.
      for (const item of decodeGrid(grid, ctx.report, facts).items) items.push(item);
    }
    return items;
  },
};

/** A table's expanded grid as the shared decoder's CellGrid; rows are placed `table 1 row 5` unless the table places them. */
function tableCells(table: HtmlTable): CellGrid {
  return cellGridOf(`table ${table.index}`, table.rows, (r) => table.rowPlaces?.[r] ?? `table ${table.index} row ${r + 1}`);
}

/** The page's title (when it names a catalogue), publisher and date, for every item of its tables. */
function pageFacts(page: HtmlPage, lines: readonly string[]): PageFacts {
  const facts: PageFacts = {};
  const title = page.meta.title ?? (page.titleLine !== undefined ? lines[page.titleLine]?.trim() : undefined);
  if (title && /目录|清单/.test(title)) facts.title = title;
  // The title names the publisher in full (…人力资源和社会保障局主动公开事项目录); the meta line's 来源 is often short.
  const publisher = (title ? publisherOfTitle(title) : undefined) ?? page.meta.publisher;
  if (publisher) facts.publisher = publisher;
  if (page.meta.publishedAt) facts.publishedAt = page.meta.publishedAt;
  return facts;
}
