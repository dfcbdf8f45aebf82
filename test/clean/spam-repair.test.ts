import { describe, expect, it } from 'vitest';
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import type { DraftItem } from '../../schemas/draft-item.js';
import { findBrands, findResidualSpam } from '../../src/clean/spam-terms.js';
import { buildEvidence, planSpamFixes, repairSpamText } from '../../src/clean/spam-repair.js';
import { evidenceFromItems, repairDraftItem } from '../../src/clean/spam-repair-item.js';

function repair(text: string, evidence?: string[]): { text: string; diagnostics: DiagnosticInput[] } {
  const diagnostics: DiagnosticInput[] = [];
  const r = repairSpamText(text, { report: (d) => diagnostics.push(d), place: 'L7', evidence: evidence && buildEvidence(...evidence) });
  return { text: r.text, diagnostics };
}

describe('spam substitution repair', () => {
  it.each([
    ['《国务院办公厅365体育官网全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》', '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》'],
    ['《人力资源社会保障部365体育官网深化政务公开的意见》(人社部发〔2013〕92号)', '《人力资源社会保障部关于深化政务公开的意见》(人社部发〔2013〕92号)'],
    ['《365体育官网进一步加强企业特殊工种提前退休管理工作的通知》', '《关于进一步加强企业特殊工种提前退休管理工作的通知》'],
    ['《中共国务院办公厅印发<365体育官网全面推进政务公开工作的意见>实施细则的通知》', '《中共国务院办公厅印发<关于全面推进政务公开工作的意见>实施细则的通知》'],
    ['《中共中央办公厅国务院办公厅印发〈365体育官网推行地方各级政府工作部门权力清单制度的指导意见〉的通知》', '《中共中央办公厅国务院办公厅印发〈关于推行地方各级政府工作部门权力清单制度的指导意见〉的通知》'],
    ['湖南省人力资源和社会保障厅365体育官网印发<湖南省事业单位公开招聘人员办法>的通知', '湖南省人力资源和社会保障厅关于印发<湖南省事业单位公开招聘人员办法>的通知'],
    ['《美高梅娛樂城開展專項行動的通知》', '《关于開展專項行動的通知》'],
  ])('puts 关于 back in a title slot: %j', (dirty, clean) => {
    const r = repair(dirty);
    expect(r.text).toBe(clean);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'clean/spam-substitution', place: 'L7', actual: findBrands(dirty)[0]!.token, expected: '关于' }),
    ]);
  });

  it('repairs outside a title slot only with evidence (条例 第十二条)', () => {
    const dirty = '《中华人民共和国政府信息公开条例》(国务院令第711号)第十二条:行政机关编制、公布的政府信息公开指南和365体育官网应当及时更新。';
    const r = repair(dirty);
    expect(r.text).toContain('政府信息公开指南和政府信息公开目录应当及时更新。');
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'clean/spam-substitution', actual: '365体育官网', expected: '政府信息公开目录' }),
    ]);
  });

  it.each([
    ['《中华人民共和国飞禽走兽老虎机条例》', '《中华人民共和国政府信息公开条例》'],
    ['三、收到和处理飞禽走兽老虎机申请情况', '三、收到和处理政府信息公开申请情况'],
    ['四、飞禽走兽老虎机行政复议、行政诉讼情况', '四、政府信息公开行政复议、行政诉讼情况'],
  ])('puts back the phrase a slot-game name replaced in a canonical title or heading: %j', (dirty, clean) => {
    const r = repair(dirty);
    expect(r.text).toBe(clean);
    expect(r.diagnostics).toEqual([expect.objectContaining({ ruleId: 'clean/spam-substitution', actual: '飞禽走兽老虎机', expected: '政府信息公开' })]);
  });

  it('removes a slot-game name it cannot prove and says so', () => {
    const r = repair('4.飞禽走兽老虎机平台管理。');
    expect(r.text).toBe('4.平台管理。');
    expect(r.diagnostics).toEqual([expect.objectContaining({ ruleId: 'clean/spam-substitution-unresolved', actual: '飞禽走兽老虎机' })]);
  });

  it('takes no evidence from indentation: a brand at the start of an indented line is removed when nothing else proves it', () => {
    // Without the trim, two spaces of indentation matched the indentation of an unrelated line in the evidence.
    const dirty = '        365体育官网司法局信息公开管理制度';
    const evidence = ['  第三条 市司法局信息公开管理制度'];
    const r = repair(dirty, evidence);
    expect(r.text).toBe('        司法局信息公开管理制度');
    expect(r.diagnostics).toEqual([expect.objectContaining({ ruleId: 'clean/spam-substitution-unresolved', actual: '365体育官网' })]);
  });

  it('proves a topic phrase from a canonical title', () => {
    const r = repair('《中华人民共和国澳門賭場推薦条例》');
    expect(r.text).toBe('《中华人民共和国政府信息公开条例》');
    expect(r.diagnostics[0]).toMatchObject({ actual: '澳門賭場推薦', expected: '政府信息公开' });
  });

  it('uses batch evidence: the same sentence clean in another item or file', () => {
    const dirty = '本办法由水果机游戏人力资源和社会保障厅负责解释。';
    expect(repair(dirty).text).toBe('本办法由人力资源和社会保障厅负责解释。');
    const r = repair(dirty, ['第二十条 本办法由四川省人力资源和社会保障厅负责解释。']);
    expect(r.text).toBe('本办法由四川省人力资源和社会保障厅负责解释。');
    expect(r.diagnostics[0]).toMatchObject({ ruleId: 'clean/spam-substitution', actual: '水果机游戏', expected: '四川省' });
  });

  it('does not guess when the evidence disagrees', () => {
    const r = repair('本办法由水果机游戏人力资源和社会保障厅负责解释。', [
      '本办法由四川省人力资源和社会保障厅负责解释。',
      '本办法由湖南省人力资源和社会保障厅负责解释。',
    ]);
    expect(r.text).toBe('本办法由人力资源和社会保障厅负责解释。');
    expect(r.diagnostics[0]).toMatchObject({ ruleId: 'clean/spam-substitution-unresolved', actual: '水果机游戏', expected: '' });
  });

  it.each([
    ['《水果机游戏省失业保险条例》', '《省失业保险条例》', '水果机游戏'],
    ['pg电子直营网 > 政务公开事项标准目录专栏', ' > 政务公开事项标准目录专栏', 'pg电子直营网'],
    ['澳门赌场机关信息公开管理办法(试行)', '机关信息公开管理办法(试行)', '澳门赌场'],
  ])('removes an unprovable brand and flags it: %j', (dirty, clean, token) => {
    const r = repair(dirty);
    expect(r.text).toBe(clean);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'clean/spam-substitution-unresolved', severity: 'warning', actual: token, expected: '' }),
    ]);
    expect(findResidualSpam(r.text)).toEqual([]);
  });

  it('leaves clean text alone', () => {
    for (const text of ['均已通过人社官网向全社会公开', '市体育局 2022体育工作要点', '彩票公益金', '12345热线']) {
      expect(planSpamFixes(text)).toEqual([]);
    }
  });

  it('repairs every string of a draft item and flags it', () => {
    const item: DraftItem = {
      kind: 'item',
      place: 'Sheet1!A7',
      fields: { name: '失业保险金申领', basis: '《水果机游戏省失业保险条例》;《人力资源社会保障部365体育官网深化政务公开的意见》' },
      extra: { 备注: '澳门赌场院属单位' },
    };
    const diagnostics: DiagnosticInput[] = [];
    const out = repairDraftItem(item, { report: (d) => diagnostics.push(d), evidence: evidenceFromItems([item]) });
    expect(out.fields.basis).toBe('《省失业保险条例》;《人力资源社会保障部关于深化政务公开的意见》');
    expect(out.extra['备注']).toBe('院属单位');
    expect(out.flags).toEqual(['clean/spam-substitution', 'clean/spam-substitution-unresolved']);
    expect(diagnostics.map((d) => `${d.place}|${d.actual}|${d.expected}`)).toEqual([
      'Sheet1!A7 basis|水果机游戏|',
      'Sheet1!A7 basis|365体育官网|关于',
      'Sheet1!A7 备注|澳门赌场|',
    ]);
    expect(item.fields.basis).toContain('365体育官网');
  });

  it('finds residual spam but not legitimate words', () => {
    expect(findResidualSpam('《365体育官网深化》 无码 中文字幕 人社官网 体育局')).toEqual(['365体育官网', '无码']);
    expect(findResidualSpam('体育局 彩票公益金 视频会议 国产设备 精品课程 福利待遇 一区二区')).toEqual([]);
  });
});
