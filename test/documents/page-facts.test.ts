/** Dates, titles, signatures and attachment lines of document pages, each rule on a small hand-written input. */
import { describe, expect, it } from 'vitest';
import { findDates, isDateLine, isoDate } from '../../parsers/shared/dates.js';
import { findTitleLine } from '../../parsers/shared/title-line.js';
import { findSignature, signatureAtEnd } from '../../parsers/shared/signature.js';
import { attachmentOf, findAttachmentLines } from '../../parsers/shared/attachment-lines.js';
import { provenance, readPageFacts, readPageMeta } from '../../parsers/shared/page-meta.js';

const lines = (text: string): string[] => text.split('\n');

describe('dates as pages print them', () => {
  it.each([
    ['发布时间:2023-03-05 10:12', '2023-03-05'],
    ['2023/3/5', '2023-03-05'],
    ['2023.03.05', '2023-03-05'],
    ['2023年3月5日', '2023-03-05'],
    ['二〇二三年三月五日', '2023-03-05'],
    ['二○一九年十二月三十一日', '2019-12-31'],
    ['民國112年3月5日', '2023-03-05'],
    ['民国 94 年 12 月 28 日', '2005-12-28'],
    ['民國九十四年十二月二十八日', '2005-12-28'],
  ])('%s → %s', (text, iso) => expect(isoDate(text)).toBe(iso));

  it('reads a bare three-digit year as ROC only where a date label says so', () => {
    expect(isoDate('107-01-18')).toBeUndefined();
    expect(isoDate('107-01-18', { rocBare: true })).toBe('2018-01-18');
  });

  it('rejects impossible dates and digits inside longer numbers', () => {
    expect(isoDate('2023年2月30日')).toBeUndefined();
    expect(isoDate('索引号 01526089-2-02_D/2016')).toBeUndefined();
    expect(isoDate('2021926')).toBeUndefined();
  });

  it('lists every date in reading order and knows a line that is one date', () => {
    expect(findDates('2019年6月3日起施行,2019年5月15日公布').map((d) => d.iso)).toEqual(['2019-06-03', '2019-05-15']);
    expect(isDateLine('2018年12月4日')).toBe(true);
    expect(isDateLine('• 2022-04-07')).toBe(true);
    expect(isDateLine('2013年3月')).toBe(false);
    expect(isDateLine('2018年12月4日印发')).toBe(false);
  });
});

describe('the title line', () => {
  it('is a short line ending in a document word, not a column name, heading, caption or label', () => {
    const t = findTitleLine(lines('政府信息公开\n附件3\n一、总体情况\n图2 号牌编码规则\n某某镇2021年政府信息公开工作年度报告\n正文。'));
    expect(t).toEqual({ title: '某某镇2021年政府信息公开工作年度报告', first: 4, last: 4, source: 'line' });
  });

  it('is not a byline: an issuer above a month carries no document word', () => {
    expect(findTitleLine(lines('某某市人民政府\n2013年3月\n本年度报告是根据条例编制的。'))).toBeUndefined();
  });

  it('prefers the line printed twice (page title and heading) and reports both lines', () => {
    const t = findTitleLine(lines('某某局信息公开目录\n\n某某局政府信息公开指南(2023年修订)\n时间:2023-05-24\n某某局政府信息公开指南(2023年修订)\n为了…'));
    expect(t).toMatchObject({ title: '某某局政府信息公开指南(2023年修订)', first: 2, last: 4 });
  });

  it('joins a 关于 title broken over lines, with the issuer on a line of its own', () => {
    expect(findTitleLine(lines('国务院办公厅关于推广第二批\n支持创新相关改革举措的通知\n国办发〔2018〕126号'))?.title).toBe(
      '国务院办公厅关于推广第二批支持创新相关改革举措的通知',
    );
    expect(findTitleLine(lines('信息公开\n\n某某办公室\n关于年度报告\n有关事项的通知\n各单位:'))).toMatchObject({
      title: '某某办公室关于年度报告有关事项的通知',
      first: 2,
      last: 4,
    });
  });

  it('does not join a column name to a complete title', () => {
    expect(findTitleLine(lines('信息公开\n某某局关于做好年报工作的通知'))?.title).toBe('某某局关于做好年报工作的通知');
  });

  it('falls back to the name the preamble gives the document, not to a document it cites', () => {
    expect(findTitleLine(lines('为更好地提供服务,特编制《某某局政府信息公开指南》。\n一、机构'))).toMatchObject({
      title: '某某局政府信息公开指南',
      source: 'self-name',
    });
    expect(findTitleLine(lines('一、总体情况\n我局印发《某某市事业发展规划》,推进工作。'))).toBeUndefined();
  });
});

describe('the signature block', () => {
  it('reads the issuer and the date under it, in Arabic or Chinese numerals', () => {
    expect(findSignature(lines('现印发给你们。\n\n某某市人民政府办公室\n二〇二三年三月五日\n(此件公开发布)'))).toEqual({
      issuer: '某某市人民政府办公室',
      date: '2023-03-05',
      line: 4,
    });
  });

  it('takes a date right under the last paragraph without an issuer, and not a date inside a sentence', () => {
    expect(findSignature(lines('请遵照执行。\n2020年6月3日'))).toEqual({ date: '2020-06-03', line: 2 });
    expect(findSignature(lines('联系人:张三\n于2020年6月3日前报送。'))).toBeUndefined();
  });

  it('searches below a given line, and reads lines 1-based like every other place', () => {
    const text = lines('某某局\n2020年1月2日\n关于某事的通知\n请遵照执行。\n某某办公室\n2020年6月3日');
    expect(findSignature(text)).toEqual({ issuer: '某某局', date: '2020-01-02', line: 2 });
    expect(findSignature(text, 3)).toEqual({ issuer: '某某办公室', date: '2020-06-03', line: 6 });
  });

  it('takes a numeric date as the block closing a document, but not in the flow of a page', () => {
    const text = lines('第一条 为了规范管理,制定本办法。\n某某局\n2020-06-03\n');
    expect(findSignature(text)).toBeUndefined();
    expect(signatureAtEnd(text, 1, 4)).toEqual({ issuer: '某某局', date: '2020-06-03', line: 3 });
    expect(signatureAtEnd(lines('请遵照执行。\n2020年6月3日'), 1, 2)).toEqual({ date: '2020-06-03', line: 2 });
  });
});

describe('附件 lines', () => {
  it('reads numbered names of every file type, with their links', () => {
    const text = [
      '附件:1.某某目录.xls', '2.某某表.et', '3.某某说明.wps (http://example.gov.cn/a/3.wps)', '4.[某某汇总](/files/4.zip)',
      '5.某某档案.rar', '6.某某.pdf', '7.某某.doc', '8.某某.docx', '9.某某.xlsx', '某某局', '2023年1月5日',
    ].join('\n');
    const found = findAttachmentLines(lines(text));
    expect(found?.attachments).toEqual([
      { name: '某某目录.xls' }, { name: '某某表.et' }, { name: '某某说明.wps', href: 'http://example.gov.cn/a/3.wps' },
      { name: '某某汇总', href: '/files/4.zip' }, { name: '某某档案.rar' }, { name: '某某.pdf' }, { name: '某某.doc' },
      { name: '某某.docx' }, { name: '某某.xlsx' },
    ]);
    expect([found?.first, found?.last]).toEqual([0, 8]);
  });

  it('reads `附件:` alone followed by file names, and `附件2:` lines', () => {
    expect(findAttachmentLines(lines('附件:\n甲表.xlsx\n乙表.xls'))?.attachments).toEqual([{ name: '甲表.xlsx' }, { name: '乙表.xls' }]);
    expect(findAttachmentLines(lines('附件1:甲表.xlsx\n附件2:乙表.xls'))?.attachments).toEqual([{ name: '甲表.xlsx' }, { name: '乙表.xls' }]);
  });

  it('does not read a 附件列表 widget or a bare 附件 heading as an attachment', () => {
    expect(findAttachmentLines(lines('附件列表'))).toBeUndefined();
    expect(findAttachmentLines(lines('附件\n一、总体情况'))).toBeUndefined();
  });

  it('names a bare link by its file name', () => {
    expect(attachmentOf('http://example.gov.cn/files/%E7%94%B2.pdf')).toEqual({ name: '甲.pdf', href: 'http://example.gov.cn/files/%E7%94%B2.pdf' });
  });
});

describe('page facts with their sources', () => {
  it('reads title, date and publisher of a notice, with where each came from', () => {
    const text = ['首页 > 通知公告', '某某局关于做好年报工作的通知', '发布时间:2023-01-06 来源:某某网', '某局发〔2023〕12号', '各单位:',
      '现就有关事项通知如下。', '某某局', '2023年1月5日'].join('\n');
    const facts = readPageFacts({ lines: lines(text) });
    expect(facts.title).toEqual({ value: '某某局关于做好年报工作的通知', source: 'line', line: 2 });
    expect(facts.publishedAt).toMatchObject({ value: '2023-01-06', source: 'label', label: '发布时间' });
    // 来源 may name a website: the signature's issuer is preferred.
    expect(facts.publisher).toMatchObject({ value: '某某局', source: 'signature' });
    expect(facts.extra).toEqual({ 文号: '某局发〔2023〕12号' });
    expect(provenance(facts)).toEqual({ titleFrom: 'line L2', publishedAtFrom: 'label 发布时间 L3', publisherFrom: 'signature L8' });
  });

  it('prefers a 标题/信息名称 label and a 发布机构 label, and 发布日期 over 成文日期', () => {
    const text = ['成文日期 | 2023-01-02 | 发布机构 | 某某局', '信息名称 | 某某局关于做好年报工作的通知 | 发布日期 | 2023-01-09', '正文。'].join('\n');
    const facts = readPageFacts({ lines: lines(text) });
    expect(facts.title).toMatchObject({ value: '某某局关于做好年报工作的通知', source: 'label', label: '信息名称' });
    expect(facts.publishedAt).toMatchObject({ value: '2023-01-09', source: 'label' });
    expect(facts.publisher).toMatchObject({ value: '某某局', source: 'label', label: '发布机构' });
  });

  it('falls back to the signature date, and reads an ROC date label', () => {
    expect(readPageFacts({ lines: lines('某某办法\n第一条 为了规范。\n某某局\n2021年9月26日') }).publishedAt).toMatchObject({ value: '2021-09-26', source: 'signature' });
    expect(readPageMeta(lines('日期:107-01-18 资料来源:资讯处'))?.date).toBe('2018-01-18');
  });

  it('reads a date label without its colon and a lone date line in the head', () => {
    expect(readPageMeta(lines('公开目录 公开制度 发布日期 2016-05-10 16:49:05'))?.date).toBe('2016-05-10');
    expect(readPageMeta(lines('某某办法\n互联网  2009-06-20'))?.date).toBe('2009-06-20');
    // A promulgation note in brackets is not a metadata line.
    expect(readPageMeta(lines('（1991年3月4日国务院令第76号发布）'))).toBeUndefined();
  });
});
