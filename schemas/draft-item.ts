/**
 * What a parser returns: loose strings keyed by canonical field, plus where each came from.
 * Normalizers turn a DraftItem into a CatalogItem; parsers never build CatalogItems themselves.
 */
import type { Attachment, Section } from './catalog-item.js';

/** Canonical fields a source column can map to (see field-labels.ts for the Chinese labels). */
export type ItemField =
  | 'category' // 事项类别
  | 'level1' // 一级事项
  | 'level2' // 二级事项
  | 'level3' // 三级事项
  | 'level4' // 四级目录
  | 'level5' // 五级目录
  | 'level6' // 六级目录
  | 'name' // 事项名称
  | 'code' // 序号 / item number
  | 'content' // 公开内容
  | 'basis' // 公开依据
  | 'clauses' // 条款内容
  | 'channels' // 公开渠道
  | 'timeLimit' // 公开时限
  | 'responsible' // 公开责任 / 公开主体
  | 'audience' // 公开对象 (free text)
  | 'mode' // 公开方式 (free text)
  | 'levels' // 公开层级 (free text)
  | 'publisher'
  | 'publishedAt';

/**
 * `fields.category` may hold a path (一级事项 > 二级事项 above a 三级事项 leaf), joined with this separator;
 * the pipeline splits it back into CatalogItem.category.
 */
export const CATEGORY_SEPARATOR = ' > ';

export interface DraftItem {
  kind: 'item' | 'document';
  /** Where in the source: `L4-L7`, `Sheet1!A7`, `record 3`, `table 1 row 5`. */
  place: string;
  /** Raw text of each mapped field, verbatim from the source. */
  fields: Partial<Record<ItemField, string>>;
  /** Flag columns already decoded (√/■ → set): group → checked values, e.g. audience → [全社会]. */
  flagGroups?: Partial<Record<'audience' | 'mode' | 'levels', string[]>>;
  /** Unmapped source columns: label → value, verbatim. */
  extra: Record<string, string>;
  /** Field → place of the cell a value was filled from (merged cells, rowspans, 同上). */
  filledFrom?: Partial<Record<ItemField, string>>;
  /** Document-only parts, already structured by a document parser. */
  document?: {
    body?: string;
    sections?: Section[];
    attachments?: Attachment[];
    stats?: Record<string, unknown>;
  };
  /** Rule ids already attached by the parser. */
  flags?: string[];
}
