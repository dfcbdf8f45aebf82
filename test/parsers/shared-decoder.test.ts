import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { decodeFlag, decodeGrid, parseTitle, splitNumberedName, type Cell, type CellGrid } from '../../parsers/shared/index.js';

/** A grid from rows of strings; `^` means "filled from the cell above", `<` "filled from the cell to the left". */
function grid(rows: string[][]): CellGrid {
  const out: Cell[][] = [];
  rows.forEach((row, r) => {
    const line: Cell[] = [];
    out.push(line);
    row.forEach((text, c) => {
      const place = `S!${String.fromCharCode(65 + c)}${r + 1}`;
      const from = text === '^' ? out[r - 1]![c]! : text === '<' ? line[c - 1]! : undefined;
      line.push(from ? { text: from.text, place, filledFrom: from.filledFrom ?? from.place } : { text, place });
    });
  });
  return { name: 'S', rows: out, rowPlaces: rows.map((_, r) => `S!A${r + 1}`) };
}

function decode(rows: string[][]) {
  const diagnostics: Omit<Diagnostic, 'file' | 'source'>[] = [];
  const result = decodeGrid(grid(rows), (d) => diagnostics.push(d));
  return { ...result, diagnostics };
}

describe('flag glyphs', () => {
  it.each([
    ['√', 'set'], ['■', 'set'], ['☑', 'set'], ['þ', 'set'], ['R', 'set'], [' √ ', 'set'],
    ['●', 'set'], ['★', 'set'], ['是', 'set'], ['☒', 'set'], ['√\n√', 'set'],
    ['□', 'unset'], ['口', 'unset'], ['£', 'unset'], ['¨', 'unset'], ['', 'unset'], ['  ', 'unset'],
    ['暂无', 'unknown'], ['全文发布', 'unknown'], ['√□', 'unknown'],
  ])('%j → %s', (glyph, state) => expect(decodeFlag(glyph)).toBe(state));
});

describe('numbered names', () => {
  it.each([
    ['1.1就业政策法规咨询', { name: '就业政策法规咨询', code: '1.1' }],
    ['1.就业信息服务', { name: '就业信息服务', code: '1' }],
    ['6.1 工伤认定申请', { name: '工伤认定申请', code: '6.1' }],
    ['3、参保单位注销', { name: '参保单位注销', code: '3' }],
    ['12333咨询电话', { name: '12333咨询电话' }],
    ['社会保障卡申领', { name: '社会保障卡申领' }],
  ])('%s', (raw, expected) => expect(splitNumberedName(raw)).toEqual(expected));
});

describe('title row', () => {
  it.each([
    ['XX县社会保险领域基层政务公开标准目录', { publisher: 'XX县', domain: '社会保险' }],
    ['腾冲市人力资源和社会保障局就业领域基层政务公开标准目录', { publisher: '腾冲市人力资源和社会保障局', domain: '就业' }],
    ['就业领域基层政务公开标准目录', { domain: '就业' }],
  ])('%s', (title, expected) => expect(parseTitle(title)).toEqual({ title, ...expected }));
});

describe('decodeGrid', () => {
  const header2 = [
    ['序号', '公开事项', '<', '公开时限', '公开对象', '<', '公开层级', '<'],
    ['^', '一级事项', '二级事项', '^', '全社会', '特定群体', '县级', '乡、村级'],
  ];

  it('reads a two-row header with filled merges and one with blank spans the same way', () => {
    const filled = decode([...header2, ['1', '就业信息服务', '岗位信息发布', '20个工作日', '√', '', '√', '□']]);
    const blank = decode([
      ['序号', '公开事项', '', '公开时限', '公开对象', '', '公开层级', ''],
      ['', '一级事项', '二级事项', '', '全社会', '特定群体', '县级', '乡、村级'],
      ['1', '就业信息服务', '岗位信息发布', '20个工作日', '√', '', '√', '□'],
    ]);
    expect(filled.tables[0]!.band.height).toBe(2);
    expect(blank.tables[0]!.band.height).toBe(2);
    expect(filled.items).toEqual(blank.items);
    expect(filled.items[0]).toMatchObject({
      place: 'S!A3',
      fields: { code: '1', level1: '就业信息服务', level2: '岗位信息发布', category: '就业信息服务', name: '岗位信息发布', timeLimit: '20个工作日' },
      flagGroups: { audience: ['全社会'], levels: ['县级'] },
    });
  });

  it('carries the 一级事项 down over blank cells, recording the origin cell', () => {
    const { items } = decode([...header2,
      ['1', '就业信息服务', '岗位信息发布', 'x', '√', '', '√', ''],
      ['2', '', '求职信息登记', 'x', '√', '', '√', ''],
      ['3', '^', '职业培训信息发布', 'x', '√', '', '√', '']]);
    expect(items.map((i) => i.fields.category)).toEqual(['就业信息服务', '就业信息服务', '就业信息服务']);
    expect(items[1]!.filledFrom).toEqual({ level1: 'S!B3' });
    expect(items[2]!.filledFrom).toEqual({ level1: 'S!B3' });
  });

  it('resolves 同上 from the row above (chains to the origin) and reports it', () => {
    const { items, diagnostics } = decode([...header2,
      ['1', 'A', 'a1', '20日', '√', '', '', ''],
      ['2', 'A', 'a2', '同上', '√', '', '', ''],
      ['3', 'A', 'a3', '同上', '√', '', '', '']]);
    expect(items.map((i) => i.fields.timeLimit)).toEqual(['20日', '20日', '20日']);
    expect(items[2]!.filledFrom).toEqual({ timeLimit: 'S!D3' });
    expect(diagnostics.map((d) => [d.ruleId, d.place])).toEqual([['parse/ditto-resolved', 'S!D4'], ['parse/ditto-resolved', 'S!D5']]);
  });

  it('accounts for every non-blank body row: items + rejected rows, each rejection with raw text and place', () => {
    const { items, tables, diagnostics } = decode([...header2,
      ['1', 'A', 'a1', 'x', '√', '', '', ''],
      ['', '', '', '', '', '', '', ''],
      ['', '', '', '', '', '', '', '■便民服务站'],
      ['注：本目录为示例', '<', '<', '<', '<', '<', '<', '<']]);
    expect(items).toHaveLength(1);
    expect(tables[0]).toMatchObject({ rowsSeen: 3, items: 1, rejected: 2 });
    const rejected = diagnostics.filter((d) => d.ruleId === 'parse/row-rejected');
    expect(rejected.map((d) => [d.place, d.actual])).toEqual([
      ['S!A5', ' |  |  |  |  |  |  | ■便民服务站'],
      ['S!A6', '注：本目录为示例'],
    ]);
  });

  it('reports unknown flag text and leaves the flag unset', () => {
    const { items, diagnostics } = decode([...header2, ['1', 'A', 'a1', 'x', '暂无', '', '', '']]);
    expect(items[0]!.flagGroups?.audience).toEqual([]);
    expect(diagnostics).toMatchObject([{ ruleId: 'parse/flag-unknown', place: 'S!E3', actual: '暂无' }]);
  });

  it('keeps __proto__ and constructor header cells as plain extra labels', () => {
    const { items } = decode([
      ['序号', '一级事项', '二级事项', '__proto__', 'constructor'],
      ['1', 'A', 'a1', 'p', 'c'],
    ]);
    const extra = items[0]!.extra;
    expect(Object.hasOwn(extra, '__proto__')).toBe(true);
    expect(extra['__proto__']).toBe('p');
    expect(extra['constructor']).toBe('c');
    expect(({} as Record<string, unknown>)['p']).toBeUndefined();
  });

  it('uses 三级事项 as the leaf under a two-level category, and 二级 when 三级 is empty', () => {
    const { items } = decode([
      ['序号', '公开事项', '<', '<', '公开时限'],
      ['^', '一级事项', '二级事项', '三级事项', '^'],
      ['1', '社会保险参保信息维护', '单位(项目)基本信息变更', '', 'x'],
      ['2', '^', '个人基本信息变更', '姓名变更', 'x'],
      ['3', '^', '', '公民身份号码变更', 'x'],
    ]);
    expect(items.map((i) => [i.fields.category, i.fields.name])).toEqual([
      ['社会保险参保信息维护', '单位(项目)基本信息变更'],
      ['社会保险参保信息维护 > 个人基本信息变更', '姓名变更'],
      ['社会保险参保信息维护 > 个人基本信息变更', '公民身份号码变更'],
    ]);
    expect(items[2]!.filledFrom).toEqual({ level1: 'S!B3', level2: 'S!C4' });
  });

  it('finds several tables on one grid, each with its own title', () => {
    const { tables, items } = decode([
      ['XX县就业领域基层政务公开标准目录', '<', '<'],
      ['序号', '一级事项', '二级事项'],
      ['1', 'A', 'a1'],
      ['XX镇社会保险领域基层政务公开标准目录（补充）', '<', '<'],
      ['序号', '一级事项', '二级事项'],
      ['1', 'B', 'b1'],
      ['2', 'B', 'b2'],
    ]);
    expect(tables.map((t) => [t.place, t.title?.domain, t.items, t.rejected])).toEqual([['S!A2', '就业', 1, 0], ['S!A5', '社会保险', 2, 0]]);
    expect(items.map((i) => i.fields.publisher)).toEqual(['XX县', 'XX镇', 'XX镇']);
  });

  it('flags only the last row of the grid when the text ends inside it (grid.truncated), not the last row of a table above', () => {
    const cut = grid([
      ['序号', '一级事项', '二级事项', '公开时限'],
      ['1', 'A', 'a1', '20个工作日内'],
      ['序号', '一级事项', '二级事项', '公开时限'],
      ['1', 'B', 'b1', '20个工作日内'],
      ['2', 'B', 'b2'],
    ]);
    const diagnostics: Omit<Diagnostic, 'file' | 'source'>[] = [];
    const { items } = decodeGrid({ ...cut, truncated: true }, (d) => diagnostics.push(d));
    expect(items.map((i) => [i.fields.name, i.flags])).toEqual([['a1', undefined], ['b1', undefined], ['b2', ['row/truncated']]]);
    expect(diagnostics.filter((d) => d.ruleId === 'row/truncated').map((d) => [d.place, d.actual])).toEqual([['S!A5', '2 | B | b2']]);
    expect(decodeGrid(cut, () => {}).items.every((i) => i.flags === undefined)).toBe(true);
  });

  it('takes the deepest of 一级目录 … 六级目录 as the name, the levels above as the category', () => {
    const { items } = decode([
      ['一级目录', '二级目录', '三级目录', '四级目录', '五级目录', '六级目录', '公开内容'],
      ['政务公开', '政策文件', '规范性文件', '部门文件', '人社', '就业', '文件全文'],
      ['^', '^', '^', '^', '^', '社保', '文件全文'],
    ]);
    expect(items.map((i) => [i.fields.category, i.fields.name])).toEqual([
      ['政务公开 > 政策文件 > 规范性文件 > 部门文件 > 人社', '就业'],
      ['政务公开 > 政策文件 > 规范性文件 > 部门文件 > 人社', '社保'],
    ]);
  });

  it('makes a short heading merged across the table the category of the rows under it; a note is rejected', () => {
    const { items, diagnostics } = decode([
      ['序号', '事项名称', '公开内容', '公开时限'],
      ['一、机构信息', '<', '<', '<'],
      ['1', '机构职能', '职能', '20个工作日内'],
      ['注：本目录按年更新。', '<', '<', '<'],
    ]);
    expect(items.map((i) => [i.fields.category, i.fields.name, i.filledFrom?.category])).toEqual([['一、机构信息', '机构职能', 'S!A2']]);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['parse/section-row', 'parse/row-rejected']);
  });

  it('makes no item of a row whose name and content are only copies of spanned cells above', () => {
    const { items, diagnostics } = decode([
      ['序号', '一级事项', '二级事项', '公开渠道'],
      ['1', '就业信息服务', '岗位信息发布', '■政府网站'],
      ['', '^', '^', '■基层公共服务平台'],
    ]);
    expect(items).toHaveLength(1);
    expect(diagnostics.map((d) => [d.ruleId, d.place])).toEqual([['parse/row-rejected', 'S!A3']]);
  });

  it('reads a second header row that lists only its sub-labels (a text rendering) against the groups in order', () => {
    const { tables } = decode([
      ['序号', '公开事项', '公开时限', '公开对象', '公开层级', '', '', ''],
      ['一级事项', '二级事项', '全社会', '特定群体', '县级', '乡级', '', ''],
    ]);
    expect(tables[0]!.band.columns.map((c) => c.label)).toEqual([
      '序号', '公开事项/一级事项', '公开事项/二级事项', '公开时限', '公开对象/全社会', '公开对象/特定群体', '公开层级/县级', '公开层级/乡级',
    ]);
  });

  it('keeps a flag cell that holds words in extra and reports it', () => {
    const { items, diagnostics } = decode([...header2, ['1', 'A', 'a1', 'x', '√', '', '部分', '']]);
    expect(items[0]!.extra['公开层级/县级']).toBe('部分');
    expect(diagnostics).toMatchObject([{ ruleId: 'parse/flag-unknown', actual: '部分' }]);
  });
});
