/** Pipe renderings of catalogue tables: each shape is a small hand-written table read through the shared decoder. */
import { describe, expect, it } from 'vitest';
import { pipeTable } from '../../parsers/pipe-table/index.js';
import { run, sourceFile } from './run-parser.js';

async function read(text: string) {
  const file = sourceFile('t.txt', new TextEncoder().encode(text));
  const detected = pipeTable.detect(file);
  const { items, diagnostics } = await run(pipeTable, file);
  return { detected, items, diagnostics, rules: diagnostics.map((d) => d.ruleId) };
}

const TWO_ROW = [
  '序号 | 公开事项 | 公开内容 | 公开依据 | 公开时限 | 公开渠道和载体 | 公开对象 | 公开方式 | |||',
  '一级事项 | 二级事项 | 全社会 | 特定群体 | 主动 | 依申请 | |||||',
];

describe('pipe rows', () => {
  it('reads a row whose name ending in 目录 is printed on a line of its own as data, not as the next table\'s title', async () => {
    const { items } = await read([
      '| 事项名称 | 公开内容 | 公开依据 | 公开时限 |',
      '政府信息公开目录 |',
      '政府信息的索引、名称 | 《中华人民共和国政府信息公开条例》 | 信息形成之日起20个工作日内 |',
      '| 政府信息公开指南 | 政府信息的分类 | 《中华人民共和国政府信息公开条例》 | 信息形成之日起20个工作日内 |',
    ].join('\n'));
    expect(items.map((i) => i.fields.name)).toEqual(['政府信息公开目录', '政府信息公开指南']);
    expect(items[0]!.fields.content).toBe('政府信息的索引、名称');
  });

  it('reads a cell of a bare word such as 目录 on a line of its own, closed by a bar below it, as a cell (too short for a title)', async () => {
    const { items } = await read([
      '| 事项名称 | 公开内容 | 公开依据 | 公开时限 |',
      '|---|---|---|---|',
      '目录', '|', '政府信息的索引、名称', '|', '《中华人民共和国政府信息公开条例》', '|', '信息形成之日起20个工作日内 |',
    ].join('\n'));
    expect(items.map((i) => i.fields.name)).toEqual(['目录']);
    expect(items[0]!.fields.content).toBe('政府信息的索引、名称');
  });

  it('reads a cell shaped like a title (…目录) on a line of its own, closed by a bar below, as a cell when no header follows', async () => {
    const { items } = await read([
      '| 事项名称 | 公开内容 | 公开依据 | 公开时限 |',
      '|---|---|---|---|',
      '政务公开事项目录', '|', '政府信息的索引、名称 | 《中华人民共和国政府信息公开条例》 | 信息形成之日起20个工作日内 |',
    ].join('\n'));
    expect(items.map((i) => i.fields.name)).toEqual(['政务公开事项目录']);
  });

  it('reads a two-row header whose second row lists only the sub-labels; ticks of a short row go to each group\'s first column', async () => {
    const { detected, items } = await read([...TWO_ROW,
      '1 | 机构信息 | 领导信息 | 领导姓名、分工 | 《中华人民共和国政府信息公开条例》 | 信息形成或变更之日起20个工作日内 | 政府网站 | √ | √ |',
    ].join('\n'));
    expect(detected).toBeGreaterThanOrEqual(0.5);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      fields: { code: '1', category: '机构信息', name: '领导信息', content: '领导姓名、分工', basis: '《中华人民共和国政府信息公开条例》',
        timeLimit: '信息形成或变更之日起20个工作日内', channels: '政府网站' },
      flagGroups: { audience: ['全社会'], mode: ['主动'] },
    });
  });

  it('puts the cells of a row whose merged cells were dropped back under their columns, upper level from the row above', async () => {
    const { items, diagnostics } = await read([...TWO_ROW,
      '1 | 机构信息 | 领导信息 | 领导姓名、分工 | 《中华人民共和国政府信息公开条例》 | 信息形成或变更之日起20个工作日内 | 政府网站 | √ | √ | ||',
      '机构职能 | 部门的职能职责 | 政府网站 | √ | √ | ||||||',
    ].join('\n'));
    expect(items[1]).toMatchObject({
      fields: { category: '机构信息', name: '机构职能', content: '部门的职能职责', channels: '政府网站' },
      flagGroups: { audience: ['全社会'], mode: ['主动'] },
    });
    expect(items[1]!.filledFrom).toEqual({ level1: 'L3 col 2' });
    expect(diagnostics.filter((d) => d.ruleId === 'parse/row-realigned').map((d) => d.place)).toContain('L4');
  });

  it('never takes a tick or a channel list for a name', async () => {
    const { items } = await read([...TWO_ROW,
      '1 | 机构信息 | 领导信息 | 领导姓名 | 《中华人民共和国政府信息公开条例》 | 20个工作日内 | 政府网站 | √ | √ | ||',
      '■政府网站 ■政务服务中心 | √ | ||||||||',
    ].join('\n'));
    expect(items.map((i) => i.fields.name)).toEqual(['领导信息']);
  });

  it('joins a row broken over several lines, a cell running over lines and ticks on a line of their own', async () => {
    const { items } = await read([...TWO_ROW,
      '1 |',
      '机构信息 | 领导信息 |',
      '领导姓名、',
      '分工 | 《中华人民共和国政府信息公开条例》 | 信息形成或变更之日起20个工作日内 | 政府网站 |',
      '√ | √ | ||',
      '2 | 政策文件 | 规范性文件 | 文件全文 | 《中华人民共和国政府信息公开条例》 | 20个工作日内 | 政府网站 | √ | √ | ||',
    ].join('\n'));
    expect(items.map((i) => [i.place, i.fields.name, i.fields.content])).toEqual([
      ['L3-L7', '领导信息', '领导姓名、\n分工'],
      ['L8', '规范性文件', '文件全文'],
    ]);
  });

  it('reads a title row, a header broken over lines and a 序号 that opens the next short row', async () => {
    const { items } = await read([
      '| 示例县民政局主动公开事项目录 | |||||',
      '| 序号 | 事项名称 | 公开内容 |',
      '公开时限 | 公开主体 |',
      '| 1 | 机构职能 | 机构设置、办公地址 | 20个工作日内 | 办公室 |',
      '| 2 | 领导信息 | 领导姓名 |',
      '| 3 | 内设机构 | 内设机构名称 | 20个工作日内 | 办公室 |',
    ].join('\n'));
    expect(items.map((i) => [i.fields.code, i.fields.name, i.fields.timeLimit])).toEqual([
      ['1', '机构职能', '20个工作日内'], ['2', '领导信息', undefined], ['3', '内设机构', '20个工作日内'],
    ]);
    expect(items[0]!.extra['目录标题']).toBe('示例县民政局主动公开事项目录');
    expect(items[0]!.fields.publisher).toBe('示例县民政局');
  });

  it('reads both header rows written on one line', async () => {
    const { items } = await read([
      '序号 | 公开事项 | 公开内容 | 公开时限 | 公开对象 | 公开层级 | 一级事项 | 二级事项 | 全社会 | 特定群体 | 县级 | 乡级 | ||||',
      '1 | 行政审批 | 许可服务指南 | 适用范围、申请条件 | 20个工作日内 | √ | √ |',
    ].join('\n'));
    expect(items[0]).toMatchObject({
      fields: { category: '行政审批', name: '许可服务指南', content: '适用范围、申请条件', timeLimit: '20个工作日内' },
      // Empty cells were moved to the end: one tick per group goes to the group's first column.
      flagGroups: { audience: ['全社会'], levels: ['县级'] },
    });
  });

  it('keeps the cells of a row printed full width where they are', async () => {
    const { items } = await read([...TWO_ROW,
      '1 | 机构信息 | 领导信息 | 领导姓名 | 《中华人民共和国政府信息公开条例》 | 20个工作日内 | 政府网站 | √ | | √ | |',
    ].join('\n'));
    expect(items[0]!.flagGroups).toEqual({ audience: ['全社会'], mode: ['主动'] });
  });

  it('keeps a row cut off by the end of the text and flags it', async () => {
    const { items, rules } = await read([...TWO_ROW,
      '1 | 机构信息 | 领导信息 | 领导姓名 | 《中华人民共和国政府信息公开条例》 | 20个工作日内 | 政府网站 | √ | √ | ||',
      '2 | 政策文件 | 规范性文件 | 部门和地方政府规章、各类',
    ].join('\n'));
    expect(items.map((i) => [i.fields.name, i.flags])).toEqual([['领导信息', undefined], ['规范性文件', ['row/truncated']]]);
    expect(rules).toContain('row/truncated');
  });

  it('reads several tables on one page, each under its own title', async () => {
    const table = (title: string, name: string) => [
      `${title} |`,
      '序号 | 公开事项 | 公开内容 | 公开时限 | 公开对象 | |',
      '一级事项 | 二级事项 | 全社会 | 特定群体 | |||',
      `1 | 政策文件 | ${name} | 相关文件 | 20个工作日内 | √ | |`,
    ];
    const { items } = await read([...table('(一)救灾领域基层政务公开标准目录', '法律法规'), ...table('(二)户籍领域基层政务公开标准目录', '户籍政策')].join('\n'));
    expect(items.map((i) => [i.fields.name, i.extra['目录标题']])).toEqual([
      ['法律法规', '(一)救灾领域基层政务公开标准目录'], ['户籍政策', '(二)户籍领域基层政务公开标准目录'],
    ]);
  });

  it('reads Traditional labels and header words broken by spaces', async () => {
    const { items } = await read([
      '序 號 | 公開事項 | 公開內容 (要素) | 公開 時限 | 公開對象 | |',
      '一級 事項 | 二級事 項 | 全社 會 | 特定 群眾 | |||',
      '1 | 機構信息 | 領導信息 | 領導姓名 | 20個工作日內 | √ | |',
    ].join('\n'));
    expect(items[0]).toMatchObject({ fields: { code: '1', name: '領導信息', category: '機構信息', content: '領導姓名' },
      flagGroups: { audience: ['全社会'] } });
  });

  it('ends the header at a rule line: a first row made of header words (公开 | 事项) broken over lines is data', async () => {
    const header = ['| 事项名称 | 公开内容 | 公开依据 | 公开时限 | 公开责任 |', '|---|---|---|---|---|'];
    const rows = ['公开 | 事项 |', '无 | 20个工作日内 | 办公室 |', '| 机构信息 | 机构职能 | 无 | 20个工作日内 | 办公室 |'];
    const { items } = await read([...header, ...rows].join('\n'));
    expect(items.map((i) => [i.fields.name, i.fields.content])).toEqual([['公开', '事项'], ['机构信息', '机构职能']]);
    // Without the rule line the same words continue a header broken over lines.
    const { items: unruled } = await read([header[0]!, '公开 | 事项 |', rows[2]!].join('\n'));
    expect(unruled.map((i) => i.fields.name)).toEqual(['机构信息']);
  });
});
