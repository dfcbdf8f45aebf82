import { describe, expect, it } from 'vitest';
import { alignRow } from '../../parsers/shared/align-row.js';
import type { Cell } from '../../parsers/shared/cell-grid.js';
import type { ColumnSpec } from '../../parsers/shared/header-band.js';
import { matchLabel } from '../../schemas/field-labels.js';

/** Columns from labels, as a header band would map them. */
function columns(labels: string[]): ColumnSpec[] {
  return labels.map((label, col) => {
    const t = matchLabel(label);
    const target = t && ('field' in t || 'flag' in t) ? t : { extra: true as const };
    return { col, label, target };
  });
}

const row = (texts: string[]): Cell[] => texts.map((text, c) => ({ text, place: `c${c + 1}` }));
const texts = (cells: (Cell | undefined)[]) => cells.map((c) => c?.text ?? '');

const HEADER = columns(['序号', '一级事项', '二级事项', '公开内容', '公开依据', '公开时限', '公开渠道', '全社会', '特定群体']);

describe('alignRow', () => {
  it('leaves a row that reads right as printed', () => {
    const printed = row(['1', '机构信息', '领导信息', '领导姓名、分工', '《中华人民共和国政府信息公开条例》', '20个工作日内', '政府网站', '√', '']);
    expect(alignRow(printed, HEADER)).toMatchObject({ moved: false });
  });

  it('puts the cells of a row whose merged cells were dropped under the columns they fit', () => {
    const aligned = alignRow(row(['领导信息', '领导姓名、分工', '政府网站', '√', '', '', '', '', '']), HEADER);
    expect(aligned.moved).toBe(true);
    expect(texts(aligned.cells)).toEqual(['', '领导信息', '', '领导姓名、分工', '', '', '政府网站', '√', '']);
  });

  it('joins the parts of a cell that a stray bar split, in a prose column, never in a name', () => {
    const header = columns(['事项名称', '公开内容', '公开依据', '公开时限']);
    const aligned = alignRow(row(['行政许可结果', '许可事项', '结果', '《行政许可法》第四十条', '作出决定之日起7个工作日内']), header);
    expect(texts(aligned.cells)).toEqual(['行政许可结果', '许可事项|结果', '《行政许可法》第四十条', '作出决定之日起7个工作日内']);
    expect(aligned.joined).toBe(true);
  });

  it('takes a leading number for the 序号 of a header that has none', () => {
    const header = columns(['一级事项', '二级事项', '公开内容', '公开依据']);
    const aligned = alignRow(row(['1', '政策文件', '教育法律', '教育法律、规章制度', '《中华人民共和国政府信息公开条例》']), header);
    expect(aligned.code?.text).toBe('1');
    expect(texts(aligned.cells)).toEqual(['政策文件', '教育法律', '教育法律、规章制度', '《中华人民共和国政府信息公开条例》']);
  });
});
