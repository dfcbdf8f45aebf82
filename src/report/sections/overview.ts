/** 概览 overview: files by parser and encoding, items and documents by publisher, what failed and why. */
import { fileParser, type DatasetReport, type FileRecordRead } from '../../dataset/types.js';
import type { DiagnosticSummary } from '../aggregate-diagnostics.js';
import type { ItemSummary } from '../aggregate-items.js';
import { bump, top, type Counter } from '../counter.js';
import { html, type Html } from '../html.js';
import { SEVERITY_LABELS } from '../labels.js';
import { PagedTableBuilder, type PagedTableData } from '../paged-table.js';
import { barChart } from '../svg-chart.js';
import { cards, dataTable, filterLink, pagedTable, section, sourceRef } from './parts.js';

const NO_PARSER = '(无解析器 none)';
const PUBLISHER_ROWS = 30;
/** Failed files listed as markup; all files are in the paged files table. */
const FAILED_ROWS = 100;

type ParserCount = { files: number; items: number; documents: number };

function fileStats(files: FileRecordRead[]): { parsers: Map<string, ParserCount>; encodings: Counter } {
  const parsers = new Map<string, ParserCount>();
  const encodings: Counter = new Map();
  for (const f of files) {
    const parser = fileParser(f) || NO_PARSER;
    const entry = parsers.get(parser) ?? { files: 0, items: 0, documents: 0 };
    entry.files++;
    entry.items += f.items ?? 0;
    entry.documents += f.documents ?? 0;
    parsers.set(parser, entry);
    bump(encodings, f.encoding || '(unknown)');
  }
  return { parsers, encodings };
}

function failures(files: FileRecordRead[], diagnostics: DiagnosticSummary): Html {
  const failed = files.filter(
    (f) => !fileParser(f) || !(f.items || f.documents) || (diagnostics.byFile.get(f.path)?.error ?? f.diagnostics?.error ?? 0) > 0,
  );
  const rows = failed.slice(0, FAILED_ROWS).map((f) => {
    const d = diagnostics.byFile.get(f.path);
    const reason = d?.worst
      ? html`<code>${d.worst.ruleId}</code> ${d.worst.message} ${d.worst.place ? html`<span class="place">${d.worst.place}</span>` : ''}`
      : !fileParser(f)
        ? '没有解析器识别此文件 (no parser recognised the file)'
        : '没有产生条目 (no items)';
    return [sourceRef(f.path), fileParser(f) || NO_PARSER, f.items ?? 0, f.documents ?? 0, d?.error ?? f.diagnostics?.error ?? 0, reason];
  });
  const errorRules = diagnostics.rules.filter((r) => r.severity === 'error');
  return html`<h3>失败与原因 What failed and why</h3>
<p>${failed.length} 个文件没有解析器、没有条目或有错误 (files with no parser, no items or errors).</p>
${dataTable(['文件 file', '解析器 parser', '事项 items', '文档 documents', '错误 errors', '原因 reason'], rows)}
${failed.length > FAILED_ROWS ? html`<p class="note">仅列前 ${FAILED_ROWS} 个; 全部文件见下方 All files.</p>` : ''}
${errorRules.length ? html`<h4>错误按规则 Errors by rule</h4>${dataTable(
    ['规则 ruleId', '次数 count', '示例 example'],
    errorRules.map((r) => [filterLink('diagnostics', r.ruleId, html`<code>${r.ruleId}</code>`), r.count, r.sampleMessage]),
  )}` : ''}`;
}

/** report.json `items` may count documents too; either reading is accepted. */
function totalsDiffer(totals: NonNullable<DatasetReport['totals']>, fileCount: number, items: ItemSummary): boolean {
  const filesDiffer = totals.files !== undefined && totals.files !== fileCount;
  const itemsDiffer = totals.items !== undefined && totals.items !== items.items && totals.items !== items.items + items.documents;
  return filesDiffer || itemsDiffer;
}

export function filesTable(files: FileRecordRead[]): PagedTableData {
  const table = new PagedTableBuilder([
    { label: '文件 path' },
    { label: '解析器 parser', interned: true },
    { label: '格式 format', interned: true },
    { label: '编码 encoding', interned: true },
    { label: '文字 script', interned: true },
    { label: '字节 bytes' },
    { label: '事项 items' },
    { label: '文档 documents' },
    { label: '错误 errors' },
    { label: '警告 warnings' },
    { label: '提示 infos' },
  ]);
  for (const f of files) {
    const d = f.diagnostics ?? {};
    table.add([f.path, fileParser(f) || NO_PARSER, f.format, f.encoding, f.script, f.bytes ?? 0, f.items ?? 0, f.documents ?? 0, d.error ?? 0, d.warning ?? 0, d.info ?? 0]);
  }
  return table.build();
}

export function overviewSection(files: FileRecordRead[], items: ItemSummary, diagnostics: DiagnosticSummary, report: DatasetReport): Html {
  const { parsers, encodings } = fileStats(files);
  const parserRows = [...parsers.entries()].sort((a, b) => b[1].files - a[1].files || (a[0] < b[0] ? -1 : 1));
  const publishers = [...items.byPublisher.entries()].sort(
    (a, b) => b[1].items + b[1].documents - (a[1].items + a[1].documents) || (a[0] < b[0] ? -1 : 1),
  );
  const shown = publishers.slice(0, PUBLISHER_ROWS);
  const rest = publishers.slice(PUBLISHER_ROWS);
  const totals = report.totals;
  const mismatch = totals !== undefined && totalsDiffer(totals, files.length, items);
  return section(
    'overview',
    '概览 Overview',
    html`${cards([
      ['文件 files', files.length, 'files'],
      ['事项 items', items.items, 'items'],
      ['文档 documents', items.documents, 'documents'],
      [`${SEVERITY_LABELS.error} errors`, diagnostics.total.error, 'errors'],
      [`${SEVERITY_LABELS.warning} warnings`, diagnostics.total.warning, 'warnings'],
      [`${SEVERITY_LABELS.info} infos`, diagnostics.total.info, 'infos'],
    ])}
${mismatch ? html`<p class="note">report.json totals (${JSON.stringify(totals)}) differ from the files read here; the numbers above are counted from files.jsonl and items.jsonl.</p>` : ''}
<div class="grid2"><div><h3>按解析器 Files by parser</h3>
${dataTable(['解析器 parser', '文件 files', '事项 items', '文档 documents'], parserRows.map(([p, s]) => [p, s.files, s.items, s.documents]))}
${barChart(parserRows.map(([p, s]) => ({ label: p, value: s.files })), '每个解析器的文件数 files per parser')}</div>
<div><h3>按编码 Files by encoding</h3>
${dataTable(['编码 encoding', '文件 files'], top(encodings).map(([e, n]) => [e, n]))}
${barChart(top(encodings).map(([e, n]) => ({ label: e, value: n })), '每种编码的文件数 files per encoding')}</div></div>
<h3>按发布机构 Items and documents by publisher</h3>
${dataTable(
  ['发布机构 publisher', '事项 items', '文档 documents'],
  [
    ...shown.map(([p, c]) => [c.fromFile ? html`<span class="muted">文件 file:</span> <code>${p}</code>` : p, c.items, c.documents]),
    ...(rest.length
      ? [[`其他 ${rest.length} 个 (others)`, rest.reduce((n, [, c]) => n + c.items, 0), rest.reduce((n, [, c]) => n + c.documents, 0)]]
      : []),
  ],
)}
${failures(files, diagnostics)}
<h3>全部文件 All files</h3>
${pagedTable('files', '文件 files')}`,
  );
}
