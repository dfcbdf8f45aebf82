/**
 * The fixed skeleton of the national annual-report format: section titles, row labels and column
 * labels. Tables are rebuilt by finding these labels in order, not by counting pipes, because flattened tables lose
 * their empty cells.
 */
import type { ProactiveColumnKey, ProactiveRowKey, RequestRowKey } from '../../schemas/annual-report.js';
import { toAsciiDigits } from '../shared/chinese-number.js';

export const SECTION_TITLES = {
  overview: '总体情况',
  proactive: '主动公开政府信息情况',
  requests: '收到和处理政府信息公开申请情况',
  review: '政府信息公开行政复议、行政诉讼情况',
  problems: '存在的主要问题及改进情况',
  other: '其他需要报告的事项',
} as const;
export type SectionKey = keyof typeof SECTION_TITLES;

/**
 * The section titles as printed (after removing spaces and the `二、` numbering): a `的` or `和` more or less, the older
 * 概述 / 改进措施 wording, and the subject phrase (政府信息公开) replaced by another one on hacked copies.
 */
export const SECTION_TITLE_PATTERNS: ReadonlyArray<[SectionKey, RegExp]> = [
  ['overview', /^(?:总体情况|概述)$/],
  ['proactive', /^主动公开政府信息的?情况$/],
  ['requests', /^收到和处理.{0,12}申请的?情况$/],
  ['review', /^.{0,12}行政复议[、，,和]?(?:提起)?行政诉讼的?情况$/],
  ['problems', /^.{0,12}存在的?主要问题(?:及|和)改进(?:情况|措施)$/],
  ['other', /^其他需要报告的事项$/],
];

/** §二 sub-table header: `第二十条第(一)项`. */
export const PROACTIVE_TABLE = /第二十条第[(（]([一二三四五六七八九十]+)[)）]项/;

/** §二 row labels; longer labels first so 行政规范性文件 is not read as 规范性文件's prefix. */
export const PROACTIVE_ROW_LABELS: Array<[string, ProactiveRowKey]> = [
  ['行政规范性文件', 'normative_documents'],
  ['规范性文件', 'normative_documents'],
  ['规章', 'rules'],
  ['行政许可', 'licensing'],
  ['其他对外管理服务事项', 'other_services'],
  ['行政处罚', 'punishment'],
  ['行政强制', 'coercion'],
  ['行政事业性收费', 'fees'],
  ['政府集中采购', 'procurement'],
];

/**
 * §二 column labels (after normalising: no spaces, no brackets), matched whole; a label with a unit note after it
 * (`本年收费金额(单位:万元)`) matches as a prefix.
 */
export const PROACTIVE_COLUMN_LABELS: ReadonlyArray<{ label: string; key: ProactiveColumnKey; prefix?: true }> = [
  { label: '本年制发件数', key: 'issued' },
  { label: '本年废止件数', key: 'repealed' },
  { label: '现行有效件数', key: 'in_force' },
  { label: '本年处理决定数量', key: 'decisions' },
  { label: '处理决定数量', key: 'decisions' },
  { label: '本年收费金额', key: 'amount', prefix: true },
  { label: '本年新制作数量', key: 'made' },
  { label: '本年新公开数量', key: 'published' },
  { label: '对外公开总数量', key: 'total_published' },
  { label: '上一年项目数量', key: 'previous_year' },
  { label: '本年增/减', key: 'change' },
  { label: '本年增减', key: 'change' },
  { label: '采购项目数量', key: 'procurement_items' },
  { label: '采购总金额', key: 'procurement_amount', prefix: true },
];

/** The column a normalised header cell names, if any. */
export function proactiveColumn(norm: string): ProactiveColumnKey | undefined {
  return PROACTIVE_COLUMN_LABELS.find((c) => norm === c.label || (c.prefix && norm.startsWith(c.label)))?.key;
}

/** Whether a header cell is the start of a column label broken over cells (`本年新` + `公开数量`). */
export function startsProactiveColumn(norm: string): boolean {
  return norm.length > 0 && PROACTIVE_COLUMN_LABELS.some((c) => c.label.startsWith(norm));
}

/** §二 columns each row has in each format, used when a sub-table's header cells were not printed. */
export const PROACTIVE_DEFAULT_COLUMNS: Record<'2021' | '2019', Partial<Record<ProactiveRowKey, ProactiveColumnKey[]>>> = {
  '2021': {
    rules: ['issued', 'repealed', 'in_force'],
    normative_documents: ['issued', 'repealed', 'in_force'],
    licensing: ['decisions'],
    punishment: ['decisions'],
    coercion: ['decisions'],
    fees: ['amount'],
  },
  '2019': {
    rules: ['made', 'published', 'total_published'],
    normative_documents: ['made', 'published', 'total_published'],
    licensing: ['previous_year', 'change', 'decisions'],
    other_services: ['previous_year', 'change', 'decisions'],
    punishment: ['previous_year', 'change', 'decisions'],
    coercion: ['previous_year', 'change', 'decisions'],
    fees: ['previous_year', 'change'],
    procurement: ['procurement_items', 'procurement_amount'],
  },
};

/** Columns that are not counts: a decimal amount, or a change that may be negative (R8). */
export const DECIMAL_COLUMNS: ReadonlySet<ProactiveColumnKey> = new Set(['amount', 'procurement_amount']);
export const SIGNED_COLUMNS: ReadonlySet<ProactiveColumnKey> = new Set(['change']);

/** §三 row labels after removing the numbering (`(二)`, `3.`) and quotes. */
export const REQUEST_ROW_LABELS: Record<RequestRowKey, string> = {
  new: '本年新收政府信息公开申请数量',
  carried_in: '上年结转政府信息公开申请数量',
  r1: '予以公开',
  r2: '部分公开',
  'r3.1': '属于国家秘密',
  'r3.2': '其他法律行政法规禁止公开',
  'r3.3': '危及三安全一稳定',
  'r3.4': '保护第三方合法权益',
  'r3.5': '属于三类内部事务信息',
  'r3.6': '属于四类过程性信息',
  'r3.7': '属于行政执法案卷',
  'r3.8': '属于行政查询事项',
  'r4.1': '本机关不掌握相关政府信息',
  'r4.2': '没有现成信息需要另行制作',
  'r4.3': '补正后申请内容仍不明确',
  'r5.1': '信访举报投诉类申请',
  'r5.2': '重复申请',
  'r5.3': '要求提供公开出版物',
  'r5.4': '无正当理由大量反复申请',
  'r5.5': '要求行政机关确认或重新出具已获取信息',
  'r6.1': '申请人无正当理由逾期不补正',
  'r6.2': '申请人逾期未按收费通知要求缴纳费用',
  'r6.3': '其他',
  r6: '其他处理',
  r7: '总计',
  carried_out: '结转下年度继续办理',
};

/** §三 column labels, in the format's order. */
export const REQUEST_COLUMN_LABELS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
/** §四 group labels that must be present for the 15 cells to mean what the format says. */
export const REVIEW_LABELS = ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉'];

/** Headers that name the format version (2019 trial format). */
export const FORMAT_2019_MARKERS = ['〔2019〕60号', '本年新制作数量', '上一年项目数量', '对外公开总数量'];
export const FORMAT_2021_MARKERS = ['〔2021〕30号', '本年制发件数', '现行有效件数', '申请人无正当理由逾期不补正'];

/** Removes what varies between renderings of a label: spaces, quotes, leading numbering. */
export function normalizeCell(cell: string): string {
  return cell
    .replace(/[\s\u3000“”"'‘’「」]/g, '')
    .replace(/^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|\d{1,2}[.、．](?!\d))/, '');
}

/** A cell that holds a value (or a damaged one: `,1`, `-`, `/`): it is kept raw and checked by R8. */
export function isValueCell(cell: string): boolean {
  const s = toAsciiDigits(cell.replace(/[\s\u3000]/g, ''));
  // Table values are short; the length bound also keeps the pattern linear on hostile input.
  if (s.length > 24) return false;
  return /^[,，.．]?[-−]?[\d,，.．]+$/.test(s) && /\d/.test(s) || /^(?:[-−—/／]|无)$/.test(s);
}
