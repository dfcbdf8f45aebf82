import { describe, expect, it } from 'vitest';
import { alignCells, placeLeadCells } from '../../parsers/flat-table/align-cells.js';
import { cellShape, isListItem } from '../../parsers/flat-table/cell-shapes.js';
import { cellTokens, lineTokens, paragraphTokens, type Token } from '../../parsers/flat-table/cell-tokens.js';
import { nextStreamHeader } from '../../parsers/flat-table/stream-header.js';
import { streamTables } from '../../parsers/flat-table/stream-tables.js';
import { findInterleavedHeader, findWordHeader, wordTables } from '../../parsers/flat-table/word-rows.js';
import { gluedLabels } from '../../parsers/flat-table/glued-header.js';
import { flatTableParser } from '../../parsers/flat-table/index.js';
import type { ColumnSpec } from '../../parsers/shared/header-band.js';
import { readHeaderBand } from '../../parsers/shared/header-band.js';
import { run } from './run-parser.js';
import type { SourceFile } from '../../parsers/types.js';

const tokens = (texts: string[]): Token[] => texts.map((text, i) => ({ text, from: i + 1, to: i + 1 }));
const textFile = (text: string): SourceFile => {
  const lines = text.split('\n');
  return { path: 't.txt', bytes: new TextEncoder().encode(text), text, encoding: 'utf-8', lines };
};

describe('cell shapes', () => {
  it.each([
    ['', 'empty'],
    ['12', 'serial'],
    ['3、', 'serial'],
    ['√', 'tick'],
    ['√\n√', 'tick'],
    ['■', 'tick'],
    ['同上', 'ditto'],
    ['《中华人民共和国政府信息公开条例》', 'citation'],
    ['1.《社会保险法》\n2.《社会保险费征缴暂行条例》', 'citation'],
    ['信息形成或者变更之日起20个工作日内', 'time'],
    ['及时公开', 'time'],
    ['每年1月31日前', 'time'],
    ['■政府网站 □政府公报 ■两微一端', 'channel'],
    ['政府网站、政务新媒体', 'channel'],
    ['þ 政府网站', 'channel'],
    ['区人力社保局,镇人民政府(街道办事处)', 'unit'],
    ['机关党委(人事科)', 'unit'],
    ['机构职能', 'short'],
    ['法律法规资讯;普法动态资讯', 'long'],
    ['补领、换领、换发', 'short'],
    ['机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名等信息，并及时更新', 'long'],
  ])('%j is %s', (text, shape) => {
    expect(cellShape(text)).toBe(shape);
  });

  it('list items continue a cell', () => {
    expect(isListItem('2.对象范围')).toBe(true);
    expect(isListItem('(三)办理流程')).toBe(true);
    expect(isListItem('12')).toBe(false);
    expect(isListItem('机构职能')).toBe(false);
  });
});

describe('cell tokens', () => {
  it('a paragraph is one cell, however many lines it holds; blank runs are one separator', () => {
    const t = paragraphTokens(['序号', '', '政策', '法规', '', '', '', '文件']);
    expect(t).toEqual([
      { text: '序号', from: 1, to: 1 },
      { text: '政策\n法规', from: 3, to: 4 },
      { text: '文件', from: 8, to: 8 },
    ]);
  });

  it('one cell per line without bars', () => {
    expect(lineTokens(['a', '', ' b ']).map((t) => t.text)).toEqual(['a', 'b']);
  });

  it('a bar closes a cell; bare bars are empty cells', () => {
    expect(cellTokens(['名称 |', '|||', '多行', '内容 |']).map((t) => t.text)).toEqual(['名称', '', '', '', '多行\n内容']);
  });
});

describe('stream header', () => {
  it('lays the labels out as a top row and the sub-columns under their group labels', () => {
    const t = tokens(['序号', '公开事项', '公开内容', '公开对象', '公开方式', '一级事项', '二级事项', '全社会', '特定群体', '主动', '依申请', '1', '机构信息']);
    const header = nextStreamHeader(t, 0)!;
    expect(header.start).toBe(0);
    expect(header.end).toBe(11);
    expect(header.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['序号', '公开事项', '', '公开内容', '公开对象', '', '公开方式', ''],
      ['', '一级事项', '二级事项', '', '全社会', '特定群体', '主动', '依申请'],
    ]);
    const band = readHeaderBand({ name: '', rows: header.rows, rowPlaces: header.rows.map(() => '') }, 0);
    expect(band.columns.map((c) => c.target)).toEqual([
      { field: 'code' }, { field: 'level1' }, { field: 'level2' }, { field: 'content' },
      { flag: 'audience', value: '全社会' }, { flag: 'audience', value: '特定群体' },
      { flag: 'mode', value: '主动' }, { flag: 'mode', value: '依申请' },
    ]);
  });

  it('without a 序号 column the header ends at the first cell that is no label and has none behind it', () => {
    const t = tokens(['公开事项', '相应领域', '公开内容', '公开依据', '一级事项', '二级事项', '机构信息', '信息公开指南']);
    const header = nextStreamHeader(t, 0)!;
    expect(header.end).toBe(6);
    expect(header.rows[0]!.map((c) => c.text)).toEqual(['公开事项', '', '相应领域', '公开内容', '公开依据']);
  });

  it('an unknown sub-label between known ones stays in the header', () => {
    const t = tokens(['序号', '公开事项', '公开对象', '一级事项', '全社会', '特定群', '主动', '1']);
    const header = nextStreamHeader(t, 0)!;
    expect(header.end).toBe(7);
  });

  it('prose glued to the first header cell is cut off it', () => {
    const t: Token[] = [{ text: '第二部分 主动公开基本目录\n序号', from: 1, to: 2 }, ...tokens(['公开事项', '公开内容', '一级事项']).map((x) => ({ ...x, from: x.from + 2, to: x.to + 2 }))];
    const header = nextStreamHeader(t, 0)!;
    expect(t[header.start]!.text).toBe('序号');
    expect(t[0]!.text).toBe('第二部分 主动公开基本目录');
  });
});

const COLUMNS: ColumnSpec[] = (['code', 'level1', 'level2', 'content', 'basis', 'timeLimit', 'channels'] as const)
  .map((field, col) => ({ col, label: field, target: { field } }));
const FLAGGED: ColumnSpec[] = [...COLUMNS, { col: 7, label: '全社会', target: { flag: 'audience', value: '全社会' } }];

function aligned(texts: string[], columns = COLUMNS, open = false) {
  const rows = alignCells(tokens(texts), columns, { open });
  placeLeadCells(rows, columns);
  return rows.map((r) => Object.fromEntries([...r.cells].sort(([a], [b]) => a - b).map(([c, list]) => [columns[c]!.label, list.map((t) => t.text).join('+')])));
}

describe('lining up cells with columns', () => {
  it('rows start at serial numbers; a row without its spanned 一级事项 keeps its name in 二级事项', () => {
    expect(aligned([
      '1', '机构信息', '机构职能', '机构名称、职能', '《条例》', '20个工作日内', '政府网站',
      '2', '领导信息', '领导姓名', '《条例》', '20个工作日内', '政府网站',
    ])).toEqual([
      { code: '1', level1: '机构信息', level2: '机构职能', content: '机构名称、职能', basis: '《条例》', timeLimit: '20个工作日内', channels: '政府网站' },
      { code: '2', level2: '领导信息', content: '领导姓名', basis: '《条例》', timeLimit: '20个工作日内', channels: '政府网站' },
    ]);
  });

  it('a vanished empty cell does not shift the cells after it: each goes to the column its shape fits', () => {
    expect(aligned(['1', '机构信息', '机构职能', '机构名称、职能', '信息形成或者变更之日起20个工作日内', '政府网站'])).toEqual([
      { code: '1', level1: '机构信息', level2: '机构职能', content: '机构名称、职能', timeLimit: '信息形成或者变更之日起20个工作日内', channels: '政府网站' },
    ]);
  });

  it('paragraphs of one cell are glued back: a 要素 list, two channel lines', () => {
    expect(aligned(['1', '社会保险登记', '参保登记', '事项名称', '事项简述', '办理材料', '《社会保险法》', '20个工作日内', '■政府网站', '■政务服务中心'])).toEqual([
      { code: '1', level1: '社会保险登记', level2: '参保登记', content: '事项名称+事项简述+办理材料', basis: '《社会保险法》', timeLimit: '20个工作日内', channels: '■政府网站+■政务服务中心' },
    ]);
  });

  it('a caption cell rendered twice is one cell', () => {
    expect(aligned(['1', '法治宣传教育', '法治宣传教育', '法律知识普及服务', '普法资讯;普法动态', '《规划》'])[0]).toEqual({
      code: '1', level1: '法治宣传教育', level2: '法律知识普及服务', content: '普法资讯;普法动态', basis: '《规划》',
    });
  });

  it('without serial numbers, rows are cut where the next name comes', () => {
    const noCode = COLUMNS.slice(1).map((c, col) => ({ ...c, col }));
    expect(aligned(['机构信息', '信息公开指南', '分类、编排体系', '《条例》第十二条', '全社会', '信息公开目录', '索引、名称', '《条例》第十二条'], noCode).map((r) => r.level2)).toEqual(['信息公开指南', '信息公开目录']);
  });

  it('ticks go to flag columns, never to a name', () => {
    const rows = aligned(['1', '机构信息', '机构职能', '机构名称', '《条例》', '及时公开', '政府网站', '√', '2', '领导信息', '姓名', '《条例》', '及时公开', '政府网站', '√'], FLAGGED);
    expect(rows.map((r) => [r.level2, r['全社会']])).toEqual([['机构职能', '√'], ['领导信息', '√']]);
  });
});

describe('stream tables', () => {
  it('a last row that stops before the columns the rows above reach is marked cut off', () => {
    const text = ['序号', '公开事项', '公开内容', '公开依据', '公开时限', '一级事项', '二级事项',
      '1', '机构信息', '机构职能', '机构名称', '《条例》', '20个工作日内',
      '2', '领导信息', '领导姓名'].join('\n\n');
    const [table] = streamTables(paragraphTokens(text.split('\n')), 't');
    expect(table!.grid.truncated).toBe(true);
    expect(table!.grid.rowPlaces.at(-1)).toBe('L27-L31');
  });

  it('a note under the table is laid out as one cell across the row', () => {
    const text = ['序号 |', '公开事项 |', '公开内容 |', '公开依据 |', '一级事项 |', '二级事项 |',
      '1 |', '机构信息 |', '机构职能 |', '机构名称 |', '《条例》 |', '注：各地可增加三级事项。 |'].join('\n');
    const [table] = streamTables(cellTokens(text.split('\n')), 't');
    const note = table!.grid.rows.at(-1)!;
    expect(note.filter((c) => c?.filledFrom).length).toBe(note.length - 1);
  });

  it('the parser reads a paragraph table, flags the cut-off row, and reports it', async () => {
    const text = ['就业领域基层政务公开标准目录', '序号', '公开事项', '公开内容', '公开依据', '公开时限', '一级事项', '二级事项',
      '1', '就业服务', '政策咨询', '政策项目', '《就业促进法》', '20个工作日内',
      '2', '岗位信息', '招聘单位;岗位要求;福利待遇'].join('\n\n');
    expect(flatTableParser.detect(textFile(text))).toBeGreaterThanOrEqual(0.5);
    const { items, diagnostics } = await run(flatTableParser, textFile(text));
    expect(items.map((i) => [i.fields.category, i.fields.name, i.flags ?? []])).toEqual([
      ['就业服务', '政策咨询', []],
      ['就业服务', '岗位信息', ['row/truncated']],
    ]);
    expect(items[0]!.fields.publisher).toBeUndefined();
    expect(diagnostics.map((d) => d.ruleId)).toContain('row/truncated');
  });
});

describe('rows wrapped by a PDF copy', () => {
  it('an unnumbered row under a row with an unfinished cell is its second visual line', () => {
    const text = ['序号', '公开事项', '公开内容', '公开依据', '公开时限', '一级事项', '二级事项',
      '1', '政策文件', '法律法规', '法律、法规', '《条例》', '20个工作日内',
      '2', '政策文件', '部门规章', '部门规章', '《中华人民共和国政府', '信息形成或变更之日起',
      '信息公开条例》', '20个工作日内',
      '3', '政策文件', '其他文件', '其他文件', '《条例》', '20个工作日内'].join('\n\n');
    const [table] = streamTables(paragraphTokens(text.split('\n')), 't');
    const body = table!.grid.rows.slice(2);
    expect(body).toHaveLength(3);
    // Which column a fragment continues is a guess by its shape; that it belongs to row 2 is certain.
    expect(body[1]!.map((c) => c?.text ?? '').join('\n')).toContain('信息公开条例》');
    expect(body[1]!.map((c) => c?.text ?? '').join('\n')).toContain('20个工作日内');
    expect(body[2]![0]!.text).toBe('3');
  });

  it('an unnumbered row under finished cells stays a row of its own', () => {
    const text = ['序号', '公开事项', '公开内容', '公开依据', '公开时限', '一级事项', '二级事项',
      '1', '政策文件', '法律法规', '法律、法规', '《条例》', '20个工作日内',
      '部门规章', '部门规章全文', '《条例》', '20个工作日内'].join('\n\n');
    const [table] = streamTables(paragraphTokens(text.split('\n')), 't');
    expect(table!.grid.rows.slice(2)).toHaveLength(2);
  });
});

describe('space-separated rows', () => {
  const page = [
    '救灾领域基层政务公开标准目录',
    '序号 公开事项 公开内容 公开依据 公开时限 公开主体 公开渠道和载体 公开对象',
    '一级事项 二级事项 (要素) 全社会 特定群体',
    '1 政策文件 法律法规 与救灾有关的法律、法规 《中华人民共和国政府信息公开条例》 信息形成或变更之日起20个工作日内 应急管理部门 ■政府网站 ■两微一端 √',
    '2 部门规章 与救灾有关的部门规章 《中华人民共和国政府信息公开条例》 信息形成或变更之日起20个工作日内 应急管理部门 ■政府网站',
    '3 标准 救灾领域有关的国家标准',
  ];

  it('finds a header of label words above numbered lines, not a sentence that names labels', () => {
    expect(findWordHeader(page)).toBe(1);
    expect(findWordHeader(['公开内容 公开依据 公开时限 公开主体 都要写清楚。', '下文说明。'])).toBeUndefined();
  });

  it('lines the words of each row up with the leaf columns; a bracketed header note is no column', () => {
    const [table] = wordTables(page, 't');
    const band = table!.grid.rows.slice(1, 3).map((r) => r.map((c) => c?.text ?? ''));
    expect(band[1]).toEqual(['', '一级事项', '二级事项', '', '', '', '', '', '全社会', '特定群体']);
    const rows = table!.grid.rows.slice(3).map((r) => r.map((c) => c?.text ?? ''));
    expect(rows[0]).toEqual(['1', '政策文件', '法律法规', '与救灾有关的法律、法规', '《中华人民共和国政府信息公开条例》', '信息形成或变更之日起20个工作日内', '应急管理部门', '■政府网站 ■两微一端', '√', '']);
    expect(rows[1]!.slice(0, 4)).toEqual(['2', '', '部门规章', '与救灾有关的部门规章']);
    expect(table!.grid.truncated).toBe(true);
    expect(table!.grid.rowPlaces.at(-1)).toBe('L6');
  });
});

describe('row numbers without a 序号 header cell', () => {
  it('are dropped: never a name, and the rows still start there', () => {
    const noCode = COLUMNS.slice(1).map((c, col) => ({ ...c, col }));
    const rows = aligned(['1', '政策文件', '教育法律', '教育法律、规章制度', '《条例》', '20个工作日内', '政府网站',
      '2', '教育概况', '教育事业发展情况', '《条例》', '20个工作日内', '政府网站'], noCode);
    expect(rows.map((r) => [r.level1, r.level2])).toEqual([['政策文件', '教育法律'], [undefined, '教育概况']]);
  });
});

describe('one cell per line without bars', () => {
  it('the parser reads it like the barred rendering', async () => {
    const text = ['序号', '公开事项', '公开内容', '公开依据', '公开时限', '一级事项', '二级事项',
      '1', '机构信息', '机构职能', '机构名称、职能、地址', '《中华人民共和国政府信息公开条例》', '信息形成之日起20个工作日内',
      '2', '领导信息', '领导姓名、分工', '《中华人民共和国政府信息公开条例》', '信息形成之日起20个工作日内'].join('\n');
    const { items } = await run(flatTableParser, textFile(text));
    expect(items.map((i) => [i.fields.category, i.fields.name, i.fields.basis])).toEqual([
      ['机构信息', '机构职能', '《中华人民共和国政府信息公开条例》'],
      ['机构信息', '领导信息', '《中华人民共和国政府信息公开条例》'],
    ]);
  });
});

describe('stream header read column by column', () => {
  it('puts each group label over the sub-columns that follow it', () => {
    const t = tokens(['序号', '公开事项', '一级事项', '二级事项', '公开内容', '公开对象', '全社会', '特定群体', '公开时限', '1']);
    const header = nextStreamHeader(t, 0)!;
    expect(header.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['序号', '公开事项', '', '公开内容', '公开对象', '', '公开时限'],
      ['', '一级事项', '二级事项', '', '全社会', '特定群体', ''],
    ]);
  });
});

describe('long bodies', () => {
  it('are lined up window by window, cut at row numbers, with no row lost or split', () => {
    const body: string[] = [];
    for (let k = 1; k <= 800; k++) body.push(String(k), `一级${k % 7}`, `事项${k}`, `内容${k};要素`, '《条例》', '20个工作日内');
    const text = ['序号', '公开事项', '公开内容', '公开依据', '公开时限', '一级事项', '二级事项', ...body].join('\n');
    const [table] = streamTables(lineTokens(text.split('\n')), 't');
    const rows = table!.grid.rows.slice(2);
    expect(rows).toHaveLength(800);
    expect(rows.every((r, k) => r[0]!.text === String(k + 1) && r[2]!.text === `事项${k + 1}`)).toBe(true);
  });
});

describe('header words as values', () => {
  it('全社会 under an unlabelled 公开范围 column stays in its row and names nothing', () => {
    const columns: ColumnSpec[] = [
      ...(['level1', 'level2', 'content', 'basis'] as const).map((field, col) => ({ col, label: field, target: { field } })),
      { col: 4, label: '公开范围', target: { extra: true } },
    ];
    const rows = aligned(['机构信息', '信息公开指南', '分类、编排体系', '《条例》第十二条', '全社会', '信息公开目录', '索引、名称', '《条例》第十二条', '全社会'], columns);
    expect(rows).toEqual([
      { level1: '机构信息', level2: '信息公开指南', content: '分类、编排体系', basis: '《条例》第十二条', 公开范围: '全社会' },
      { level2: '信息公开目录', content: '索引、名称', basis: '《条例》第十二条', 公开范围: '全社会' },
    ]);
  });
});

describe('a numbered header with no row number under it', () => {
  it('reads no rows and reports the cells', async () => {
    const text = ['序号', '公开事项', '公开内容', '公开依据', '一级事项', '二级事项', '1', '机构信息', '机构职能', '机构名称', '《条例》',
      '(二)公共资源交易领域基层政务公开标准目录', '序号', '公开事项', '公开内容', '公开依据', '公开', '时限\n公开\n主体'].join('\n\n');
    const { items, diagnostics } = await run(flatTableParser, textFile(text));
    expect(items.map((i) => i.fields.name)).toEqual(['机构职能']);
    expect(diagnostics.filter((d) => d.ruleId === 'parse/row-rejected').map((d) => d.actual)).toEqual(['公开 | 时限\n公开\n主体']);
  });
});

describe('cells run together without separators', () => {
  it('a header of labels written one after another is found, a sentence is not', () => {
    expect(gluedLabels('序号公开事项公开内容(要素)公开依据公开时限公开主体公开渠道和载体公开对象公开方式')).toEqual(
      ['序号', '公开事项', '公开内容(要素)', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '公开方式']);
    expect(gluedLabels('公开内容和公开依据由各单位确定')).toBeUndefined();
  });

  it('is reported, not read: no row boundary in it is certain', async () => {
    const text = '救灾领域标准目录\n序号公开事项公开内容公开依据公开时限公开主体\n一级事项二级事项全社会\n1政策文件法律法规与救灾有关的法律、法规《条例》信息形成之日起20个工作日内应急管理部门';
    const file = textFile(text);
    expect(flatTableParser.detect(file)).toBe(0.5);
    const { items, diagnostics } = await run(flatTableParser, file);
    expect(items).toEqual([]);
    expect(diagnostics.map((d) => [d.ruleId, d.place])).toEqual([['parse/cells-run-together', 'L2']]);
  });
});

describe('a header spread through cell fragments', () => {
  it('is reported, not read', async () => {
    const text = '目录.docx\n附件 序号 1 事项类 型 公开事项 一级事项 二级 事项 公开内容 剧目名称 公开依据 服务 公开时限 公开主体 全社会 信息形成 或 变 更';
    const file = textFile(text);
    expect(findInterleavedHeader(file.lines)).toBe(2);
    const { items, diagnostics } = await run(flatTableParser, file);
    expect(items).toEqual([]);
    expect(diagnostics.map((d) => [d.ruleId, d.place])).toEqual([['parse/cells-interleaved', 'L2']]);
  });

  it('a space-separated header with its rows under it is a table, not a dump', () => {
    expect(findInterleavedHeader(['序号 公开事项 公开内容 公开依据 公开时限 公开主体', '1 机构信息 机构名称 《条例》 20个工作日内 办公室'])).toBeUndefined();
  });
});
