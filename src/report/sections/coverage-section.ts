/** 覆盖情况 coverage: per local catalogue, the standard items it covers, lacks and adds, each match explained. */
import type { CoverageResult, PublisherCoverage } from '../../coverage/coverage-types.js';
import { percent } from '../../coverage/format-coverage.js';
import { html, type Html } from '../html.js';
import { PagedTableBuilder, type PagedTableData } from '../paged-table.js';
import { shareChart } from '../svg-chart.js';
import { cards, dataTable, filterLink, pagedTable, section, sourceRef } from './parts.js';

/** Bounds on what is written as static markup; everything stays in the paged coverage table. */
const DETAIL_PUBLISHERS = 20;
const SUMMARY_ROWS = 200;
const CHART_BARS = 30;
const ADDED_ROWS = 30;
const FILES_LISTED = 5;

const STATUS = { covered: '覆盖 covered', lacking: '缺少 lacking', added: '新增 added' } as const;

/** Every covered / lacking / added row of every publisher, for the paged table. */
export function coverageTable(result: CoverageResult): PagedTableData {
  const table = new PagedTableBuilder([
    { label: '发布机构 publisher', interned: true },
    { label: '状态 status', interned: true },
    { label: '一级事项 level 1', interned: true },
    { label: '标准事项 standard' },
    { label: '本地事项 local' },
    { label: '来源 source' },
    { label: '匹配 match' },
  ]);
  const at = (ref: { file: string; place: string }) => `${ref.file} ${ref.place}`.trim();
  for (const p of result.publishers) {
    for (const c of p.covered) table.add([p.publisher, STATUS.covered, c.level1, c.name, c.local.name, at(c.local), c.explain]);
    for (const l of p.lacking) table.add([p.publisher, STATUS.lacking, l.level1, l.name, '', '', '']);
    for (const a of p.added) table.add([p.publisher, STATUS.added, a.category[0] ?? '', '', a.name, at(a), '']);
  }
  return table.build();
}

function publisherBlock(p: PublisherCoverage, index: number): Html {
  const files = p.files.slice(0, FILES_LISTED);
  return html`<details class="publisher" id="coverage-${index}" open><summary><strong>${p.publisher}</strong> — 覆盖 covered ${p.covered.length}/${p.standard} (${percent(p.ratio)}), 缺少 lacking ${p.lacking.length}, 新增 added ${p.added.length}</summary>
<p>${p.localItems} 个本地事项 (local items) in ${files.map((f) => sourceRef(f))}${p.files.length > files.length ? ` 等 ${p.files.length} 个文件 (files)` : ''}</p>
${dataTable(['一级事项 level 1', '覆盖 covered', '标准 standard'], p.byLevel1.map((l) => [l.level1 || '—', l.covered, l.total]), (i) =>
  p.byLevel1[i].covered === 0 ? 'lacking' : p.byLevel1[i].covered < p.byLevel1[i].total ? 'partial' : '',
)}
${shareChart(
  p.byLevel1.map((l) => ({ label: l.level1 || '—', part: l.covered, total: l.total })),
  `${p.publisher}: 各一级事项的覆盖 covered per level-1 item`,
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
${dataTable(['类别 category', '本地事项 local item', '来源 source'], p.added.slice(0, ADDED_ROWS).map((a) => [a.category.join(' / '), a.name, sourceRef(a.file, a.place)]))}
${p.added.length > ADDED_ROWS ? html`<p class="note">仅显示前 ${ADDED_ROWS} 项; ${filterLink('coverage', `${p.publisher} 新增`, '查看全部 show all')}.</p>` : ''}
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
  const summary = result.publishers.slice(0, SUMMARY_ROWS).map((p, i) => [
    i < DETAIL_PUBLISHERS ? html`<a href="#coverage-${i}">${p.publisher}</a>` : p.publisher,
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
${result.publishers.length > SUMMARY_ROWS ? html`<p class="note">表中仅列前 ${SUMMARY_ROWS} 个; 全部见下方分页表 (all publishers are in the paged table below).</p>` : ''}
${shareChart(
  result.publishers.slice(0, CHART_BARS).map((p) => ({ label: p.publisher, part: p.covered.length, total: p.standard })),
  '各本地目录覆盖的标准事项 standard items covered per catalogue',
)}
${result.publishers.slice(0, DETAIL_PUBLISHERS).map(publisherBlock)}
${result.publishers.length > DETAIL_PUBLISHERS ? html`<p class="note">详情仅列前 ${DETAIL_PUBLISHERS} 个目录; 其余见下表 (details for the first ${DETAIL_PUBLISHERS}; the rest are in the table).</p>` : ''}
<h3>全部匹配结果 All coverage rows</h3>
${pagedTable('coverage', '覆盖 coverage')}`,
  );
}
