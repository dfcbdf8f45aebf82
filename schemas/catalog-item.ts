import { z } from 'zod';

/** A citation parsed out of 公开依据: 《title》(docNumber) 第X条 … */
export const Citation = z.object({
  title: z.string(),
  docNumber: z.string().optional(),
  /** Article references as written (`第二十条`, `第五十一条第三款`) or `全文`. */
  articles: z.array(z.string()),
});
export type Citation = z.infer<typeof Citation>;

export const TimeUnit = z.enum(['working_day', 'day', 'hour', 'week', 'month', 'year', 'unknown']);
export type TimeUnit = z.infer<typeof TimeUnit>;

export const TimeClauseKind = z.enum([
  'after_event', // N units after a trigger event
  'annual_date', // every year before a calendar date
  'periodic', // 按年/按季度/每月 …
  'min_duration', // 公示期不少于N / 征求意见不少于N
  'immediate', // 实时/及时/随时
  'standing', // 长期 / 任期内 / 常态
  'synchronous', // 与文件同步发布
  'ditto', // 同上: copy the row above
  'unknown',
]);
export type TimeClauseKind = z.infer<typeof TimeClauseKind>;

/** One clause of a 公开时限. */
export const TimeClause = z.object({
  kind: TimeClauseKind,
  /** The clause text this was read from. */
  text: z.string(),
  amount: z.number().optional(),
  unit: TimeUnit.optional(),
  /** formed_or_changed | formed | approved | budget_approved | file_published | decision_made | request_received | policy_published | public_opinion | other | unknown */
  trigger: z.string().optional(),
  deadline: z.object({ month: z.number(), day: z.number(), inclusive: z.boolean() }).optional(),
  period: z.enum(['year', 'quarter', 'month', 'week']).optional(),
  maxExtension: z.object({ amount: z.number(), unit: TimeUnit }).optional(),
  /** 及时 / 予以公开 / 公示 / 举行新闻发布会 … */
  qualifier: z.string().optional(),
  /** What the clause applies to when the cell splits cases (`行政许可、行政处罚事项`). */
  scope: z.string().optional(),
});
export type TimeClause = z.infer<typeof TimeClause>;

export const TimeLimit = z.object({ text: z.string(), clauses: z.array(TimeClause) });
export type TimeLimit = z.infer<typeof TimeLimit>;

export const Attachment = z.object({ name: z.string(), href: z.string().optional() });
export type Attachment = z.infer<typeof Attachment>;

/** A part of a document: 章 → 条 → numbered points. Text is kept whole. */
export type Section = { heading: string; number?: string; text: string; children: Section[] };
export const Section: z.ZodType<Section> = z.lazy(() =>
  z.object({
    heading: z.string(),
    number: z.string().optional(),
    text: z.string(),
    children: z.array(Section),
  }),
);

export const Source = z.object({
  /** Input path as given (forward slashes). */
  file: z.string(),
  sha256: z.string(),
  /** Parser that produced the item (`parsers` lists them). */
  parser: z.string(),
  /** text | html | xlsx | csv */
  format: z.string(),
  /** utf-8 | utf-8-bom | gb18030 | binary … */
  encoding: z.string(),
  /** Script of the original text: simplified | traditional | mixed | none */
  script: z.string(),
  /** Where in the source: `L4-L7`, `Sheet1!A7`, `record 3`, `table 1 row 5`. */
  place: z.string(),
});
export type Source = z.infer<typeof Source>;

/**
 * The notice (通知/公告 …) that published the file an item was read from: a document of the same input set whose 附件
 * entry names that file (src/link/match-attachments.ts states the rule). Filled in by the batch, not by parsers.
 */
export const NoticeContext = z.object({
  /** The notice's own item (`kind: "document"`) in the same dataset. */
  id: z.string(),
  title: z.string(),
  /** 文号 (`国办发〔2018〕114号`), when the notice prints one. */
  docNumber: z.string().optional(),
  /** ISO date (YYYY-MM-DD) of the notice. */
  publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** The notice's input path (forward slashes). */
  file: z.string(),
  /** The 附件 entry that names this file, as the notice lists it. */
  attachment: z.string(),
});
export type NoticeContext = z.infer<typeof NoticeContext>;

/** What the rest of the input set says about an item's source file. */
export const ItemContext = z.object({ notice: NoticeContext.optional() });
export type ItemContext = z.infer<typeof ItemContext>;

/**
 * The dataset's one record type. Field names are a contract that other tools read: do not rename.
 */
export const CatalogItem = z.object({
  /** Stable: derived from the input bytes' hash and the item's place, never from paths or time. */
  id: z.string(),
  kind: z.enum(['item', 'document']),
  /** 事项类别, or the 一级/二级/三级事项 path above the item. */
  category: z.array(z.string()),
  /** 事项名称 / leaf 事项 / document title. */
  name: z.string(),
  /** Item number as printed (`1.1`), when the source numbers its items. */
  code: z.string().optional(),
  /** 公开内容 / 公开内容(要素). */
  content: z.string(),
  basis: z.array(Citation),
  /** 公开依据 as written. */
  basisText: z.string(),
  /** 条款内容: the quoted legal text. */
  clauses: z.string(),
  channels: z.array(z.string()),
  /** 公开责任 / 公开主体 / 责任科室. */
  responsible: z.array(z.string()),
  timeLimit: TimeLimit,
  /** 公开对象: 全社会 / 特定群体. */
  audience: z.array(z.string()).optional(),
  /** 公开方式: 主动 / 依申请. */
  mode: z.array(z.string()).optional(),
  /** 公开层级: 县级 / 乡级 / 村级 … */
  levels: z.array(z.string()).optional(),
  publisher: z.string().optional(),
  /** ISO date (YYYY-MM-DD). */
  publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  body: z.string().optional(),
  sections: z.array(Section).optional(),
  attachments: z.array(Attachment).optional(),
  /** Typed statistics of a document (annual reports) or declared counts (notices). */
  stats: z.record(z.string(), z.unknown()).optional(),
  /** Every source column not mapped above: label → value, verbatim. */
  extra: z.record(z.string(), z.string()),
  source: Source,
  /** Set when another input explains this item's file: the notice that attached it. */
  context: ItemContext.optional(),
  /** Rule ids of diagnostics attached to this item. */
  flags: z.array(z.string()),
});
export type CatalogItem = z.infer<typeof CatalogItem>;
