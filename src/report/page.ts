/** The HTML shell: header, table of contents, sections, embedded table data and the page script. */
import { createHash } from 'node:crypto';
import { html, jsonForScript, trusted, type Html } from './html.js';
import { PAGE_SCRIPT } from './page-script.js';
import { PAGE_STYLE } from './page-style.js';
import type { PagedTableData } from './paged-table.js';

export interface PageParts {
  title: string;
  subtitle: string;
  sections: { id: string; label: string; body: Html }[];
  tables: Record<string, PagedTableData>;
}

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export function renderPage(parts: PageParts): string {
  // CSP as a second wall behind escaping: the page may fetch nothing, and only our own style and script (by hash) apply,
  // so even markup that slipped through could neither run nor load anything.
  const csp = `default-src 'none'; style-src ${sha256(PAGE_STYLE)}; script-src ${sha256(PAGE_SCRIPT)}; base-uri 'none'; form-action 'none'`;
  return html`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${parts.title}</title>
<style>${trusted(PAGE_STYLE)}</style>
</head>
<body>
<header class="top"><h1>${parts.title}</h1><p>${parts.subtitle}</p></header>
<nav class="toc">${parts.sections.map((s) => html`<a href="#${s.id}">${s.label}</a>`)}</nav>
<main>
${parts.sections.map((s) => s.body)}
</main>
<script type="application/json" id="report-data">${jsonForScript({ tables: parts.tables })}</script>
<script>${trusted(PAGE_SCRIPT)}</script>
</body>
</html>
`.toString();
}
