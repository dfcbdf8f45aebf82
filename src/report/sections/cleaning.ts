/** 清洗记录 cleaning evidence: every removal and repair per file, `actual → expected`, for a person to audit. */
import type { Diagnostic } from '../../../schemas/diagnostic.js';
import type { DiagnosticSummary } from '../aggregate-diagnostics.js';
import { byKey } from '../counter.js';
import { html, type Html } from '../html.js';
import { dataTable, filterLink, section, sourceRef } from './parts.js';

/** Bounds on static markup; the rest stays reachable through the diagnostics table. */
const ROWS_PER_FILE = 100;
const FILES_SHOWN = 30;

function change(d: Diagnostic): Html {
  if (d.expected !== undefined) return html`<del>${d.actual ?? ''}</del> → <ins>${d.expected}</ins>`;
  if (d.actual !== undefined) return html`<del>${d.actual}</del> → <span class="muted">(删除 removed)</span>`;
  return html`<span class="muted">${d.message}</span>`;
}

export function cleaningSection(diagnostics: DiagnosticSummary): Html {
  const files = [...diagnostics.cleaning.entries()].sort((a, b) => b[1].length - a[1].length || byKey(a[0], b[0]));
  const all = files.flatMap(([, list]) => list);
  const repairs = all.filter((d) => d.expected !== undefined).length;
  const body = files.slice(0, FILES_SHOWN).map(([file, list]) => {
    const fileRepairs = list.filter((d) => d.expected !== undefined).length;
    const shown = list.slice(0, ROWS_PER_FILE);
    return html`<details open class="file-clean"><summary>${sourceRef(file)} — ${list.length} 处 (${fileRepairs} 修复 repairs, ${list.length - fileRepairs} 删除 removals)</summary>
${dataTable(
  ['位置 place', '规则 ruleId', '原文 → 修复 actual → expected'],
  shown.map((d) => [d.place ?? '', html`<code>${d.ruleId}</code>`, change(d)]),
)}
${list.length > shown.length ? html`<p class="note">仅显示前 ${shown.length} 条; ${filterLink('diagnostics', `clean/ ${file}`, '查看全部 show all')}.</p>` : ''}</details>`;
  });
  return section(
    'cleaning',
    '清洗记录 Cleaning evidence',
    html`<p>${all.length} 处清洗 (cleaning actions) in ${files.length} 个文件 files: ${repairs} 修复 repairs (<code>actual → expected</code>), ${all.length - repairs} 删除 removals.</p>${
      files.length ? body : html`<p class="empty">没有清洗记录 (no clean/* diagnostics).</p>`
    }${files.length > FILES_SHOWN ? html`<p class="note">仅列出清洗最多的 ${FILES_SHOWN} 个文件; ${filterLink('diagnostics', 'clean/', '在诊断表中查看全部 show all in the diagnostics table')}.</p>` : ''}`,
  );
}
