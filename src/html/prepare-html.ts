/**
 * An HTML page → the text the parsers read, plus its tables and metadata. One parse per page:
 * decode → remove hidden/injected content → tables as grids → main content → title, breadcrumb, metadata → text lines.
 *
 * The text is: the title line, the metadata lines next to it (`2022-12-16 来源:…`, as in the text seeds), then the
 * main content, one line per block (table rows as `cell | cell`). So the text parsers (regulation, notice, annual
 * report) run on an article page unchanged. Catalogue tables are not in the text: html-table reads them from grids.
 */
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import type { HtmlPage, HtmlTable } from '../../parsers/html-page.js';
import { cellGridOf } from '../../parsers/shared/cell-grid.js';
import { isCatalogueGrid } from '../../parsers/shared/decode-grid.js';
import { tableGrid, type CellBudget } from '../../parsers/html-table/table-grid.js';
import { decodeBytes, type Decoded } from '../decode.js';
import { attachments } from './attachments.js';
import { breadcrumb } from './breadcrumb.js';
import { parseDocument } from './cheerio-core.js';
import { compact, descendants, elementsUnder, evidence, rawText, visibleLength, type Element } from './dom.js';
import { mainContent } from './main-content.js';
import { latin1Head } from './meta-charset.js';
import { MAX_DEPTH, MAX_ELEMENTS, markupText, tooLargeForDom } from './markup-text.js';
import { metaLabelRole, readMetaLines } from '../../parsers/shared/meta-lines.js';
import { pageTitle } from './page-title.js';
import { removeHidden } from './remove-hidden.js';
import { cellText, renderLines } from './render-lines.js';
import { footerStart } from '../clean/footer.js';
import { firstOf } from './page-head.js';

type Report = (d: DiagnosticInput) => void;

/**
 * The decoding (its invalid bytes are reported by the caller, like any file's) and the page; no page for one read
 * as plain text (too large for a DOM): its text goes to the text parsers only.
 */
export interface PreparedHtml extends Decoded {
  html?: HtmlPage;
}

/**
 * HTML is recognised by content, not by extension: document markup near the start of the file, or a table fragment
 * with rows. A lone `<table id="mc848"></table>` is the junk of a text copy (seed 004), not a page.
 */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = latin1Head(bytes, 1024).toLowerCase();
  return /<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]/.test(head) || (/<table[\s>]/.test(head) && /<t[rd][\s>]/.test(head));
}

/** Metadata lines are looked for this close to the title line (before, after). */
const META_WINDOW = [3, 8] as const;

/** `maxCells`: the cells all tables of the page may expand to (the same limit as a workbook's). */
export function prepareHtml(bytes: Uint8Array, report: Report, maxCells = Infinity): PreparedHtml {
  const decoded = decodeBytes(bytes, { html: true });
  const size = tooLargeForDom(decoded.text);
  if (size) {
    report({ ruleId: 'html/too-large-for-dom', severity: 'warning', actual: `${size.elements} elements, nesting ${size.depth} deep`,
      expected: `at most ${MAX_ELEMENTS} elements and ${MAX_DEPTH} levels`,
      message: 'The page has too many elements or nests them too deep to be parsed as a document; it was read as plain text (table rows as | cell | lines, spans not expanded, no page metadata). Check its items.' });
    const lines = markupText(decoded.text);
    return { ...decoded, text: lines.join('\n') };
  }
  const root = parseDocument(decoded.text);
  removeHidden(root, report);
  // The cleaned page does not change shape any more: its elements are listed once for the lookups below.
  const elements = descendants(root);

  const tables: HtmlTable[] = [];
  const tableOf = new Map<Element, HtmlTable>();
  const catalogue = new Set<Element>();
  // Layout tables hold other tables: only the innermost tables are data.
  const all = elements.filter((el) => el.name === 'table');
  const outer = layoutTables(all);
  const budget: CellBudget = { cells: maxCells };
  for (const el of all) {
    if (outer.has(el)) continue;
    const grid = tableGrid(el, tables.length + 1, cellText, budget);
    tables.push(grid);
    tableOf.set(el, grid);
    if (isCatalogueGrid(cellGridOf(`table ${grid.index}`, grid.rows, (r) => `table ${grid.index} row ${r + 1}`))) catalogue.add(el);
  }
  if (budget.cut) {
    report({ ruleId: 'html/table-cell-limit', severity: 'error', place: `table ${budget.cut.table} R${budget.cut.row}`,
      actual: `more than ${maxCells} cells with rowspan/colspan expanded`, expected: `at most ${maxCells} cells per page`,
      message: `The page's tables expand (rowspan/colspan) past the cell limit: table ${budget.cut.table} was read up to row ${budget.cut.row - 1}, later rows and tables were not read. Raise --max-cells if the file is trusted.` });
  }

  const body = (elements.find((el) => el.name === 'body') ?? root) as Element;
  const content = mainContent(body, catalogue) ?? body;
  const crumb = breadcrumb(elements, body);
  const title = pageTitle(elements, body, content, report);

  const pageLines = renderLines(body, catalogue);
  const titleKey = title === undefined ? undefined : compact(title);
  const titleAt = titleKey === undefined ? -1 : pageLines.findIndex((l) => compact(l) === titleKey);
  const from = Math.max(0, titleAt - META_WINDOW[0]);
  const windowLines = titleAt < 0 ? [] : pageLines.slice(from, titleAt + 1 + META_WINDOW[1]);
  const near = readMetaLines(windowLines);
  const headerLines = near.lines.map((i) => windowLines[i]!).filter((l) => l !== crumb?.text);

  const skip = new Set([crumb?.text, title, ...headerLines].filter((l): l is string => l !== undefined).map(compact));
  // Catalogue tables are read from their grids by html-table; left in the text, they would be read a second time,
  // and worse, by the text table parsers.
  const body0 = renderLines(content, catalogue).filter((l) => !skip.has(compact(l)));
  const titleAtElement = titleKey === undefined ? -1 : titleElement(elements, titleKey);
  const missed = titleAtElement < 0 ? [] : missedTables(tableOf, content, catalogue, body0, (el) => elements.indexOf(el) > titleAtElement);
  const bodyLines = [...cutFooter(body0, report), ...missed];
  const inBody = readMetaLines(bodyLines);
  const tableLines = metadataTables(tables);
  const inTables = readMetaLines(tableLines);

  const meta = {
    breadcrumb: (crumb?.segments ?? []).filter((s, i, all) => !(i === all.length - 1 && titleKey !== undefined && compact(s) === titleKey)),
    extra: { ...inBody.extra, ...inTables.extra, ...near.extra },
    attachments: attachments(ancestor(content, 2), bodyLines),
    // A `标题:` cell of the metadata table names the document; the page's headings may be the site's.
    ...((inTables.title ?? title) !== undefined && { title: inTables.title ?? title }),
    ...firstOf('publishedAt', near.publishedAt, inTables.publishedAt, inBody.publishedAt),
    ...firstOf('publisher', near.publisher, inTables.publisher, inBody.publisher),
  };
  // As in the text seeds: breadcrumb, title, meta line(s), then the body; the text document parsers read all three.
  // A metadata table outside the content block joins the head too, so its facts are cleaned with the text.
  const inBodyText = new Set(bodyLines.map(compact));
  const tableHead = tableLines.filter((l) => !skip.has(compact(l)) && !inBodyText.has(compact(l)));
  const head = [...(crumb ? [crumb.text] : []), ...(title !== undefined ? [title] : []), ...headerLines, ...tableHead];
  return {
    ...decoded,
    text: [...head, ...bodyLines].join('\n'),
    html: { meta, tables, body: bodyLines, bodyStart: head.length, ...linkShare(content), ...(title !== undefined && { titleLine: crumb ? 1 : 0 }) },
  };
}

/** A table whose text is mostly link text is a list of links (a side box of questions, related articles), not data. */
const MAX_TABLE_LINK_SHARE = 0.5;

/**
 * The rows (`cell | cell`, copies of spanned cells left out) of the data tables outside the content block: a page
 * whose text is split over many spans can lose its table to a side block of prose in the content scoring, and a
 * document's table is part of its text. Only tables below the title are the document's (a side box above it is not).
 * Catalogue tables (read from their grids), metadata tables (read into the head)
 * and link lists are left out, and a table printed twice (a page that renders its body twice) is taken once.
 */
function missedTables(
  tableOf: ReadonlyMap<Element, HtmlTable>,
  content: Element,
  catalogue: ReadonlySet<Element>,
  bodyLines: readonly string[],
  belowTitle: (el: Element) => boolean,
): string[] {
  const seen = new Set(bodyLines.map(compact));
  const lines: string[] = [];
  for (const [el, table] of tableOf) {
    if (!belowTitle(el) || catalogue.has(el) || isInside(el, content) || isMetadataTable(table) || linkShare(el).linkShare! > MAX_TABLE_LINK_SHARE) continue;
    const rows = table.rows.map((row) => row.filter((c) => !c.filledFrom).map((c) => c.text.trim()).join(' | ')).filter((r) => compact(r) !== '');
    if (rows.length === 0 || rows.every((r) => seen.has(compact(r)))) continue;
    for (const r of rows) seen.add(compact(r));
    for (const r of rows) lines.push(r);
  }
  return lines;
}

/** Index among the page's elements of the first one whose text is the title (a heading printed over a <br> too). */
function titleElement(elements: readonly Element[], titleKey: string): number {
  const start = titleKey.slice(0, 6);
  return elements.findIndex(
    (el) => el.children.some((c) => c.type === 'text' && compact(rawText(c)).includes(start)) && compact(rawText(el)) === titleKey,
  );
}

function isInside(el: Element, block: Element): boolean {
  for (let n: Element | null = el; n; n = n.parent && isTag(n.parent) ? (n.parent as Element) : null) if (n === block) return true;
  return false;
}

function isTag(n: { type: string }): boolean {
  return n.type === 'tag';
}

/** A footer the content block still holds is cut with the text pass's footer cutter (its markers and limits). */
function cutFooter(lines: string[], report: Report): string[] {
  const at = footerStart(lines);
  if (at < 0) return lines;
  report({ ruleId: 'clean/html-footer', severity: 'info', actual: evidence(lines.slice(at).join(' / ')),
    message: `Cut ${lines.length - at} footer line(s) left in the main content block.` });
  return lines.slice(0, at);
}

/**
 * The rows of metadata tables (索引号 | … | 发文机关 | … | 成文日期 | … | 标题 | …) as `cell | cell` lines: a table
 * whose cells include at least two metadata labels. Sites print this block above the text, outside its content area.
 */
function metadataTables(tables: readonly HtmlTable[]): string[] {
  const lines: string[] = [];
  for (const table of tables) {
    if (!isMetadataTable(table)) continue;
    for (const row of table.rows) lines.push(row.filter((c) => !c.filledFrom).map((c) => c.text.trim()).join(' | '));
  }
  return lines;
}

function isMetadataTable(table: HtmlTable): boolean {
  return table.rows.reduce((n, row) => n + row.filter((c) => metaLabelRole(c.text) !== undefined && !c.filledFrom).length, 0) >= 2;
}

/** Share of the content block's visible characters that are link text: near 1 for a navigation index. */
function linkShare(content: Element): { linkShare?: number } {
  const total = visibleLength(rawText(content));
  if (total === 0) return {};
  const inLinks = elementsUnder(content, (el) => el.name === 'a').reduce((n, a) => n + visibleLength(rawText(a)), 0);
  return { linkShare: Math.round((Math.min(inLinks, total) / total) * 1000) / 1000 };
}

/** The tables that hold another table: each table marks its table ancestors, stopping where an earlier one did. */
function layoutTables(tables: readonly Element[]): Set<Element> {
  const outer = new Set<Element>();
  for (const table of tables) {
    for (let n = table.parent; n; n = n.parent) {
      if (n.type !== 'tag' || (n as Element).name !== 'table') continue;
      if (outer.has(n as Element)) break;
      outer.add(n as Element);
    }
  }
  return outer;
}

function ancestor(el: Element, levels: number): Element {
  let out = el;
  for (let i = 0; i < levels && out.parent && out.parent.type === 'tag'; i++) out = out.parent as Element;
  return out;
}
