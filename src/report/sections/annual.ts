/** 年度报告 annual reports: each document's typed statistics as tables, with its report/* findings highlighted. */
import type { Diagnostic } from '../../../schemas/diagnostic.js';
import type { StatsDocument } from '../aggregate-items.js';
import { html, type Html } from '../html.js';
import { renderStats } from '../stats-table.js';
import { section, sourceRef } from './parts.js';

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

export function annualSection(documents: StatsDocument[], findingsByFile: Map<string, Diagnostic[]>): Html {
  const withDocument = new Set(documents.map((d) => d.file));
  // Findings of files whose report could not be typed still belong here.
  const orphans = [...findingsByFile.entries()].filter(([file]) => !withDocument.has(file));
  return section(
    'annual',
    '年度报告 Annual reports',
    html`<p>${documents.length} 个带统计的文档 (documents with stats).</p>${
      documents.length
        ? documents.map((doc) => documentBlock(doc, findingsByFile.get(doc.file) ?? []))
        : html`<p class="empty">无 (none)</p>`
    }${orphans.map(([file, findings]) =>
      documentBlock({ name: `${file} (无统计 no stats)`, publisher: '', publishedAt: '', file, place: '', parser: '', stats: {} }, findings),
    )}`,
  );
}
