/** Notices: title over several lines, 公文 parts, 文号, attachments listed or printed inline, on hand-written notices. */
import { describe, expect, it } from 'vitest';
import { noticeParser } from '../../parsers/notice/index.js';
import { runParser, sourceFile } from '../helpers/run-parser.js';

const head = ['某某市人民政府办公室关于做好', '政府信息公开工作年度报告的通知', '某政办函〔2023〕12号', '各县区人民政府,市直各单位:', '现将有关事项通知如下。'];

describe('notice parser', () => {
  it('is sure of a title broken over two lines with a 文号 and a salutation, and keeps the 文号 in extra', async () => {
    const text = [...head, '某某市人民政府办公室', '2023年1月5日'].join('\n');
    expect(noticeParser.detect(sourceFile(text))).toBeGreaterThanOrEqual(0.9);
    const { items } = await runParser(noticeParser, text);
    expect(items[0]!.fields).toMatchObject({ name: '某某市人民政府办公室关于做好政府信息公开工作年度报告的通知', publisher: '某某市人民政府办公室', publishedAt: '2023-01-05' });
    expect(items[0]!.extra['文号']).toBe('某政办函〔2023〕12号');
  });

  it('is unsure of a notice title with no 公文 part under it', () => {
    expect(noticeParser.detect(sourceFile('某某局关于做好年报工作的通知\n今年的年报工作要早做准备。'))).toBeLessThan(0.5);
  });

  it('ends the body at a list of attached files, and lists them with their links', async () => {
    const text = [...head, '附件:1.年报模板.docx', '2.统计表.xls (http://example.gov.cn/f/2.xls)', '某某市人民政府办公室', '2023年1月5日', '热门推荐 某某广告词'].join('\n');
    const { items } = await runParser(noticeParser, text);
    expect(items[0]!.document!.attachments).toEqual([{ name: '年报模板.docx' }, { name: '统计表.xls', href: 'http://example.gov.cn/f/2.xls' }]);
    expect(items[0]!.document!.body!.endsWith('2.统计表.xls (http://example.gov.cn/f/2.xls)')).toBe(true);
  });

  it('keeps an attachment printed inline (no file) as part of the body', async () => {
    const text = [...head, '附件:年报编制要点', '某某市人民政府办公室', '2023年1月5日', '(此件公开发布)', '附件', '年报编制要点', '一、总体情况要写全。'].join('\n');
    const { items } = await runParser(noticeParser, text);
    expect(items[0]!.document!.attachments).toEqual([{ name: '年报编制要点' }]);
    expect(items[0]!.document!.body).toContain('(此件公开发布)');
    expect(items[0]!.document!.body!.endsWith('一、总体情况要写全。')).toBe(true);
  });

  it('reads a notice whose title line is missing by its salutation and issuing sentence, named by the title below', async () => {
    const text = ['各县区民政局,局属各单位:', '《某某市民政领域基层政务公开标准指引》已经局务会同意,现印发给你们,请遵照执行。', '2021年3月2日', '(此件主动公开)',
      '某某市民政领域基层政务公开标准指引', '一、总体要求', '做好基层政务公开工作。'].join('\n');
    expect(noticeParser.detect(sourceFile(text))).toBeGreaterThanOrEqual(0.5);
    const { items, diagnostics } = await runParser(noticeParser, text);
    expect(items[0]!.fields).toMatchObject({ name: '某某市民政领域基层政务公开标准指引', publishedAt: '2021-03-02' });
    expect(diagnostics.map((d) => d.ruleId)).toContain('doc/untitled-notice');
    // A salutation alone (a letter, a speech) is no notice.
    expect(noticeParser.detect(sourceFile(['各位代表:', '现在我代表政府作工作报告。'].join('\n')))).toBe(0);
  });
});
