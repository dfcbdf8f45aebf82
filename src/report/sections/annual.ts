/** 年度报告 annual reports: each document's typed statistics as tables, with its report/* findings highlighted. */
import type { Diagnostic } from '../../../schemas/diagnostic.js';
import type { StatsDocument } from '../aggregate-items.js';
import { html, type Html } from '../html.js';
import { renderStats } from '../stats-table.js';
import { PagedTableBuilder, type PagedTableData } from '../paged-table.js';
import { pagedTable, section, sourceRef } from './parts.js';

/** Documents drawn in full; all of them are listed in the paged table. */
const DOCUMENTS_SHOWN = 30;

/** Tokens of a finding's place (`§三 r7` → §三, r7): table keys equal to one are highlighted. */
function flaggedKeys(findings: Diagnostic[]): Set<string> {
  return new Set(findings.flatMap((d) => (d.place ?? '').split(/[\s,;/]+/).filter(Boolean)));
}

function documentBlock(doc: StatsDocument, findings: Diagnostic[]): Html {
  return html`<article class="annual"><h3>${doc.name}</h3>
<p class="muted">${doc.publisher}${doc.publishedAt ? ` · ${doc.publishedAt}` : ''} · ${sourceRef(doc.file, doc.place)} · parser <code>${doc.parser}</code></p>
${findings.length
  ? html`<div class="findings"><strong>一致性问题 consistency findings (${findings.length})</strong><ul>${findings.map(
      (d) => html`<li><code>${d.ruleId}</code> ${d.place ? html`<span class="place">${d.place}</span> ` : ''}${d.message}${
        d.actual !== undefined || d.expected !== undefined ? html` <span class="muted">(${d.actual ?? ''} → ${d.expected ?? ''})</span>` : ''
      }</li>`,
    )}</ul></div>`
  : html`<p class="ok">没有一致性问题 (no report/* findings).</p>`}
${renderStats(doc.stats, flaggedKeys(findings))}</article>`;
}

/** Documents with findings first (most first), then in dataset order. */
function ordered(documents: StatsDocument[], findingsByFile: Map<string, Diagnostic[]>): StatsDocument[] {
  const count = (d: StatsDocument) => findingsByFile.get(d.file)?.length ?? 0;
  return documents.map((d, i) => ({ d, i })).sort((a, b) => count(b.d) - count(a.d) || a.i - b.i).map(({ d }) => d);
}

export function annualTable(documents: StatsDocument[], findingsByFile: Map<string, Diagnostic[]>): PagedTableData {
  const table = new PagedTableBuilder([
    { label: '文档 document' },
    { label: '发布机构 publisher', interned: true },
    { label: '日期 publishedAt' },
    { label: '来源 source.file', interned: true },
    { label: '问题 findings' },
  ]);
  for (const d of ordered(documents, findingsByFile)) {
    table.add([d.name, d.publisher, d.publishedAt, d.file, findingsByFile.get(d.file)?.length ?? 0]);
  }
  return table.build();
}

export function annualSection(all: StatsDocument[], findingsByFile: Map<string, Diagnostic[]>): Html {
  const documents = ordered(all, findingsByFile).slice(0, DOCUMENTS_SHOWN);
  const withDocument = new Set(all.map((d) => d.file));
  // Findings of files whose report could not be typed still belong here.
  const orphans = [...findingsByFile.entries()].filter(([file]) => !withDocument.has(file)).slice(0, DOCUMENTS_SHOWN);
  return section(
    'annual',
    '年度报告 Annual reports',
    html`<p>${all.length} 个带统计的文档 (documents with stats)${all.length > documents.length ? `; 下面详列 ${documents.length} 个, 有问题的在前 (the first ${documents.length}, those with findings first)` : ''}.</p>${
      documents.length
        ? documents.map((doc) => documentBlock(doc, findingsByFile.get(doc.file) ?? []))
        : html`<p class="empty">无 (none)</p>`
    }${orphans.map(([file, findings]) =>
      documentBlock({ name: `${file} (无统计 no stats)`, publisher: '', publishedAt: '', file, place: '', parser: '', stats: {} }, findings),
    )}${all.length > documents.length ? html`<h3>全部年报 All documents with stats</h3>${pagedTable('annual', '年报 annual reports')}` : ''}`,
  );
}
