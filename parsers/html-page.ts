/**
 * What the HTML preparation step hands to parsers besides the rendered text: the page's tables as cell grids and its
 * metadata, read from the one DOM the page was parsed into (parsers never re-parse the HTML).
 */
import type { Attachment } from '../schemas/catalog-item.js';
import type { PlaceOf } from './shared/cell-grid.js';

export interface GridCell {
  /** Cell text; block breaks inside the cell become '\n'. */
  text: string;
  /** `table 1 R3C2` (1-based row and column in the expanded grid). */
  place: string;
  /** Place of the spanning cell this one was filled from (rowspan/colspan), when it is a copy. */
  filledFrom?: string;
}

/** How an HTML or Word table names its positions: `table 1 R3C2` (1-based, in the expanded grid). */
export const tablePlaces = (index: number): PlaceOf => (row, col) => `table ${index} R${row + 1}C${col + 1}`;

export interface HtmlTable {
  /** 1-based, in document order among the tables kept (layout tables that hold other tables are skipped). */
  index: number;
  /** Line of the `<table>` tag in the decoded page. */
  line?: number;
  rows: GridCell[][];
  /** Each row's place as an item place, when the container has its own (a PDF's `p2 R5`); else `table 1 row 5`. */
  rowPlaces?: string[];
}

export interface PageMeta {
  title?: string;
  /** Breadcrumb segments after 首页, e.g. [政府信息公开, 部门信息公开目录, …]. */
  breadcrumb: string[];
  /** ISO date. */
  publishedAt?: string;
  publisher?: string;
  /** 索引号 / 文号 / 发文字号 / 主题分类 … label → value. */
  extra: Record<string, string>;
  attachments: Attachment[];
}

export interface HtmlPage {
  meta: PageMeta;
  tables: HtmlTable[];
  /** Main content rendered to lines, chrome and hidden content removed (the lines of SourceFile.text after the header). */
  body: string[];
  /** 0-based line of the title in SourceFile.text, when the page has one. */
  titleLine?: number;
  /** Number of lines before the body in SourceFile.text (breadcrumb, title and metadata lines). */
  bodyStart: number;
  /** Share of the main content's visible characters that are link text (a navigation index is mostly links). */
  linkShare?: number;
}
