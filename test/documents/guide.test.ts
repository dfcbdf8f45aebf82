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

  it('recognises an untitled guide whose preamble calls it 本指南', () => {
    const text = ['为保障公民依法获取政府信息,根据《中华人民共和国政府信息公开条例》,制定本公开指南。', '一、信息分类', '本机关信息分为机构职能和政务信息两类。'].join('\n');
    expect(guideParser.detect(sourceFile(text))).toBeGreaterThanOrEqual(0.5);
    // Another document that only mentions a guide in its preamble is not one.
    expect(guideParser.detect(sourceFile(['某某县关于印发政府信息公开指南的通知', '各乡镇:', '现将本指南印发给你们。'].join('\n')))).toBeLessThan(0.5);
  });

  it('recognises an untitled page that walks through the whole disclosure service (Taiwan wording too)', () => {
    const text = [
      '本院依据政府资讯公开法,提供为民服务公开政府资讯单一窗口。',
      '本院政府资讯公开服务的范围',
      '政府机关主动公开之资讯,以网站为公开管道之一。不在主动公开范围之资讯,可书面申请提供。',
      '申请政府资讯依规费标准收取费用。',
    ].join('\n');
    expect(guideParser.detect(sourceFile(text))).toBeGreaterThanOrEqual(0.5);
    // One part missing (nothing on how to obtain, on fees or on complaints): not enough.
    const partial = ['本院依据政府资讯公开法公开资讯。', '政府机关主动公开之资讯很多。', '民众可书面申请提供。'].join('\n');
    expect(guideParser.detect(sourceFile(partial))).toBeLessThan(0.5);
  });

  it('reads a table that defines a catalogue\'s fields as a catalogue description (guide kind)', () => {
    const table = ['序号', '项 目', '内 容', '备 注', '1', '机构名称', '填写核定的机构名称', '2', '公开时限', '分长期公开、及时公开', '3', '公开范围', '必填', '4',
      '公开方式/不公开理由', '填写主动公开或依申请公开'].join('\n');
    expect(guideParser.detect(sourceFile(table))).toBeGreaterThanOrEqual(0.5);
    // The same header over rows that are no catalogue fields (a price list) is not a description of a catalogue.
    const prices = ['序号', '项目', '内容', '备注', '1', '复印费', '填写页数', '2', '邮寄费', '必填'].join('\n');
    expect(guideParser.detect(sourceFile(prices))).toBeLessThan(0.5);
  });
});
