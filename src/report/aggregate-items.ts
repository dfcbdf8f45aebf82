/**
 * One streaming pass over items.jsonl that keeps only counts, the small coverage rows, documents with statistics
 * and a compact browse table: never the items themselves.
 */
import type { CatalogItem, TimeClause } from '../../schemas/catalog-item.js';
import { toCoverageRow } from '../coverage/compute-coverage.js';
import type { CoverageRow } from '../coverage/coverage-types.js';
import { assertDataset, failOnDiagnostic, iterateItemRecords, type DatasetRead } from '../dataset/read.js';
import { bump, type Counter } from './counter.js';
import { TIME_CLAUSE_LABELS, TIME_UNIT_LABELS } from './labels.js';
import { PagedTableBuilder, type PagedTableData } from './paged-table.js';

export interface PublisherCount {
  items: number;
  documents: number;
  /** True when the items name no publisher and the source file stands in. */
  fromFile: boolean;
}

export interface StatsDocument {
  name: string;
  publisher: string;
  publishedAt: string;
  file: string;
  place: string;
  parser: string;
  stats: Record<string, unknown>;
}

export interface ItemSummary {
  items: number;
  documents: number;
  byPublisher: Map<string, PublisherCount>;
  timeLimitKinds: Counter;
  timeLimitSignatures: Counter;
  /** Items whose 公开时限 yielded no clause (empty or unread). */
  timeLimitMissing: number;
  channels: Counter;
  basisTitles: Counter;
  responsible: Counter;
  statsDocuments: StatsDocument[];
  coverageRows: CoverageRow[];
  table: PagedTableData;
}

/** `after_event` clause → `事后期限 20个工作日 (formed_or_changed)`: what the chart and table group by. */
function clauseSignature(clause: TimeClause): string {
  // An unread clause is only useful with its wording: that is what a normalizer rule must learn next.
  if (clause.kind === 'unknown') return `${TIME_CLAUSE_LABELS.unknown}: ${clause.text.slice(0, 40)}`;
  const kind = TIME_CLAUSE_LABELS[clause.kind] ?? clause.kind;
  const amount = clause.amount !== undefined ? ` ${clause.amount}${TIME_UNIT_LABELS[clause.unit ?? 'unknown'] ?? clause.unit}` : '';
  const deadline = clause.deadline ? ` ${clause.deadline.month}月${clause.deadline.day}日${clause.deadline.inclusive ? '前' : '之前(不含)'}` : '';
  const period = clause.period ? ` ${clause.period}` : '';
  const trigger = clause.trigger ? ` (${clause.trigger})` : '';
  return `${kind}${amount}${deadline}${period}${trigger}`;
}

function countItemFields(item: CatalogItem, summary: ItemSummary): void {
  const clauses = item.timeLimit?.clauses ?? [];
  if (clauses.length === 0) summary.timeLimitMissing++;
  for (const clause of clauses) {
    bump(summary.timeLimitKinds, clause.kind);
    bump(summary.timeLimitSignatures, clauseSignature(clause));
  }
  // Count each value once per item: "cited by N items", not "N citations".
  for (const channel of new Set(item.channels ?? [])) bump(summary.channels, channel);
  for (const title of new Set((item.basis ?? []).map((c) => c.title))) bump(summary.basisTitles, title);
  for (const unit of new Set(item.responsible ?? [])) bump(summary.responsible, unit);
}

export async function aggregateItems(dataset: string | DatasetRead): Promise<ItemSummary> {
  const table = new PagedTableBuilder([
    { label: 'kind', interned: true },
    { label: '类别 category', interned: true },
    { label: '名称 name' },
    { label: '发布机构 publisher', interned: true },
    { label: '公开时限 timeLimit', interned: true },
    { label: '来源 source.file', interned: true },
    { label: '位置 place' },
    { label: 'flags', interned: true },
  ]);
  const summary: ItemSummary = {
    items: 0,
    documents: 0,
    byPublisher: new Map(),
    timeLimitKinds: new Map(),
    timeLimitSignatures: new Map(),
    timeLimitMissing: 0,
    channels: new Map(),
    basisTitles: new Map(),
    responsible: new Map(),
    statsDocuments: [],
    coverageRows: [],
    table: table.build(),
  };
  assertDataset(dataset);
  // Raw records, not validated items: the report describes partial or older datasets too (check/schema judges them).
  for await (const { value } of iterateItemRecords(dataset, failOnDiagnostic(dataset))) {
    const item = value as CatalogItem;
    const file = item.source?.file ?? '';
    const publisher = item.publisher?.trim() || file;
    const count = summary.byPublisher.get(publisher) ?? { items: 0, documents: 0, fromFile: !item.publisher?.trim() };
    summary.byPublisher.set(publisher, count);
    if (item.kind === 'document') {
      summary.documents++;
      count.documents++;
      if (item.stats && Object.keys(item.stats).length > 0) {
        summary.statsDocuments.push({
          name: item.name,
          publisher: item.publisher ?? '',
          publishedAt: item.publishedAt ?? '',
          file,
          place: item.source?.place ?? '',
          parser: item.source?.parser ?? '',
          stats: item.stats,
        });
      }
    } else {
      summary.items++;
      count.items++;
      countItemFields(item, summary);
      const row = toCoverageRow(item);
      if (row) summary.coverageRows.push(row);
    }
    table.add([
      item.kind,
      (item.category ?? []).join(' / '),
      item.name,
      item.publisher ?? '',
      item.timeLimit?.text ?? '',
      file,
      item.source?.place ?? '',
      (item.flags ?? []).join(' '),
    ]);
  }
  return summary;
}
