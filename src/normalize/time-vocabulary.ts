/**
 * Phrase tables for 公开时限. Patterns run on folded text (Simplified, ASCII digits and punctuation,
 * whitespace removed), so they list Simplified forms only.
 */
import type { TimeClause, TimeUnit } from '../../schemas/catalog-item.js';

/** Unit words after an amount. `月` needs `个` (`12月` is a month name); `年` needs a following `内`, since `2025年` is a date. */
export const UNIT_WORDS: readonly { pattern: string; unit: TimeUnit }[] = [
  { pattern: '个?工作日', unit: 'working_day' },
  { pattern: '个?自然日', unit: 'day' },
  { pattern: '个?小时', unit: 'hour' },
  { pattern: '个?星期', unit: 'week' },
  { pattern: '周', unit: 'week' },
  { pattern: '个月', unit: 'month' },
  { pattern: '年(?=以?内)', unit: 'year' },
  { pattern: '日', unit: 'day' },
  { pattern: '天', unit: 'day' },
];

/**
 * What starts the clock, tested in order on the text before the amount. Order matters: a budget approval is also an
 * approval, and a 决定 may be 批准ed.
 */
export const TRIGGERS: readonly { pattern: RegExp; trigger: string }[] = [
  { pattern: /申请/, trigger: 'request_received' },
  { pattern: /(预算|决算)/, trigger: 'budget_approved' },
  { pattern: /决定/, trigger: 'decision_made' },
  { pattern: /(批准|批复|审批)/, trigger: 'approved' },
  { pattern: /(制定|获取|出台).*政策|政策.*(制定|出台)/, trigger: 'policy_published' },
  { pattern: /文件.*(公开|发布|印发|公布)|(公开|发布|印发|公布).*文件/, trigger: 'file_published' },
  { pattern: /(形成|产生|生成|制作)(或者?|和|及|、)?(变更|更改|修改)|^(变更|更改|修改)|(变更|更改|修改)(内容)?后/, trigger: 'formed_or_changed' },
  { pattern: /(形成|产生|生成|制作)/, trigger: 'formed' },
  { pattern: /舆情/, trigger: 'public_opinion' },
];

/**
 * Words that mark the start of the timed phrase; text before them says which case the clause covers (scope).
 * Not inside words: 关于/对于/属于…, 各自/存在/所在…, 自然/自治/自行.
 */
export const SCOPE_END = /(?<![关对属由用基至等各存所现正])(应当|应|须|要)?(自(?![然治行主动])|从|在|于)/;

/** Clauses without an amount, recognised by a keyword. `qualifier: true` keeps the keyword as the clause's qualifier. */
export const KEYWORD_CLAUSES: readonly {
  pattern: string;
  kind: TimeClause['kind'];
  period?: NonNullable<TimeClause['period']>;
  qualifier?: boolean;
}[] = [
  { pattern: '同上', kind: 'ditto' },
  { pattern: '(?:与|和|同)[^,;]{0,15}?同步(?:发布|公开|更新)?', kind: 'synchronous' },
  { pattern: '同步(?:发布|公开|更新)', kind: 'synchronous' },
  { pattern: '(?:每|按)(?:年度|年)', kind: 'periodic', period: 'year' },
  { pattern: '(?:每|按)季度?', kind: 'periodic', period: 'quarter' },
  { pattern: '(?:每|按)月', kind: 'periodic', period: 'month' },
  { pattern: '(?:每|按)周', kind: 'periodic', period: 'week' },
  { pattern: '定期', kind: 'periodic' },
  // `长期性公开信息` names a class of information, not a duration.
  { pattern: '长期(?!性)', kind: 'standing' },
  { pattern: '常态化?', kind: 'standing' },
  { pattern: '常年', kind: 'standing' },
  { pattern: '固定公开', kind: 'standing' },
  { pattern: '任期内', kind: 'standing', qualifier: true },
  { pattern: '实时', kind: 'immediate', qualifier: true },
  { pattern: '即时', kind: 'immediate', qualifier: true },
  { pattern: '及时', kind: 'immediate', qualifier: true },
  { pattern: '随时', kind: 'immediate', qualifier: true },
  { pattern: '立即', kind: 'immediate', qualifier: true },
];

/** Words before an amount that make it a minimum duration (公示期不少于5个工作日). */
export const MIN_BEFORE = '(?:不少于|不低于|不得少于|不短于|至少)';
/** Words after an amount that make it a minimum duration (5个工作日以上). */
export const MIN_AFTER = '(?:以上)';
/** Nouns naming a period whose length is given (`预公开的时间一般为7天`). */
export const DURATION_NOUNS = /(期|期限|时间|时长)/;
/** Extension of a limit (可延长7个工作日, 延长不超过20个工作日). */
export const EXTENSION_BEFORE = '(?:可以?)?延长(?:期限|答复期限)?(?:最长)?(?:不超过|不得超过|最多)?';
/** Upper bounds that refine the clause before them (时间跨度不超过5个工作日). */
export const BOUND_BEFORE = '(?:时间跨度|时间|时限|期限)?(?:不超过|不得超过|最长|最多)';

/** Trailing actions that add nothing: the clause is about publishing anyway. */
export const DEFAULT_ACTIONS = new Set(['公开', '发布', '公布', '公开发布']);
/** Adverbs that, before a default action, are the whole qualifier (`及时公开` → `及时`). */
export const ADVERB_QUALIFIER = /^(及时|主动|全文|依法)(公开|发布|公布)$/;
