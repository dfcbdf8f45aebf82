/**
 * html-table: catalogue tables of an HTML page → items. A page without one is a document, read by the document
 * parsers (or the article fallback) from its rendered text. It reads `SourceFile.html`, filled by the HTML
 * preparation step from the page's one DOM.
 */
import type { DraftItem } from '../../schemas/draft-item.js';
import type { Parser } from '../types.js';
import { gridItems } from './grid-items.js';
import { findHeader } from './header-map.js';
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
    return file.html.tables.some((t) => findHeader(t.rows)) ? 0.95 : 0;
  },
  parse(file, ctx) {
    const page = file.html;
    if (!page) {
      ctx.report({ ruleId: 'parse/not-html', severity: 'error', message: 'html-table was given a file that was not prepared as HTML; report this as a bug.' });
      return [];
    }
    const items: DraftItem[] = [];
    for (const table of page.tables) {
      const header = findHeader(table.rows);
      if (!header) {
        const width = table.rows[0]?.length ?? 0;
        if (table.rows.length >= REPORT_ROWS && width >= 3) {
          ctx.report({ ruleId: 'parse/table-skipped', severity: 'info', place: `table ${table.index}`,
            actual: table.rows[0]!.map((c) => c.text).join(' | '),
            message: 'A table has no recognised catalogue header; it was read as page text. Add its labels to field-labels.ts if it is a catalogue.' });
        }
        continue;
      }
      // One by one: a spread of a long table's items overflows the call stack.
      for (const item of gridItems(table.rows, header, { prefix: `table ${table.index}` }, ctx.report)) items.push(item);
    }
    return items;
  },
};
