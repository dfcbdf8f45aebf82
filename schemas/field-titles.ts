/**
 * Human titles of the CatalogItem fields, in Chinese and English, for published descriptors
 * (datapackage.json, spreadsheet headers). Kept next to field-labels.ts: that table reads Chinese
 * column labels INTO fields, this one names fields on the way OUT.
 */
import type { CatalogItem } from './catalog-item.js';

export interface FieldTitle {
  zh: string;
  en: string;
}

/** Every CatalogItem field must have a title; the mapped type makes a missing one a compile error. */
export const FIELD_TITLES: Record<keyof CatalogItem, FieldTitle> = {
  id: { zh: '标识', en: 'Identifier' },
  kind: { zh: '类型', en: 'Kind' },
  category: { zh: '事项类别', en: 'Category' },
  name: { zh: '事项名称', en: 'Name' },
  code: { zh: '序号', en: 'Item number' },
  content: { zh: '公开内容', en: 'Content' },
  basis: { zh: '公开依据(结构化)', en: 'Legal basis (parsed)' },
  basisText: { zh: '公开依据', en: 'Legal basis (as written)' },
  clauses: { zh: '条款内容', en: 'Quoted legal clauses' },
  channels: { zh: '公开渠道', en: 'Channels' },
  responsible: { zh: '公开责任', en: 'Responsible body' },
  timeLimit: { zh: '公开时限', en: 'Time limit' },
  audience: { zh: '公开对象', en: 'Audience' },
  mode: { zh: '公开方式', en: 'Disclosure mode' },
  levels: { zh: '公开层级', en: 'Government levels' },
  publisher: { zh: '发布机构', en: 'Publisher' },
  publishedAt: { zh: '发布日期', en: 'Publication date' },
  body: { zh: '正文', en: 'Body text' },
  sections: { zh: '章节', en: 'Sections' },
  attachments: { zh: '附件', en: 'Attachments' },
  stats: { zh: '统计数据', en: 'Statistics' },
  extra: { zh: '其他列', en: 'Other source columns' },
  source: { zh: '来源', en: 'Source' },
  context: { zh: '所属通知', en: 'Publishing notice' },
  flags: { zh: '质量标记', en: 'Quality flags' },
};

/**
 * Titles of the spreadsheet columns that split a nested field (items.csv / items.xlsx): `timeLimit` holds the text
 * as written and `timeLimitClauses` the parsed clauses; `source` is spread over `source.*` columns, `context` over `context.notice.*`.
 */
export const COLUMN_TITLES: Record<string, FieldTitle> = {
  timeLimit: { zh: '公开时限', en: 'Time limit (as written)' },
  timeLimitClauses: { zh: '公开时限(结构化)', en: 'Time limit (parsed clauses)' },
  'source.file': { zh: '来源文件', en: 'Source file' },
  'source.place': { zh: '来源位置', en: 'Place in source' },
  'source.parser': { zh: '解析器', en: 'Parser' },
  'source.format': { zh: '来源格式', en: 'Source format' },
  'source.encoding': { zh: '来源编码', en: 'Source encoding' },
  'source.script': { zh: '来源字体(简繁)', en: 'Source script' },
  'source.sha256': { zh: '来源文件哈希', en: 'Source SHA-256' },
  'context.notice.id': { zh: '所属通知标识', en: 'Notice identifier' },
  'context.notice.title': { zh: '所属通知标题', en: 'Notice title' },
  'context.notice.docNumber': { zh: '所属通知文号', en: 'Notice document number' },
  'context.notice.publishedAt': { zh: '所属通知日期', en: 'Notice date' },
  'context.notice.file': { zh: '所属通知文件', en: 'Notice file' },
  'context.notice.attachment': { zh: '通知所列附件', en: 'Attachment as the notice lists it' },
};

/** `事项名称 / Name`: one string, because Table Schema has a single `title`. */
export function bilingualTitle(column: string): string {
  const t = COLUMN_TITLES[column] ?? FIELD_TITLES[column as keyof CatalogItem];
  if (!t) throw new Error(`No title for column ${column}: add it to schemas/field-titles.ts`);
  return `${t.zh} / ${t.en}`;
}
