import { describe, expect, it } from 'vitest';
import { TimeLimit } from '../../schemas/catalog-item.js';
import { parseTimeLimit } from '../../src/normalize/time-limit.js';

type Expected = Record<string, unknown>;
const wd = (amount: number) => ({ amount, unit: 'working_day' });
const FORMED_OR_CHANGED_20 = { kind: 'after_event', ...wd(20), trigger: 'formed_or_changed' };

/** The reference table of 公开时限 phrasings, all 47 rows: [row, phrasing verbatim, expected clauses without their `text`]. */
const PHRASINGS: [string, string, Expected[]][] = [
  ['1', '自该政府信息形成或者变更之日起20个工作日内', [FORMED_OR_CHANGED_20]],
  ['2', '自该政府信息形成或者变更之日起20个工作日内。', [FORMED_OR_CHANGED_20]],
  ['3', '自该政府信息形成或者变更之日起20个工作日内及时公开', [{ ...FORMED_OR_CHANGED_20, qualifier: '及时' }]],
  ['4', '公开事项信息形成或变更之日起20个工作日内公开', [FORMED_OR_CHANGED_20]],
  ['5', '公开事项 信息形成 或变更之 日起20个 工作日内 公开', [FORMED_OR_CHANGED_20]],
  ['6', '自信息形成或者变更之日起20个工作日内予以公开', [{ ...FORMED_OR_CHANGED_20, qualifier: '予以公开' }]],
  ['7', '信息形成或者变更之日起20个工作日内', [FORMED_OR_CHANGED_20]],
  ['8', '信息形成或变更之日起20个工作日内', [FORMED_OR_CHANGED_20]],
  ['9', '信息产生或变更之日起20个工作日内公开', [FORMED_OR_CHANGED_20]],
  ['10', '信息形成之日起20个工作日内', [{ kind: 'after_event', ...wd(20), trigger: 'formed' }]],
  ['11', '信息形成20个工作日内公开;其中行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示', [
    { kind: 'after_event', ...wd(20), trigger: 'formed' },
    { kind: 'after_event', ...wd(7), trigger: 'decision_made', scope: '行政许可、行政处罚事项', qualifier: '公示' },
  ]],
  // The table elides the middle with `…`, so the second clause's trigger cannot be read (the full text is tested below).
  ['12', '信息形成個20個工作日內公開;其中…7個工作日內公示', [
    { kind: 'after_event', ...wd(20), trigger: 'formed' },
    { kind: 'after_event', ...wd(7), trigger: 'unknown', qualifier: '公示' },
  ]],
  ['13', '信息形成或变更之日起3个工作日内', [{ kind: 'after_event', ...wd(3), trigger: 'formed_or_changed' }]],
  ['14', '批准(批复)后20日内', [{ kind: 'after_event', amount: 20, unit: 'day', trigger: 'approved' }]],
  ['15', '批准(批复)后20个工作日内。', [{ kind: 'after_event', ...wd(20), trigger: 'approved' }]],
  ['16', '部门预算经本级财政部门批复后20日内公开', [{ kind: 'after_event', amount: 20, unit: 'day', trigger: 'budget_approved' }]],
  ['17', '部门决算经本级财政部门批复后20日内公开', [{ kind: 'after_event', amount: 20, unit: 'day', trigger: 'budget_approved' }]],
  ['18', '本级人民代表大会或其常务委员会批准后20日内', [{ kind: 'after_event', amount: 20, unit: 'day', trigger: 'approved' }]],
  ['19', '本级人民代表大会或其常务委员会批准后20内', [{ kind: 'after_event', amount: 20, unit: 'unknown', trigger: 'approved' }]],
  ['20', '应当在批准后二十日内…向社会公开', [
    { kind: 'after_event', amount: 20, unit: 'day', trigger: 'approved', qualifier: '向社会公开' },
  ]],
  ['21', '每年1月31日前发布。', [{ kind: 'annual_date', deadline: { month: 1, day: 31, inclusive: true } }]],
  ['22', '每年4月1日之前', [{ kind: 'annual_date', deadline: { month: 4, day: 1, inclusive: false } }]],
  ['23', '自文件公开后3个工作日内。', [{ kind: 'after_event', ...wd(3), trigger: 'file_published' }]],
  ['24', '与政策文件同步发布,时间跨度不超过5个工作日', [{ kind: 'synchronous', ...wd(5) }]],
  ['25', '对涉及特别重大、重大突发事件的政务舆情,在24小时内举行新闻发布会,其他政务舆情在48小时内予以回应。', [
    { kind: 'after_event', amount: 24, unit: 'hour', trigger: 'public_opinion', scope: '涉及特别重大、重大突发事件的政务舆情', qualifier: '举行新闻发布会' },
    { kind: 'after_event', amount: 48, unit: 'hour', trigger: 'public_opinion', scope: '其他政务舆情', qualifier: '予以回应' },
  ]],
  ['26', '自该政府信息形成或者变更之日起20个工作日内。公示期不少于5个工作日。', [
    FORMED_OR_CHANGED_20,
    { kind: 'min_duration', ...wd(5), qualifier: '公示期' },
  ]],
  ['27', '作出决定之日起7个工作日内;情况复杂的,经本单位负责人批准,可延长7个工作日', [
    { kind: 'after_event', ...wd(7), trigger: 'decision_made', maxExtension: wd(7) },
  ]],
  ['28', '行政许可、行政处罚信息自决定做出起7个工作日进行公示', [
    { kind: 'after_event', ...wd(7), trigger: 'decision_made', scope: '行政许可、行政处罚信息', qualifier: '进行公示' },
  ]],
  ['29', '在作出处罚决定后的7个工作日内发布', [{ kind: 'after_event', ...wd(7), trigger: 'decision_made' }]],
  ['30', '执法决定作出之日起20个工作日内', [{ kind: 'after_event', ...wd(20), trigger: 'decision_made' }]],
  ['31', '制定或获取备案政策之日起10个工作日内', [{ kind: 'after_event', ...wd(10), trigger: 'policy_published' }]],
  ['32', '制定或获取扶持补贴政策之日起10个工作日内', [{ kind: 'after_event', ...wd(10), trigger: 'policy_published' }]],
  ['33', '15个工作日', [{ kind: 'after_event', ...wd(15), trigger: 'unknown' }]],
  ['34', '15个工作日内公开', [{ kind: 'after_event', ...wd(15), trigger: 'unknown' }]],
  ['35', '按年公开', [{ kind: 'periodic', period: 'year' }]],
  ['36', '长期', [{ kind: 'standing' }]],
  ['36', '長期', [{ kind: 'standing' }]],
  ['37', '长期,最新有效', [{ kind: 'standing', qualifier: '最新有效' }]],
  ['38', '任期内', [{ kind: 'standing', qualifier: '任期内' }]],
  ['39', '实时公开', [{ kind: 'immediate', qualifier: '实时' }]],
  ['40', '及时公开', [{ kind: 'immediate', qualifier: '及时' }]],
  ['41', '同上', [{ kind: 'ditto' }]],
  ['42', '收到申请之日起20个工作日内予以答复 (延长不超过20个工作日)', [
    { kind: 'after_event', ...wd(20), trigger: 'request_received', maxExtension: wd(20), qualifier: '予以答复' },
  ]],
  ['43', '预公开的时间一般为7天', [{ kind: 'min_duration', amount: 7, unit: 'day', qualifier: '预公开的时间' }]],
  ['44', '征求意见期限一般不少于30日', [{ kind: 'min_duration', amount: 30, unit: 'day', qualifier: '征求意见期限' }]],
  ['45', '公开征求意见的时间应在5个工作日以上', [{ kind: 'min_duration', ...wd(5), qualifier: '公开征求意见的时间' }]],
  ['46', '长期性公开信息每年的12月或更改内容后一周内 / 阶段性…每季度第二周前 / 临时性…每月第一周', [
    { kind: 'periodic', period: 'year', scope: '长期性公开信息', qualifier: '12月' },
    { kind: 'after_event', amount: 1, unit: 'week', trigger: 'formed_or_changed' },
    { kind: 'periodic', period: 'quarter', scope: '阶段性', qualifier: '第二周前' },
    { kind: 'periodic', period: 'month', scope: '临时性', qualifier: '第一周' },
  ]],
  ['47', '经常性工作固定公开,阶段性工作定期公开,临时性工作随时公开', [
    { kind: 'standing', scope: '经常性工作' },
    { kind: 'periodic', scope: '阶段性工作' },
    { kind: 'immediate', scope: '临时性工作', qualifier: '随时' },
  ]],
];

/** Variants the reference table says to tolerate, and seed cells, with the same shape. */
const VARIANTS: [string, string, Expected[]][] = [
  ['12 in full', '信息形成個20個工作日內公開;其中行政許可、行政處罰事項應自作出行政決定之日起7個工作日內公示', [
    { kind: 'after_event', ...wd(20), trigger: 'formed' },
    // scope and qualifier are normalised (Simplified, no whitespace); only `text` stays verbatim.
    { kind: 'after_event', ...wd(7), trigger: 'decision_made', scope: '行政许可、行政处罚事项', qualifier: '公示' },
  ]],
  ['unit missing', '20内', [{ kind: 'after_event', amount: 20, unit: 'unknown', trigger: 'unknown' }]],
  ['wrapped by character', '自信息形\n成或者变\n更之日起\n20个工作\n日内予以\n公开', [{ ...FORMED_OR_CHANGED_20, qualifier: '予以公开' }]],
  ['Traditional', '自該政府信息形成或者變更之日起20個工作日內', [FORMED_OR_CHANGED_20]],
  ['full-width digits', '自该政府信息形成或者变更之日起２０个工作日内', [FORMED_OR_CHANGED_20]],
  ['Chinese numeral', '自该政府信息形成或者变更之日起二十个工作日内', [FORMED_OR_CHANGED_20]],
  ['之前 vs 前', '每年3月31日前', [{ kind: 'annual_date', deadline: { month: 3, day: 31, inclusive: true } }]],
  ['month end', '每年3月底前', [{ kind: 'annual_date', deadline: { month: 3, day: 31, inclusive: true } }]],
  ['qualifier 公开 is the default', '自该政府信息形成或者变更之日起20个工作日内公开', [FORMED_OR_CHANGED_20]],
  ['other event', '自收到材料之日起5个工作日内', [{ kind: 'after_event', ...wd(5), trigger: 'other' }]],
  ['numeral after 统一', '统一20个工作日内', [{ kind: 'after_event', ...wd(20), trigger: 'unknown' }]],
  ['ordinal is not an amount', '每月第二周', [{ kind: 'periodic', period: 'month', qualifier: '第二周' }]],
  ['于 inside 关于 does not end the scope', '关于行政许可事项的信息自作出决定之日起7个工作日内', [
    { kind: 'after_event', ...wd(7), trigger: 'decision_made', scope: '关于行政许可事项的信息' },
  ]],
  ['常年', '常年公开', [{ kind: 'standing' }]],
  ['unreadable', '按有关规定办理', [{ kind: 'unknown' }]],
  ['partly readable', '20个工作日内;按有关规定办理', [{ kind: 'after_event', ...wd(20), trigger: 'unknown' }, { kind: 'unknown' }]],
];

const withoutText = (clauses: TimeLimit['clauses']) => clauses.map(({ text: _t, ...rest }) => rest);

describe('parseTimeLimit: the reference phrasings', () => {
  it.each(PHRASINGS)('#%s %s', (_row, phrasing, expected) => {
    const limit = parseTimeLimit(phrasing);
    expect(TimeLimit.parse(limit)).toEqual(limit);
    expect(limit.text).toBe(phrasing);
    expect(withoutText(limit.clauses)).toEqual(expected);
  });

  it('covers all 47 rows', () => {
    expect(new Set(PHRASINGS.map(([row]) => row)).size).toBe(47);
  });
});

describe('parseTimeLimit: variants', () => {
  it.each(VARIANTS)('%s: %s', (_name, phrasing, expected) => {
    expect(withoutText(parseTimeLimit(phrasing).clauses)).toEqual(expected);
  });
});

describe('parseTimeLimit: clause texts', () => {
  it.each([
    ['对涉及特别重大、重大突发事件的政务舆情,在24小时内举行新闻发布会,其他政务舆情在48小时内予以回应。',
      ['对涉及特别重大、重大突发事件的政务舆情,在24小时内举行新闻发布会', '其他政务舆情在48小时内予以回应']],
    ['自该政府信息形成或者变更之日起20个工作日内。公示期不少于5个工作日。',
      ['自该政府信息形成或者变更之日起20个工作日内', '公示期不少于5个工作日']],
    ['作出决定之日起7个工作日内;情况复杂的,经本单位负责人批准,可延长7个工作日',
      ['作出决定之日起7个工作日内;情况复杂的,经本单位负责人批准,可延长7个工作日']],
    ['信息形成20个工作日内公开;其中行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示',
      ['信息形成20个工作日内公开', '其中行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示']],
    ['公开事项 信息形成 或变更之 日起20个 工作日内 公开', ['公开事项 信息形成 或变更之 日起20个 工作日内 公开']],
    ['长期性公开信息每年的12月或更改内容后一周内 / 阶段性…每季度第二周前',
      ['长期性公开信息每年的12月', '更改内容后一周内', '阶段性…每季度第二周前']],
  ])('%s', (phrasing, texts) => {
    expect(parseTimeLimit(phrasing).clauses.map((c) => c.text)).toEqual(texts);
  });
});

describe('parseTimeLimit: edges', () => {
  it('empty text has no clauses', () => {
    expect(parseTimeLimit('')).toEqual({ text: '', clauses: [] });
    expect(parseTimeLimit(' \n ')).toEqual({ text: '', clauses: [] });
  });

  it('unreadable text is one unknown clause keeping the text', () => {
    expect(parseTimeLimit('详见附件')).toEqual({ text: '详见附件', clauses: [{ kind: 'unknown', text: '详见附件' }] });
  });

  it('punctuation only is one unknown clause', () => {
    expect(parseTimeLimit('。')).toEqual({ text: '。', clauses: [{ kind: 'unknown', text: '。' }] });
  });
});
