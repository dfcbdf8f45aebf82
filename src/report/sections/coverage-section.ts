/** 覆盖情况 coverage: per local catalogue, the standard items it covers, lacks and adds, each match explained. */
import type { CoverageResult, PublisherCoverage } from '../../coverage/coverage-types.js';
import { percent } from '../../coverage/format-coverage.js';
import { html, type Html } from '../html.js';
import { shareChart } from '../svg-chart.js';
import { cards, dataTable, section, sourceRef } from './parts.js';

function publisherBlock(p: PublisherCoverage, index: number): Html {
  return html`<details class="publisher" id="coverage-${index}"${index < 10 ? html` open` : ''}><summary><strong>${p.publisher}</strong> — 覆盖 covered ${p.covered.length}/${p.standard} (${percent(p.ratio)}), 缺少 lacking ${p.lacking.length}, 新增 added ${p.added.length}</summary>
<p>${p.localItems} 个本地事项 (local items) in ${p.files.map((f) => sourceRef(f))}</p>
${dataTable(['一级事项 level 1', '覆盖 covered', '标准 standard'], p.byLevel1.map((l) => [l.level1 || '—', l.covered, l.total]), (i) =>
  p.byLevel1[i].covered === 0 ? 'lacking' : p.byLevel1[i].covered < p.byLevel1[i].total ? 'partial' : '',
)}
<h4>已覆盖 Covered (${p.covered.length})</h4>
${dataTable(
  ['标准事项 standard', '本地事项 local', '来源 source', '匹配 match'],
  p.covered.map((c) => [
    html`${c.level1 ? html`<span class="muted">${c.level1} /</span> ` : ''}${c.name}`,
    html`${c.local.name}${c.alsoMatched ? html` <span class="muted">(+${c.alsoMatched} 项也匹配 also match)</span>` : ''}`,
    sourceRef(c.local.file, c.local.place),
    html`<span class="method m-${c.method}">${c.explain}</span>`,
  ]),
)}
<h4>缺少 Lacking (${p.lacking.length})</h4>
${dataTable(['一级事项 level 1', '二级事项 standard item'], p.lacking.map((l) => [l.level1, l.name]), () => 'lacking')}
<h4>新增 Added (${p.added.length})</h4>
${dataTable(['类别 category', '本地事项 local item', '来源 source'], p.added.map((a) => [a.category.join(' / '), a.name, sourceRef(a.file, a.place)]))}
</details>`;
}

export function coverageSection(result: CoverageResult | undefined, hint: string): Html {
  if (!result) {
    return section(
      'coverage',
      '覆盖情况 Coverage',
      html`<p class="note">未指定标准目录, 也没有识别出 (no standard catalogue given or recognised). ${hint}</p>`,
    );
  }
  const summary = result.publishers.map((p, i) => [
    html`<a href="#coverage-${i}">${p.publisher}</a>`,
    p.localItems,
    p.covered.length,
    p.lacking.length,
    p.added.length,
    percent(p.ratio),
  ]);
  return section(
    'coverage',
    '覆盖情况 Coverage',
    html`<p>标准目录 standard: <code>${result.selector}</code>${result.auto ? html` <span class="note">(自动识别 guessed; 用 <code>--standard</code> 指定)</span>` : ''} —
${result.units.length} 个标准事项 (二级事项 units) from ${result.standardRows} rows in ${result.standardFiles.map((f) => sourceRef(f))}.
匹配方法 methods: <code>exact</code> 完全相同, <code>normalized</code> 去编号/括号/空格/繁简后相同, <code>synonym</code> 同义词, <code>contains</code> 包含.</p>
${cards([
  ['标准事项 standard items', result.units.length, 'standard-units'],
  ['本地目录 local catalogues', result.publishers.length, 'local-catalogues'],
])}
${dataTable(['发布机构 publisher', '本地事项 local', '覆盖 covered', '缺少 lacking', '新增 added', '覆盖率 coverage'], summary)}
${shareChart(
  result.publishers.map((p) => ({ label: p.publisher, part: p.covered.length, total: p.standard })),
  '各本地目录覆盖的标准事项 standard items covered per catalogue',
)}
${result.publishers.map(publisherBlock)}`,
  );
}
