/**
 * `renderReport(datasetDir, {out, standard})`: one self-contained HTML file (inline CSS, JS and SVG; no network
 * requests) describing a dataset written by `catalog ingest --out`.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { coverageOfRows } from '../coverage/coverage.js';
import { assertDataset, openDataset, readFiles, readReport } from '../dataset/read.js';
import { prepareOutputFile } from '../output-path.js';
import { aggregateDiagnostics } from './aggregate-diagnostics.js';
import { aggregateItems } from './aggregate-items.js';
import { renderPage } from './page.js';
import { annualSection, annualTable } from './sections/annual.js';
import { cleaningSection } from './sections/cleaning.js';
import { coverageSection, coverageTable } from './sections/coverage-section.js';
import { fieldsSection } from './sections/fields.js';
import { itemsSection } from './sections/items.js';
import { filesTable, overviewSection } from './sections/overview.js';
import { qualitySection } from './sections/quality.js';

export interface RenderReportOptions {
  /** Output HTML path. */
  out: string;
  /** Items selector of the standard catalogue (see coverage/item-selector.ts); guessed when absent. */
  standard?: string;
}

export async function buildReportHtml(datasetDir: string, options: Omit<RenderReportOptions, 'out'> = {}): Promise<string> {
  // One generation for all three files, even if a run switches the dataset while they are read.
  const dataset = openDataset(datasetDir);
  const [files, report, items] = await Promise.all([readFiles(dataset), readReport(dataset), aggregateItems(dataset)]);
  const diagnostics = aggregateDiagnostics(report.diagnostics);
  const coverage = coverageOfRows(items.coverageRows, options.standard);
  const hint = 'Pass --standard <selector>, e.g. --standard parser=xlsx or --standard "file=*标准目录*".';
  return renderPage({
    title: '政府信息公开目录数据报告',
    subtitle: `Catalogue dataset report · ${files.length} files · ${items.items} items · ${items.documents} documents${report.version ? ` · dataset v${report.version}` : ''}`,
    sections: [
      { id: 'overview', label: '概览 Overview', body: overviewSection(files, items, diagnostics, report) },
      { id: 'quality', label: '数据质量 Quality', body: qualitySection(diagnostics) },
      { id: 'cleaning', label: '清洗记录 Cleaning', body: cleaningSection(diagnostics) },
      { id: 'fields', label: '字段一览 Fields', body: fieldsSection(items) },
      { id: 'coverage', label: '覆盖情况 Coverage', body: coverageSection(coverage, hint) },
      { id: 'annual', label: '年度报告 Annual reports', body: annualSection(items.statsDocuments, diagnostics.reportFindings) },
      { id: 'items', label: '全部条目 Items', body: itemsSection(items) },
    ],
    tables: {
      items: items.table,
      diagnostics: diagnostics.table,
      files: filesTable(files),
      ...(coverage ? { coverage: coverageTable(coverage) } : {}),
      annual: annualTable(items.statsDocuments, diagnostics.reportFindings),
    },
  });
}

/** Writes next to the target and renames, so a reader never sees a half-written report. */
export async function renderReport(datasetDir: string, options: RenderReportOptions): Promise<{ path: string; bytes: number }> {
  assertDataset(datasetDir);
  await prepareOutputFile(options.out);
  const page = await buildReportHtml(datasetDir, options);
  const path = resolve(options.out);
  const temp = join(dirname(path), `.${randomBytes(6).toString('hex')}.report.tmp`);
  try {
    await writeFile(temp, page, 'utf8');
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return { path, bytes: Buffer.byteLength(page, 'utf8') };
}
