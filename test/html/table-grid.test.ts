/** Tables → grids (spans expanded with their origin) → header → items, on small hand-written pages. */
import { describe, expect, it } from 'vitest';
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import { cellGridOf, type CellGrid } from '../../parsers/shared/cell-grid.js';
import { decodeGrid, isCatalogueGrid } from '../../parsers/shared/decode-grid.js';
import type { GridCell, HtmlTable } from '../../parsers/html-page.js';
import { prepareHtml } from '../../src/html/prepare-html.js';

function prepare(html: string) {
  const diagnostics: DiagnosticInput[] = [];
  const page = prepareHtml(Buffer.from(`<!doctype html><html><body>${html}</body></html>`), (d) => diagnostics.push(d));
  return { page, diagnostics };
}

describe('table grids', () => {
  it('expands rowspan and colspan and records where a copy came from', () => {
    const { page } = prepare('<table><tr><td rowspan="2">A</td><td colspan="2">B</td></tr><tr><td>C</td><td>D</td></tr></table>');
    const rows = page.html.tables[0]!.rows;
    expect(rows.map((r) => r.map((c) => c.text))).toEqual([['A', 'B', 'B'], ['A', 'C', 'D']]);
    const seen = (c: GridCell) => ({ text: c.text, place: c.place, filledFrom: c.filledFrom });
    expect(seen(rows[1]![0]!)).toEqual({ text: 'A', place: 'table 1 R2C1', filledFrom: 'table 1 R1C1' });
    expect(seen(rows[0]![2]!)).toEqual({ text: 'B', place: 'table 1 R1C3', filledFrom: 'table 1 R1C2' });
    expect(rows[1]![1]!.filledFrom).toBeUndefined();
  });

  it('skips layout tables that hold other tables and numbers the data tables in order', () => {
    const { page } = prepare('<table><tr><td><table><tr><td>x</td></tr></table></td><td><table><tr><td>y</td></tr></table></td></tr></table>');
    expect(page.html.tables.map((t) => [t.index, t.rows[0]![0]!.text])).toEqual([[1, 'x'], [2, 'y']]);
  });

  it('clamps a rowspan that runs past the table and pads short rows', () => {
    const { page } = prepare('<table><tr><td rowspan="99999">a</td><td>b</td></tr><tr><td>c</td></tr><tr><td>d</td><td>e</td></tr></table>');
    expect(page.html.tables[0]!.rows.map((r) => r.map((c) => c.text))).toEqual([['a', 'b', ''], ['a', 'c', ''], ['a', 'd', 'e']]);
  });
});

/** An HTML table as the shared decoder reads it (as html-table builds it). */
const grid = (table: HtmlTable): CellGrid => cellGridOf('table 1', table.rows, (r) => `table 1 row ${r + 1}`);

describe('catalogue tables through the shared decoder', () => {
  const standard = `<table>
<tr><td rowspan="2">序号</td><td colspan="2">公开事项</td><td rowspan="2">公开内容(要素)</td><td colspan="2">公开对象</td><td colspan="2">公开层级</td><td rowspan="2">备注</td></tr>
<tr><td>一级事项</td><td>二级事项</td><td>全社会</td><td>特定群众</td><td>区 级</td><td>镇街级</td></tr>
<tr><td>1</td><td rowspan="2">就业信息服务</td><td>岗位信息发布</td><td>招聘单位</td><td>√</td><td></td><td>√</td><td>√</td><td>无</td></tr>
<tr><td>2</td><td>求职信息登记</td><td>服务对象</td><td></td><td>✓</td><td>√</td><td>/</td><td></td></tr>
</table>`;

  it('maps a two-row header: fields, flag columns under their group, unknown labels to extra', () => {
    const { tables } = decodeGrid(grid(prepare(standard).page.html.tables[0]!), () => {});
    expect(tables[0]!.band.top).toBe(0);
    expect(tables[0]!.band.height).toBe(2);
    expect(tables[0]!.band.columns.map((c) => [c.label, c.target])).toEqual([
      ['序号', { field: 'code' }],
      ['公开事项/一级事项', { field: 'level1' }],
      ['公开事项/二级事项', { field: 'level2' }],
      ['公开内容(要素)', { field: 'content' }],
      ['公开对象/全社会', { flag: 'audience', value: '全社会' }],
      ['公开对象/特定群众', { flag: 'audience', value: '特定群体' }],
      ['公开层级/区 级', { flag: 'levels', value: '区级' }],
      ['公开层级/镇街级', { flag: 'levels', value: '镇街级' }],
      ['备注', { extra: true }],
    ]);
  });

  it('turns data rows into items with flags decoded and the spanned 一级事项 traced', () => {
    const { items } = decodeGrid(grid(prepare(standard).page.html.tables[0]!), () => {});
    expect(items.map((i) => [i.place, i.fields, i.flagGroups, i.extra, i.filledFrom])).toEqual([
      ['table 1 row 3', { code: '1', level1: '就业信息服务', level2: '岗位信息发布', content: '招聘单位', category: '就业信息服务', name: '岗位信息发布' },
        { audience: ['全社会'], levels: ['区级', '镇街级'] }, { 备注: '无' }, undefined],
      ['table 1 row 4', { code: '2', level1: '就业信息服务', level2: '求职信息登记', content: '服务对象', category: '就业信息服务', name: '求职信息登记' },
        { audience: ['特定群体'], levels: ['区级'] }, {}, { level1: 'table 1 R3C2' }],
    ]);
  });

  it('does not take a table without catalogue labels for a catalogue', () => {
    const table = prepare('<table><tr><td>姓名</td><td>职务</td></tr><tr><td>张三</td><td>局长</td></tr></table>').page.html.tables[0]!;
    expect(isCatalogueGrid(grid(table))).toBe(false);
  });

  it('reads a section row spanning the table as the category of the rows below it', () => {
    const table = prepare(`<table><tr><th>事项名称</th><th>公开内容</th><th>公开时限</th></tr>
<tr><td colspan="3">一、机构职能</td></tr><tr><td>领导信息</td><td>姓名、职务</td><td>20个工作日内</td></tr></table>`).page.html.tables[0]!;
    const reports: DiagnosticInput[] = [];
    const { items } = decodeGrid(grid(table), (d) => reports.push(d));
    expect(items.map((i) => [i.fields.category, i.fields.name, i.filledFrom?.category])).toEqual([['一、机构职能', '领导信息', 'table 1 R2C1']]);
    expect(reports.map((d) => d.ruleId)).toEqual(['parse/section-row']);
  });
});
