import { describe, expect, it } from 'vitest';
import { chrome } from '../../src/clean/chrome.js';
import { withMetaLines } from '../../src/clean/meta-block.js';
import { metaBlockLine } from '../../parsers/shared/chrome-meta.js';
import { ingestFile } from '../../src/ingest/ingest-file.js';
import { brief, runPass } from './run-pass.js';

const cleaned = (lines: string[]) => runPass(chrome, lines.join('\n'));

describe('metadata block', () => {
  it.each([
    ['发布时间:2020-12-08', 'labelled'],
    ['[ 发布机构 ] 某某镇', 'labelled'],
    ['• 2022-04-07', 'dated'],
    ['互联网  2009-06-20', 'dated'],
    ['索引号 01526089-2-02_D/2016-0510008 发布机构 某某镇', 'label-first'],
    ['索  引  号 11370900004341427G/2021-00027 公开方式 主动公开', 'label-first'],
    ['01418471X/2023-00009', 'index number'],
    ['其他;政府信息公开指南; 通知', 'classification list'],
    ['某某市交运局', 'office name'],
    ['某某区司法局政府信息公开', 'office name'],
    ['名称: 某某局主动公开基本目录', 'label and value'],
  ])('knows %j as a metadata line (%s)', (line, kind) => {
    expect(metaBlockLine(line)?.kind).toBe(kind);
  });

  it.each(['某某局关于印发某某办法的通知', '第一条 为了规范管理，制定本办法。', '发布时间:2020-12-08。本通知自印发之日起施行。', '索引 公开'])(
    'does not take %j for a metadata line',
    (line) => expect(metaBlockLine(line)).toBeUndefined(),
  );

  it('sets the block under the title apart and keeps it for the readers', () => {
    const page = ['某某局政府信息公开指南', '发布时间:2023-05-24 来源:某某局', '', '一、主动公开。'];
    const r = cleaned(page);
    expect(r.text).toBe(['某某局政府信息公开指南', '', '', '一、主动公开。'].join('\n'));
    expect(r.facts.metaLines).toEqual([{ line: 1, text: '发布时间:2023-05-24 来源:某某局' }]);
    expect(r.diagnostics.map(brief)).toEqual(['clean/chrome-meta-block@L2: 发布时间:2023-05-24 来源:某某局 → ']);
    expect(withMetaLines(r.text, r.facts.metaLines)).toBe(page.join('\n'));
  });

  it('takes the unlabelled lines printed among labelled ones, and the banner above them', () => {
    const page = ['某某区司法局政府信息公开', '索引号: 1144/2021-00052', '名称: 某某局主动公开基本目录', '01418471X/2023-00009', '其他;制度', '某某市交运局', '2023-05-24', '某某局主动公开基本目录', '一、概述。'];
    const r = cleaned(page);
    expect(r.text.split('\n')).toEqual(['', '', '', '', '', '', '', '某某局主动公开基本目录', '一、概述。']);
    expect(r.facts.metaLines?.map((m) => m.line)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('keeps unlabelled lines with no labelled line or date beside them', () => {
    const page = ['某某市交运局', '', '某某局主动公开基本目录', '序号 公开事项'];
    expect(cleaned(page).text).toBe(page.join('\n'));
  });

  it('keeps a catalogue printed as blocks of labelled lines, though one of its fields names a publisher', () => {
    const page = ['事项名称: 机关简介', '公开时限: 20个工作日', '发布机构: 某某局', '', '事项名称: 机构设置'];
    expect(cleaned(page).text).toBe(page.join('\n'));
  });

  it('keeps a signature (an office and a date after the first sentence)', () => {
    const page = ['各县区：', '现将有关事项通知如下。', '某某市人民政府办公室', '2020年6月3日'];
    const r = cleaned(page);
    expect(r.text).toBe(page.join('\n'));
    expect(r.facts.metaLines).toBeUndefined();
  });

  it('leaves the facts to the readers: the date is read, the cleaned text lacks the line', async () => {
    const page = ['某某县人民政府办公室关于做好政务公开工作的通知', '发布日期:2021-11-18 来源:某某县人民政府办公室', '', '各乡镇人民政府：', '为做好政务公开工作，现将有关事项通知如下。', '一、提高认识。'].join('\n');
    const r = await ingestFile('notice.txt', new TextEncoder().encode(page));
    expect(r.items[0]?.publishedAt).toBe('2021-11-18');
    expect(r.record.cleanedText).not.toContain('发布日期');
    expect(r.diagnostics.map((d) => d.ruleId)).toContain('clean/chrome-meta-block');
  });
});
