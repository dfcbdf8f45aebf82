/**
 * Statistics of a 政府信息公开工作年度报告, typed by the national format: 国办公开办函〔2021〕30号, or the
 * older 〔2019〕60号 trial format. Every table row keeps its cells as printed (`raw`) next to the typed values, so a
 * value that could not be read is `null`, never a guess.
 */
import { z } from 'zod';

export const ReportFormat = z.enum(['2021', '2019', 'unknown']);
export type ReportFormat = z.infer<typeof ReportFormat>;

/** §二 rows, keyed by what the row counts (条例 第二十条 items (一)(五)(六)(八), and (九) in 2019). */
export const PROACTIVE_ROWS = [
  'rules', // 规章
  'normative_documents', // (行政)规范性文件
  'licensing', // 行政许可
  'other_services', // 其他对外管理服务事项 (2019)
  'punishment', // 行政处罚
  'coercion', // 行政强制
  'fees', // 行政事业性收费
  'procurement', // 政府集中采购 (2019)
] as const;
export const ProactiveRowKey = z.enum(PROACTIVE_ROWS);
export type ProactiveRowKey = z.infer<typeof ProactiveRowKey>;

/** §二 columns: 2021 本年制发/废止/现行有效/处理决定/收费金额; 2019 新制作/新公开/对外公开总数/上一年项目/本年增减/采购. */
export const PROACTIVE_COLUMNS = [
  'issued',
  'repealed',
  'in_force',
  'decisions',
  'amount',
  'made',
  'published',
  'total_published',
  'previous_year',
  'change',
  'procurement_items',
  'procurement_amount',
] as const;
export const ProactiveColumnKey = z.enum(PROACTIVE_COLUMNS);
export type ProactiveColumnKey = z.infer<typeof ProactiveColumnKey>;

/** §三 columns (申请人情况). */
export const REQUEST_COLUMNS = ['natural', 'commercial', 'research', 'public_welfare', 'legal_service', 'other', 'total'] as const;
export const RequestColumnKey = z.enum(REQUEST_COLUMNS);
export type RequestColumnKey = z.infer<typeof RequestColumnKey>;

/** §三 rows of the 2021 format (25 data rows); the 2019 format has one `r6` row instead of r6.1–r6.3. */
export const REQUEST_ROWS_2021 = [
  'new', 'carried_in', 'r1', 'r2',
  'r3.1', 'r3.2', 'r3.3', 'r3.4', 'r3.5', 'r3.6', 'r3.7', 'r3.8',
  'r4.1', 'r4.2', 'r4.3',
  'r5.1', 'r5.2', 'r5.3', 'r5.4', 'r5.5',
  'r6.1', 'r6.2', 'r6.3',
  'r7', 'carried_out',
] as const;
export const REQUEST_ROWS_2019 = [
  ...REQUEST_ROWS_2021.filter((k) => !k.startsWith('r6.')).slice(0, -2),
  'r6', 'r7', 'carried_out',
] as const;
export const RequestRowKey = z.enum([...REQUEST_ROWS_2021, 'r6']);
export type RequestRowKey = z.infer<typeof RequestRowKey>;

/** §四: 行政复议, 行政诉讼 未经复议直接起诉, 行政诉讼 复议后起诉; each 维持/纠正/其他/尚未审结/总计. */
export const REVIEW_GROUPS = ['reconsideration', 'litigation_direct', 'litigation_after_reconsideration'] as const;
export const REVIEW_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export const ReviewGroupKey = z.enum(REVIEW_GROUPS);
export const ReviewColumnKey = z.enum(REVIEW_COLUMNS);

const Value = z.number().nullable();

const RowBase = z.object({
  /** The value cells as printed, in order. */
  raw: z.array(z.string()),
  /** Lines of the row label and its cells (`L60-L67`). */
  place: z.string(),
});

export const ProactiveRow = RowBase.extend({ values: z.partialRecord(ProactiveColumnKey, Value) });
export type ProactiveRow = z.infer<typeof ProactiveRow>;

export const RequestRow = RowBase.extend({ values: z.record(RequestColumnKey, Value) });
export type RequestRow = z.infer<typeof RequestRow>;

export const ReviewGroup = z.record(ReviewColumnKey, Value);

export const ReviewTable = RowBase.extend({
  /** Only when exactly 15 cells were read: a short row is kept raw, not shifted into columns. */
  values: z.record(ReviewGroupKey, ReviewGroup).optional(),
});
export type ReviewTable = z.infer<typeof ReviewTable>;

export const AnnualReportStats = z.object({
  format: ReportFormat,
  /** The report year, from the title, or else the year the prose names most. */
  year: z.number().int().optional(),
  yearSource: z.enum(['title', 'text']).optional(),
  proactive: z.partialRecord(ProactiveRowKey, ProactiveRow),
  requests: z.partialRecord(RequestRowKey, RequestRow),
  review: ReviewTable.optional(),
  /** Application count stated in the prose (`全年共收到6次…申请`), when it says one. */
  proseApplications: z.number().int().optional(),
});
export type AnnualReportStats = z.infer<typeof AnnualReportStats>;
