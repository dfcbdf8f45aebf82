/** 字段一览 fields at a glance: 公开时限 clauses, channels, most-cited 公开依据, responsible units (kind 'item' only). */
import type { ItemSummary } from '../aggregate-items.js';
import { top } from '../counter.js';
import { html, type Html } from '../html.js';
import { TIME_CLAUSE_LABELS } from '../labels.js';
import { barChart } from '../svg-chart.js';
import { dataTable, section } from './parts.js';

const TOP = 15;
const TOP_BASIS = 20;

export function fieldsSection(items: ItemSummary): Html {
  const kinds = top(items.timeLimitKinds).map(([kind, n]) => ({ label: `${TIME_CLAUSE_LABELS[kind] ?? kind} ${kind}`, value: n }));
  return section(
    'fields',
    '字段一览 Fields at a glance',
    html`<p>统计 ${items.items} 个事项 (kind = item); 文档不计 (documents excluded).</p>
<h3>公开时限 timeLimit</h3>
<p>${items.timeLimitMissing} 个事项没有可读的时限条款 (items with no parsed clause).</p>
<div class="grid2"><div>${barChart(kinds, '时限条款类型 clause kinds (timeLimit.clauses[].kind)')}</div>
<div>${barChart(top(items.timeLimitSignatures, TOP).map(([s, n]) => ({ label: s, value: n, color: '#5b7fa6' })), `最常见的时限 top ${TOP} clauses`)}</div></div>
${dataTable(['时限 clause', '条款数 clauses'], top(items.timeLimitSignatures, TOP).map(([s, n]) => [s, n]))}
<div class="grid2"><div><h3>公开渠道 channels</h3>
${barChart(top(items.channels, TOP).map(([c, n]) => ({ label: c, value: n, color: '#3c8d7a' })), '使用该渠道的事项数 items per channel')}</div>
<div><h3>责任单位 responsible</h3>
${barChart(top(items.responsible, TOP).map(([c, n]) => ({ label: c, value: n, color: '#8a6bb0' })), '责任单位的事项数 items per responsible unit')}</div></div>
<h3>最常引用的公开依据 Most-cited basis</h3>
${dataTable(
  ['#', '法规 title (basis[].title)', '引用事项 items'],
  top(items.basisTitles, TOP_BASIS).map(([title, n], i) => [i + 1, html`《${title}》`, n]),
)}`,
  );
}
