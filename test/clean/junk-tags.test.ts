import { describe, expect, it } from 'vitest';
import { junkTags } from '../../src/clean/junk-tags.js';
import { brief, runPass } from './run-pass.js';

describe('junk-tags pass', () => {
  it.each([
    ['• <li id="mc848"><source id="mc848"></source></li>', ''],
    ['  • <rt id="mc848"></rt>', ''],
    ['    <table id="mc848"></table>', ''],
    ['<noframes id="zdbdv"><address id="zdbdv"><listing id="zdbdv"></listing></address>', ''],
    ['<form id="zdbdv"></form>', ''],
    ['通知正文<rt id="ab12c"></rt>第二段', '通知正文第二段'],
  ])('cleans %j', (dirty, clean) => {
    const r = runPass(junkTags, dirty);
    expect(r.text).toBe(clean);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ ruleId: 'clean/junk-tag', place: 'L1', actual: dirty.trim(), expected: clean });
  });

  it.each([
    '《湖南省人力资源和社会保障厅关于印发<湖南省事业单位公开招聘人员办法>的通知》',
    '<table> without an id is not the injected pattern',
    '请在</li>之后填写',
  ])('keeps %j', (text) => {
    const r = runPass(junkTags, text);
    expect(r.text).toBe(text);
    expect(r.diagnostics).toEqual([]);
  });

  it('removes tags of any name that share one random id, and cut-off tag ends on that page', () => {
    const text = ['<delect id="h4sia"></delect>', '  2. <meter id="h4sia"></meter>', '公民、法人和其他组织t>可以查阅'].join('\n');
    const r = runPass(junkTags, text);
    expect(r.text).toBe(['', '  2.', '公民、法人和其他组织可以查阅'].join('\n'));
    expect(r.diagnostics.map(brief)).toEqual([
      'clean/junk-tag@L1: <delect id="h4sia"></delect> → ',
      'clean/junk-tag@L2: 2. <meter id="h4sia"></meter> → 2.',
      'clean/junk-tag@L3: 公民、法人和其他组织t>可以查阅 → 公民、法人和其他组织可以查阅',
    ]);
  });

  it('keeps an unknown tag whose id is not shared, and tag-like text on a page without injected tags', () => {
    for (const text of ['示例<meter id="gauge1"></meter>说明', '首页>政务公开>标准目录', '组织t>可以']) {
      const r = runPass(junkTags, text);
      expect(r.text).toBe(text);
      expect(r.diagnostics).toEqual([]);
    }
  });

  it('keeps the line count and reports each line', () => {
    const r = runPass(junkTags, '• <li id="mc848"></li>\r\n标题\r\n<rt id="mc848"></rt>');
    expect(r.text).toBe('\r\n标题\r\n');
    expect(r.diagnostics.map(brief)).toEqual([
      'clean/junk-tag@L1: • <li id="mc848"></li> → ',
      'clean/junk-tag@L3: <rt id="mc848"></rt> → ',
    ]);
  });
});
