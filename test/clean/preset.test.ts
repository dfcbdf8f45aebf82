import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import { PRESET, cleanText } from '../../src/clean/preset.js';
import { buildEvidence } from '../../src/clean/spam-repair.js';

function run(text: string): { text: string; diagnostics: DiagnosticInput[] } {
  const diagnostics: DiagnosticInput[] = [];
  return { text: cleanText(text, (d) => diagnostics.push(d)).text, diagnostics };
}

describe('preset', () => {
  it('runs the passes in the documented order', () => {
    expect(PRESET.map((p) => p.id)).toEqual([
      'clean/junk-tag',
      'clean/mojibake',
      'clean/pinyin-gloss',
      'clean/spam-line',
      'clean/script',
      'clean/spam-substitution',
      'clean/mirror-link',
      'clean/chrome',
      'clean/footer',
    ]);
  });

  it.each([
    '市体育局关于做好2023年全民健身工作的通知',
    '体育彩票公益金使用情况公告',
    '召开全市人社系统视频会议,部署政务公开工作。',
    '政府采购应当优先采购国产设备。',
    '推进职业院校精品课程建设。',
    '岗位信息发布:招聘单位、岗位要求、福利待遇、招聘流程、应聘方式、咨询电话',
    '地址:益阳市赫山区一区二区8栋 电话:0737-4221234',
    '均已通过人社官网向全社会公开',
    '《中华人民共和国政府信息公开条例》(国务院令第711号)第二十条:(二)机关职能、机构设置、办公地址',
    '(一)依法公开原则;',
    '《湖南省规范性文件管理办法》(试行)',
  ])('keeps legitimate text: %j', (line) => {
    const r = run(`第一行\n${line}\n最后一行`);
    expect(r.text).toBe(`第一行\n${line}\n最后一行`);
    expect(r.diagnostics).toEqual([]);
  });

  it('cleans a mirror page end to end, attributing each diagnostic to its pass', () => {
    const page = [
      '• <li id="zdbdv"><source id="zdbdv"></source></li>',
      '繁體版 English EN',
      '國(guó)務(wù)院辦公廳關于印發《365体育官网進一步加強政務公開工作的意見》的通知',
      '發布時間:2019-06-03 14:29 文字大小: [ ] 瀏覽次數:',
      '正文:各地要及時公開社會(huì )保險信息。',
      '亚洲国产成人精品无码区|中文字幕一区二区三区|无码人妻久久一区二区三区',
    ].join('\n');
    const r = run(page);
    expect(r.text.split('\n')).toEqual([
      '',
      '',
      '国务院办公厅关于印发《关于进一步加强政务公开工作的意见》的通知',
      '',
      '正文:各地要及时公开社会保险信息。',
      '',
    ]);
    expect(r.diagnostics.map((d) => `${d.source} ${d.ruleId} ${d.place}`)).toEqual([
      'clean/junk-tag clean/junk-tag L1',
      'clean/pinyin-gloss clean/pinyin-gloss L3',
      'clean/pinyin-gloss clean/pinyin-gloss L5',
      'clean/spam-line clean/spam-line L6',
      'clean/script clean/script L2-L5',
      'clean/spam-substitution clean/spam-substitution L3',
      'clean/chrome clean/chrome-nav L2',
      'clean/chrome clean/chrome-meta-widget L4',
      'clean/chrome clean/chrome-meta-block L4',
    ]);
  });

  it('never throws, keeps the line count, and is idempotent on arbitrary text', () => {
    const pieces = fc.constantFrom(
      '政府信息公开', '國(guó)務院', '365体育官网', '《', '》', '印发', '|', '??', '\n', '\r\n', ' ', '×', '字号', '打印',
      '<li id="ab12c">', '</li>', 'ICP备', '无码', '中文字幕', '(一)', '(kai)', '当前位置:首页 > ', '璁句负棣栭〉', 'a', '。',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }).map((a) => a.join('')), (text) => {
        const once = run(text).text;
        expect(once.split('\n')).toHaveLength(text.split('\n').length);
        expect(run(once).text).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});

describe('preset with batch evidence', () => {
  it('repairs a substituted name that another file of the batch shows clean', () => {
    const page = '第二十条 本办法由水果机游戏人力资源和社会保障厅负责解释。';
    const diagnostics: DiagnosticInput[] = [];
    const evidence = buildEvidence('第三十条 本办法由四川省人力资源和社会保障厅负责解释。');
    expect(cleanText(page, (d) => diagnostics.push(d), { evidence }).text).toBe('第二十条 本办法由四川省人力资源和社会保障厅负责解释。');
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: 'clean/spam-substitution', actual: '水果机游戏', expected: '四川省' })]);
    expect(run(page).text).toBe('第二十条 本办法由人力资源和社会保障厅负责解释。');
  });
});
