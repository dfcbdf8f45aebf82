/** Metadata lines as real sites write them. */
import { describe, expect, it } from 'vitest';
import { readMetaLines } from '../../parsers/shared/meta-lines.js';

describe('readMetaLines', () => {
  it.each([
    ['2022-12-16 来源:中卫市人力资源和社会保障局', { publishedAt: '2022-12-16', publisher: '中卫市人力资源和社会保障局' }],
    ['發布時間:2019-06-03 14:29 文字大小: [ ] 瀏覽次數:', { publishedAt: '2019-06-03' }],
    ['来源:德庆县政府门户网 发布时间:2020-12-01 17:45 点击数:-', { publishedAt: '2020-12-01', publisher: '德庆县政府门户网' }],
    ['2023-11-30 10:39 作者:平武县管理员 来源:平武县 字体:【 】 打印', { publishedAt: '2023-11-30', publisher: '平武县' }],
    ['发布日期:2017-03-28-00:00:00 信息来源:嵊州市 浏览次数: 字号:[ ] 分享:', { publishedAt: '2017-03-28', publisher: '嵊州市' }],
    ['信息来源: 政府办 发布日期: 2026-01-15 访问量:', { publishedAt: '2026-01-15', publisher: '政府办' }],
    ['时间:2022-08-19 18:04 • 浏览次数: • 来源:平凉市人社局 • 字体: [ ]', { publishedAt: '2022-08-19', publisher: '平凉市人社局' }],
    ['[ 发布机构 ] 某某镇 [ 发布日期 ] 2024-02-26', { publishedAt: '2024-02-26', publisher: '某某镇' }],
    ['日期:107-01-18    资料来源:资讯处', { publishedAt: '2018-01-18', publisher: '资讯处' }],
  ])('%s', (line, expected) => {
    const { lines: _lines, extra: _extra, labels: _labels, dateLine: _dateLine, ...found } = readMetaLines([line]);
    expect(found).toEqual(expected);
  });

  it('reads an 索引 block rendered as label | value cells, preferring 发布机构 to 来源 and 发布日期 to 成文日期', () => {
    const found = readMetaLines([
      '[ 索引号 ] | 11500117MB1G27013L/2024-00012 | [ 发文字号 ] | 合双府发〔2024〕3号',
      '[ 成文日期 ] | 2024-02-20 | [ 发布日期 ] | 2024-02-26',
      '来源:重庆市合川区人民政府网 | 发布机构 | 双槐镇人民政府',
    ]);
    expect(found).toEqual({
      publishedAt: '2024-02-26',
      publisher: '双槐镇人民政府',
      labels: { date: '发布日期', publisher: '发布机构' },
      extra: { 索引号: '11500117MB1G27013L/2024-00012', 发文字号: '合双府发〔2024〕3号' },
      lines: [0, 1, 2],
      dateLine: 1,
    });
  });

  it('ignores long prose lines and impossible dates', () => {
    expect(readMetaLines(['来源:' + '很长'.repeat(200), '发布日期:2024-13-45']).publishedAt).toBeUndefined();
  });
});
