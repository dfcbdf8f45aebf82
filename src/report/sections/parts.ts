/** Small building blocks shared by the report sections. */
import { html, type Html } from '../html.js';

export function section(id: string, title: string, body: unknown): Html {
  return html`<section id="${id}"><h2>${title}</h2>${body}</section>`;
}

export function dataTable(headers: string[], rows: unknown[][], rowClass?: (index: number) => string): Html {
  if (rows.length === 0) return html`<p class="empty">无 (none)</p>`;
  // Many columns scroll sideways instead of squeezing every cell into a tall sliver on a phone.
  return html`<div class="scroll"><table class="${headers.length >= 5 ? 'wide' : ''}"><thead><tr>${headers.map((h) => html`<th>${h}</th>`)}</tr></thead><tbody>${rows.map(
    (row, i) => html`<tr class="${rowClass?.(i) ?? ''}">${row.map((cell) => html`<td>${cell}</td>`)}</tr>`,
  )}</tbody></table></div>`;
}

export function cards(entries: [label: string, value: number | string, id: string][]): Html {
  return html`<div class="cards">${entries.map(
    ([label, value, id]) => html`<div class="card" data-stat="${id}"><div class="value">${value}</div><div class="label">${label}</div></div>`,
  )}</div>`;
}

/** A source reference as plain text: links to remote or local files are never emitted. */
export function sourceRef(file: string, place?: string): Html {
  return html`<span class="src"><code>${file}</code>${place ? html` <span class="place">${place}</span>` : ''}</span>`;
}

/** Placeholder the page script fills with one page of an embedded table. */
export function pagedTable(name: string, caption: string): Html {
  return html`<div class="paged" id="table-${name}" data-table="${name}" aria-label="${caption}"><noscript>此表需要 JavaScript 分页显示 (this table is rendered by the page script).</noscript></div>`;
}

/** A link that filters an embedded table (e.g. the diagnostics of one rule). */
export function filterLink(table: string, filter: string, text: unknown): Html {
  return html`<a href="#table-${table}" class="filter-link" data-table="${table}" data-filter="${filter}">${text}</a>`;
}
