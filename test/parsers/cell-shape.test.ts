import { describe, expect, it } from 'vitest';
import { badNameReason, cellShape, columnKind, DITTO, fit } from '../../parsers/shared/cell-shape.js';
import { matchLabel } from '../../schemas/field-labels.js';

describe('cell shapes', () => {
  it.each([
    ['', 'empty'],
    ['1', 'number'], ['12', 'number'], ['1.1', 'number'], ['3、', 'number'],
    ['√', 'flag'], ['■', 'flag'], ['þ', 'flag'], ['☒', 'flag'], ['√\n√', 'flag'], ['是', 'text'], ['无', 'text'],
    ['《中华人民共和国政府信息公开条例》', 'citation'],
    ['1.《中华人民共和国就业促进法》(2015年修正)', 'citation'],
    ['《政府信息公开条例》《关于推进重大建设项目批准和实施领域政府信息公开的意见》', 'citation'],
    ['信息形成或者变更之日起20个工作日内', 'time'], ['及时公开', 'time'], ['每年1月31日前', 'time'], ['实时公开', 'time'],
    ['自该政府信息形成或者变更之日起20个工 作日内', 'time'],
    ['■政府网站 □政府公报 ■两微一端', 'channel'], ['þ 政府网站 □ 政府公报', 'channel'], ['政府网站、政务新媒体', 'channel'],
    ['政府网站 公示栏', 'channel'],
    ['http://www.example.gov.cn/a.html', 'url'],
    ['机构信息', 'text'], ['《就业创业证》申领', 'text'], ['益阳市赫山区2025年内设机构职责', 'text'], ['局办公室', 'text'],
    ['机构名称、办公地址、办公电话、传真、通信地址、邮政编码、办公时间、联系方式和负责人姓名等', 'long-text'],
    ['机构名称、主要职能和联系方式、地址', 'long-text'], ['地方性法规,以区政府令发布的规章。', 'long-text'], ['财政预决算、三公经费', 'text'],
  ])('%j is %s', (text, shape) => expect(cellShape(text)).toBe(shape));
});

describe('fit of a shape to a column', () => {
  const kind = (label: string) => columnKind(
    ((t) => (t && 'group' in t ? { field: 'name' as const } : t && ('field' in t || 'flag' in t) ? t : { extra: true as const }))(matchLabel(label)),
  );
  it.each([
    ['flag', '全社会', 3], ['flag', '二级事项', -6], ['channel', '公开渠道和载体', 3], ['channel', '事项名称', -4],
    ['citation', '公开依据', 3], ['citation', '三级事项', -4], ['time', '公开时限', 3], ['time', '一级事项', -4],
    ['number', '序号', 3], ['number', '一级事项', -3], ['text', '二级事项', 1], ['long-text', '公开内容(要素)', 2], ['long-text', '三级事项', -2],
  ] as const)('%s under %s scores %d', (shape, label, score) => expect(fit(shape, kind(label))).toBe(score));
});

describe('bad names', () => {
  it.each([
    ['', 'empty'], ['√', 'flag'], ['■', 'flag'], ['■政府网站 ■政务服务中心', 'channel'], ['政府网站、政务新媒体', 'channel'],
    ['机构信息', undefined], ['政府网站年度报表', undefined], ['便民服务中心建设', undefined],
  ])('%j → %s', (name, reason) => expect(badNameReason(name)).toBe(reason));
});

describe('同上 cells', () => {
  it.each(['同上', '同上。', '同上.', '同上述'])('%s says "as above"', (text) => expect(DITTO.test(text)).toBe(true));
  it.each(['同上级部门', '如同上年', '同'])('%s does not', (text) => expect(DITTO.test(text)).toBe(false));
});
