/** 政府信息公开指南: detection, sections and the facts people look for, on small hand-written guides. */
import { describe, expect, it } from 'vitest';
import { guideParser } from '../../parsers/guide/index.js';
import { readGuideFacts } from '../../parsers/guide/guide-facts.js';
import { runParser, sourceFile } from '../helpers/run-parser.js';

const guide = [
  '某某县司法局政府信息公开指南',
  '为更好地提供政府信息公开服务,根据《中华人民共和国政府信息公开条例》,编制本指南。',
  '一、主动公开',
  '(一)公开范围',
  '本机关主动公开机构职能、规范性文件等政府信息。',
  '(二)公开方式',
  '通过政府门户网站、政务新媒体等方式公开。',
  '二、依申请公开',
  '(一)受理机构',
  '本机关政府信息公开申请由办公室负责受理。',
  '办公地址:某某县人民路1号',
  '办公时间:工作日8:30-12:00,14:30-17:30',
  '联系电话(传真):0000-1234567',
  '邮政编码:000000',
  '电子邮箱:gk@example.gov.cn',
  '(二)申请方式',
  '申请人可以通过互联网在线提交申请,也可以通过信函、传真或者当面提交申请。',
  '(三)收费标准',
  '本机关依申请提供政府信息,不收取费用。',
].join('\n');

describe('guide parser', () => {
  it('is sure of a page titled …指南 and reads it as one document with its sections and facts', async () => {
    expect(guideParser.detect(sourceFile(guide))).toBeGreaterThanOrEqual(0.9);
    const { items } = await runParser(guideParser, guide);
    expect(items).toHaveLength(1);
    const doc = items[0]!;
    expect(doc.fields.name).toBe('某某县司法局政府信息公开指南');
    expect(doc.document!.sections!.filter((s) => s.number).map((s) => s.heading)).toEqual(['主动公开', '依申请公开']);
    expect(doc.document!.stats).toEqual({
      office: {
        name: '办公室',
        address: '某某县人民路1号',
        hours: '工作日8:30-12:00,14:30-17:30',
        phone: '0000-1234567',
        fax: '0000-1234567',
        postcode: '000000',
        email: 'gk@example.gov.cn',
      },
      applyBy: ['online', 'letter', 'fax', 'in-person'],
      fees: '本机关依申请提供政府信息,不收取费用。',
    });
  });

  it('recognises a catalogue 概述 by its facets, without a 指南 title', () => {
    const overview = ['一、概述', '(一)公开事项和内容', '(二)公开时限', '公开时限为20个工作日内。', '(三)公开方式', '(四)责任主体', '(五)监督渠道',
      '电话:0000-1234567。传真号码:0000-7654321。通讯地址:某某路5号,邮编:000000;办公时间:工作日8:30-17:30。'].join('\n');
    expect(guideParser.detect(sourceFile(overview))).toBeGreaterThanOrEqual(0.5);
    expect(readGuideFacts(overview.split('\n')).office).toEqual({
      phone: '0000-1234567', fax: '0000-7654321', address: '某某路5号', postcode: '000000', hours: '工作日8:30-17:30',
    });
  });

  it('stays out of an annual report and a catalogue that name 主动公开 and 公开方式', () => {
    const report = ['一、总体情况', '1.主动公开。依法公开信息。', '2.依申请公开。无申请。', '3.政府信息管理。', '4.平台建设。', '5.监督保障。'].join('\n');
    expect(guideParser.detect(sourceFile(report))).toBeLessThan(0.5);
    const catalogue = ['序号 | 事项名称 | 公开内容 | 公开依据 | 公开时限 | 公开方式', '1 | 机构职能 | 机构名称 | 《条例》 | 20个工作日 | 主动'].join('\n');
    expect(guideParser.detect(sourceFile(catalogue))).toBe(0);
  });

  it('does not take a sentence about free-of-charge disclosure as the fee rule', () => {
    expect(readGuideFacts(['本局主动向社会免费公开的信息主要有以下7类:']).fees).toBeUndefined();
  });
});
