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
import { tableGrid } from '../../parsers/html-table/table-grid.js';
import { decodeBytes, type Decoded } from '../decode.js';
import { attachments } from './attachments.js';
import { breadcrumb } from './breadcrumb.js';
import { parseDocument } from './cheerio-core.js';
import { compact, descendants, type Element } from './dom.js';
import { mainContent } from './main-content.js';
import { latin1Head } from './meta-charset.js';
import { readMetaLines } from './meta-lines.js';
import { pageTitle } from './page-title.js';
import { removeHidden } from './remove-hidden.js';
import { cellText, renderLines } from './render-lines.js';
import { cutFooter } from './footer.js';

type Report = (d: DiagnosticInput) => void;

/** The decoding (its invalid bytes are reported by the caller, like any file's) and the page. */
export interface PreparedHtml extends Decoded {
  html: HtmlPage;
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

export function prepareHtml(bytes: Uint8Array, report: Report): PreparedHtml {
  const decoded = decodeBytes(bytes, { html: true });
  const root = parseDocument(decoded.text);
  removeHidden(root, report);
  // The cleaned page does not change shape any more: its elements are listed once for the lookups below.
  const elements = descendants(root);

  const tables: HtmlTable[] = [];
  const catalogue = new Set<Element>();
  // Layout tables hold other tables: only the innermost tables are data.
  const all = elements.filter((el) => el.name === 'table');
  const outer = layoutTables(all);
  for (const el of all) {
    if (outer.has(el)) continue;
    const grid = tableGrid(el, tables.length + 1, cellText);
    tables.push(grid);
    if (isCatalogueGrid(cellGridOf(`table ${grid.index}`, grid.rows, (r) => `table ${grid.index} row ${r + 1}`))) catalogue.add(el);
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
  const bodyLines = cutFooter(body0, report);
  const inBody = readMetaLines(bodyLines);

  const meta = {
    breadcrumb: (crumb?.segments ?? []).filter((s, i, all) => !(i === all.length - 1 && titleKey !== undefined && compact(s) === titleKey)),
    extra: { ...inBody.extra, ...near.extra },
    attachments: attachments(ancestor(content, 2), bodyLines),
    ...(title !== undefined && { title }),
    ...((near.publishedAt ?? inBody.publishedAt) !== undefined && { publishedAt: near.publishedAt ?? inBody.publishedAt }),
    ...((near.publisher ?? inBody.publisher) !== undefined && { publisher: near.publisher ?? inBody.publisher }),
  };
  // As in the text seeds: breadcrumb, title, meta line(s), then the body; the text document parsers read all three.
  const head = [...(crumb ? [crumb.text] : []), ...(title !== undefined ? [title] : []), ...headerLines];
  return {
    ...decoded,
    text: [...head, ...bodyLines].join('\n'),
    html: { meta, tables, body: bodyLines, bodyStart: head.length, ...(title !== undefined && { titleLine: crumb ? 1 : 0 }), ...placeOfBlock(content) },
  };
}

/** As prepareHtml, but a page the HTML steps cannot handle is reported and then read as plain text (undefined). */
export function prepareHtmlSafely(bytes: Uint8Array, report: Report): PreparedHtml | undefined {
  try {
    return prepareHtml(bytes, report);
  } catch (error) {
    report({ ruleId: 'internal/html-crash', severity: 'error',
      message: `The HTML steps failed on this page (${(error as Error).message}); it was read as plain text. Please report this file.` });
    return undefined;
  }
}

function placeOfBlock(el: Element): { contentPlace?: string } {
  const loc = (el as Element & { sourceCodeLocation?: { startLine: number; endLine: number } | null }).sourceCodeLocation;
  return loc ? { contentPlace: loc.startLine === loc.endLine ? `L${loc.startLine}` : `L${loc.startLine}-L${loc.endLine}` } : {};
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
