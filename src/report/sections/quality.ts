/** 数据质量 data quality: findings per rule with the files that have most of them, and the full diagnostics table. */
import type { DiagnosticSummary } from '../aggregate-diagnostics.js';
import { byKey } from '../counter.js';
import { html, type Html } from '../html.js';
import { SEVERITY_LABELS } from '../labels.js';
import { barChart } from '../svg-chart.js';
import { dataTable, filterLink, pagedTable, section, sourceRef } from './parts.js';

const WORST_FILES = 3;
const CHART_RULES = 20;
const SEVERITY_COLORS: Record<string, string> = { error: '#c0392b', warning: '#c77c02', info: '#2e6da4' };

export function qualitySection(diagnostics: DiagnosticSummary): Html {
  const rows = diagnostics.rules.map((rule) => {
    const worst = [...rule.files.entries()].sort((a, b) => b[1].count - a[1].count || byKey(a[0], b[0])).slice(0, WORST_FILES);
    return [
      filterLink('diagnostics', rule.ruleId, html`<code>${rule.ruleId}</code>`),
      html`<span class="sev sev-${rule.severity}">${SEVERITY_LABELS[rule.severity]} ${rule.severity}</span>`,
      rule.count,
      rule.files.size,
      html`<ul class="plain">${worst.map(
        ([file, { count, firstPlace }]) => html`<li>${filterLink('diagnostics', `${rule.ruleId} ${file}`, sourceRef(file, firstPlace))} ×${count}</li>`,
      )}</ul>`,
      rule.sampleMessage,
    ];
  });
  const total = diagnostics.total.error + diagnostics.total.warning + diagnostics.total.info;
  return section(
    'quality',
    '数据质量 Data quality',
    html`<p>${total} 条诊断 (diagnostics), ${diagnostics.rules.length} 条规则 (rules): ${diagnostics.total.error} 错误 errors · ${diagnostics.total.warning} 警告 warnings · ${diagnostics.total.info} 提示 infos. 点击规则查看全部记录 (click a rule to list its findings).</p>
${barChart(
  diagnostics.rules.slice(0, CHART_RULES).map((r) => ({ label: r.ruleId, value: r.count, color: SEVERITY_COLORS[r.severity] })),
  '每条规则的诊断数 findings per rule (红 error · 橙 warning · 蓝 info)',
)}
${dataTable(['规则 ruleId', '级别 severity', '次数 count', '文件数 files', '最多的文件 worst files (place)', '示例 message'], rows)}
<h3>全部诊断 All diagnostics</h3>
${pagedTable('diagnostics', '诊断 diagnostics')}`,
  );
}
