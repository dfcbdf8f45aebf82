import { describe, expect, it } from 'vitest';
import { textRows } from '../../parsers/text-rows/index.js';
import { run, sourceFile } from './run-parser.js';

const page = (lines: string[]) => sourceFile('t.txt', new TextEncoder().encode(lines.join('\n')));

describe('text-rows header line', () => {
  it('splits rows into the columns the decoder reads from the header: a group written before its sub-labels is no column', async () => {
    const { items, diagnostics } = await run(textRows, page([
      '事项名称 公开内容 公开时限 公开对象 全社会 特定群体',
      '领导信息 主要领导姓名、职务。 20个工作日内 √ □',
      '机构职能 内设机构及职能。 20个工作日内 □ √',
    ]));
    expect(items.map((i) => [i.fields, i.flagGroups])).toEqual([
      [{ name: '领导信息', content: '主要领导姓名、职务。', timeLimit: '20个工作日内' }, { audience: ['全社会'] }],
      [{ name: '机构职能', content: '内设机构及职能。', timeLimit: '20个工作日内' }, { audience: ['特定群体'] }],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('takes no line with a word that is not a label as the header', () => {
    expect(textRows.detect(page(['事项名称 公开内容 公开时限 备注说明文字', '领导信息 姓名 及时 无']))).toBe(0);
  });
});
