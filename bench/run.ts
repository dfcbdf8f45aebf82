/**
 * `npm run bench [-- --quick]`: generates the corpus (bench/.corpus/, git-ignored), measures everything in one run and
 * prints one table — ratios against the targets first, absolute numbers second — and writes it as JSON to
 * bench/results/. Ingest runs are child processes (peak RSS is theirs alone); baselines run in this process.
 * Page-throughput ratios compare the 10× page set (the size of a real crawl, where the CLI's start-up is spread thin)
 * with the baselines over those same pages; the start-up itself is measured on an empty input and shown apart.
 */
import { execFileSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestFile, parsers } from '../src/index.js';
import { openccTraditionalToSimplified, parseOnlyFloor, readabilityOnLinkedom, sheetjsRaw, warm } from './baselines.js';
import { buildPage, sampleLines, writePages, writeWorkbook, type PageSpec } from './corpus.js';
import { writeDocxCorpus } from './word-corpus.js';
import { pdfThroughput } from './pdf.js';

const quick = process.argv.includes('--quick');
/** Only the Parquet measures (on the same corpus): what a change to the Parquet writer needs. */
const parquetOnly = process.argv.includes('--parquet');
const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');
const BASE_PAGES = quick ? 200 : 1000;
const WORKBOOK_ROWS = quick ? 2000 : 20000;
const DOCX_FILES = quick ? 100 : 300;
const PDF_PAGES = quick ? 100 : 400;
const corpusDir = join(repo, 'bench/.corpus', quick ? 'quick' : 'full');
const outDir = join(repo, 'bench/.corpus/out');
const child = join(repo, 'dist/bench/ingest-child.js');

interface IngestRun {
  ms: number;
  cpuMs: number;
  maxRssMB: number;
  totals: { files: number; items: number; documents: number };
}

const log = (s: string) => process.stderr.write(`bench: ${s}\n`);

function corpus(): { x1: string; x10: string; empty: string; workbook: string; docx: string; pages: PageSpec[] } {
  const samples = sampleLines(join(repo, 'samples'));
  const spec = JSON.stringify({ version: 2, pages: BASE_PAGES, rows: WORKBOOK_ROWS, docx: DOCX_FILES });
  const marker = join(corpusDir, 'spec.json');
  const x1 = join(corpusDir, 'x1');
  const x10 = join(corpusDir, 'x10');
  const workbook = join(corpusDir, 'xlsx/标准目录.xlsx');
  const empty = join(corpusDir, 'empty');
  const docx = join(corpusDir, 'docx');
  // Generation is deterministic, so a corpus from an earlier run with the same spec is reused.
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== spec) {
    log(`generating ${BASE_PAGES} + ${10 * BASE_PAGES} pages and a ${WORKBOOK_ROWS}-row workbook under ${corpusDir}`);
    rmSync(corpusDir, { recursive: true, force: true });
    writePages(samples, x1, 0, BASE_PAGES);
    writePages(samples, x10, 0, 10 * BASE_PAGES);
    writeWorkbook(dirname(workbook), WORKBOOK_ROWS);
    writeDocxCorpus(samples, docx, DOCX_FILES);
    writeFileSync(marker, spec);
  }
  mkdirSync(empty, { recursive: true });
  // The pages of x10, rebuilt in memory (generation is deterministic), for the baselines.
  const pages = Array.from({ length: 10 * BASE_PAGES }, (_, i) => buildPage(samples, i));
  return { x1, x10, empty, workbook, docx, pages };
}

/** Wall ms of the parse-only floor over the x10 files split between `threads` worker threads running at once. */
async function floorInThreads(x10: string, pages: PageSpec[], threads: number): Promise<number> {
  const files = pages.map((p, i): [string, string] => [join(x10, `part-${String(Math.floor(i / 1000)).padStart(3, '0')}`, p.name), p.encoding]);
  const start = performance.now();
  await Promise.all(Array.from({ length: threads }, (_, t) => new Promise((resolve, reject) => {
    const share = files.filter((_, i) => i % threads === t);
    new Worker(join(repo, 'dist/bench/floor-worker.js'), { workerData: { files: share } }).once('message', resolve).once('error', reject);
  })));
  return performance.now() - start;
}

function ingestRun(inputs: string, jobs: number, formats?: string): IngestRun {
  const out = join(outDir, `${jobs}`);
  const text = execFileSync(process.execPath, [child, inputs, out, String(jobs), ...(formats ? [formats] : [])], { encoding: 'utf8', maxBuffer: 1 << 20 });
  rmSync(out, { recursive: true, force: true });
  return JSON.parse(text) as IngestRun;
}

interface ParquetExport {
  ms: number;
  cpuMs: number;
  maxRssMB: number;
  jsonlBytes: number;
  parquetBytes: number;
}

/** Ingest `inputs` to JSONL (not measured), then export it as Parquet in a child process of its own (measured). */
function parquetExportRun(inputs: string): ParquetExport & { items: number } {
  const dataset = join(outDir, 'parquet-source');
  const to = join(outDir, 'parquet-export');
  const source = JSON.parse(execFileSync(process.execPath, [child, inputs, dataset, '1', 'jsonl'], { encoding: 'utf8' })) as IngestRun;
  const text = execFileSync(process.execPath, [join(repo, 'dist/bench/parquet-child.js'), dataset, to], { encoding: 'utf8' });
  rmSync(dataset, { recursive: true, force: true });
  rmSync(to, { recursive: true, force: true });
  return { ...(JSON.parse(text) as ParquetExport), items: source.totals.items + source.totals.documents };
}

interface ParquetMeasures {
  /** `ingest --format jsonl,parquet` and `--format jsonl` alone, jobs 1, on the 10× pages. */
  ingest: IngestRun;
  ingestJsonl: IngestRun;
  /** export --format parquet of the 1× and 10× datasets: peak RSS that does not grow with the items shows streaming. */
  x1: ParquetExport & { items: number };
  x10: ParquetExport & { items: number };
}

function parquetMeasures(x1: string, x10: string): ParquetMeasures {
  log('Parquet runs (child processes)');
  return { ingest: ingestRun(x10, 1, 'jsonl,parquet'), ingestJsonl: ingestRun(x10, 1, 'jsonl'), x1: parquetExportRun(x1), x10: parquetExportRun(x10) };
}

function parquetRows(p: ParquetMeasures, n: number, n1: number): [string, string, string, string][] {
  const mb = (bytes: number) => bytes / 1e6;
  const exportLine = (e: ParquetExport & { items: number }) =>
    `${(e.ms / 1000).toFixed(1)} s (CPU ${(e.cpuMs / 1000).toFixed(1)} s), ${(e.items / (e.ms / 1000)).toFixed(0)} items/s, ${(mb(e.jsonlBytes) / (e.ms / 1000)).toFixed(1)} MB/s of JSONL, peak RSS ${e.maxRssMB.toFixed(0)} MB`;
  return [
    [`peak RSS, ingest --format jsonl,parquet, ${n} pages, jobs 1 (jsonl alone)`, `${p.ingest.maxRssMB.toFixed(0)} MB (${p.ingestJsonl.maxRssMB.toFixed(0)} MB)`, '< 300 MB', p.ingest.maxRssMB < 300 ? 'met' : 'MISSED'],
    [`  ingest time with Parquet ÷ without, ${n} pages`, `${(p.ingest.ms / p.ingestJsonl.ms).toFixed(2)}× (CPU ${(p.ingest.cpuMs / p.ingestJsonl.cpuMs).toFixed(2)}×)`, '', ''],
    [`export --format parquet (items.jsonl → items.parquet), ${p.x10.items} items (${n} pages)`, exportLine(p.x10), '', ''],
    [`export --format parquet, ${p.x1.items} items (${n1} pages)`, exportLine(p.x1), '', ''],
    [`items.parquet ÷ items.jsonl size, ${n} pages`, `${mb(p.x10.parquetBytes).toFixed(1)} MB ÷ ${mb(p.x10.jsonlBytes).toFixed(1)} MB = ${(p.x10.parquetBytes / p.x10.jsonlBytes).toFixed(3)}`, '', ''],
  ];
}

function printTable(rows: [string, string, string, string][]): void {
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => [...r[c]!].length), ['measure', 'value', 'target', 'status'][c]!.length));
  const line = (r: string[]) => `| ${r.map((cell, c) => cell + ' '.repeat(widths[c]! - [...cell].length)).join(' | ')} |`;
  process.stdout.write([line(['measure', 'value', 'target', 'status']), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n');
}

function writeResults(json: Record<string, unknown>): void {
  const resultsDir = join(repo, 'bench/results');
  mkdirSync(resultsDir, { recursive: true });
  const kind = `${quick ? 'quick-' : ''}${parquetOnly ? 'parquet-' : ''}`;
  const file = join(resultsDir, `bench-${kind}${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(json, null, 2) + '\n');
  log(`results written to ${file}`);
}

async function xlsxIngest(path: string): Promise<{ ms: number; rows: number } | string> {
  if (!parsers.some((p) => p.format === 'xlsx')) return 'skipped: no parser claims .xlsx yet';
  const bytes = readFileSync(path);
  const start = performance.now();
  const result = await ingestFile(path, bytes);
  return { ms: performance.now() - start, rows: result.items.length };
}

async function main(): Promise<void> {
  const { x1, x10, empty, workbook, docx, pages } = corpus();
  const mb = pages.reduce((n, p) => n + p.bytes.length, 0) / 1e6;
  const n = pages.length;
  const n1 = BASE_PAGES;
  if (parquetOnly) {
    const parquet = parquetMeasures(x1, x10);
    const rows = parquetRows(parquet, n, n1);
    printTable(rows);
    writeResults({ quick, pages: n, parquet, table: rows, loadavg: loadavg() });
    return;
  }
  log('ingest runs (child processes)');
  const startup = ingestRun(empty, 1);
  const j1 = ingestRun(x1, 1);
  const j2 = ingestRun(x1, 2);
  const j1x10 = ingestRun(x10, 1);
  const j2x10 = ingestRun(x10, 2);
  // Word documents (.docx): a corpus of their own, read through the same pipeline.
  const word = ingestRun(docx, 1);
  log('baselines');
  const floor = warm(pages, parseOnlyFloor);
  const readability = warm(pages, readabilityOnLinkedom);
  const sheet = sheetjsRaw(readFileSync(workbook));
  const ours = await xlsxIngest(workbook);
  const floorThreads = { one: await floorInThreads(x10, pages, 1), two: await floorInThreads(x10, pages, 2) };
  const opencc = openccTraditionalToSimplified(sampleLines(join(repo, 'samples')).flat().join('\n'));
  const parquet = parquetMeasures(x1, x10);
  log(`PDF pages (${PDF_PAGES}, in this process)`);
  const pdf = await pdfThroughput(PDF_PAGES);

  const pps = (ms: number, count: number) => count / (ms / 1000);
  const rows: [string, string, string, string][] = [];
  const check = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const ratio = (name: string, value: number, target: string, ok: boolean) => rows.push([name, `${value.toFixed(2)}×`, target, check(ok)]);
  const vsReadability = readability.ms / j1x10.ms;
  const vsFloor = j1x10.ms / floor.ms;
  const scaling = j1x10.ms / j1.ms;
  const scaling2 = j2x10.ms / j2.ms;
  const speedup = j1x10.ms / j2x10.ms;
  const vsReadabilityCpu = readability.cpuMs / j1x10.cpuMs;
  const vsFloorCpu = j1x10.cpuMs / floor.cpuMs;
  ratio(`pipeline (jobs 1) ÷ Readability+linkedom, pages/s, ${n} pages`, vsReadability, '≥ 1.5×', vsReadability >= 1.5);
  ratio('  the same by CPU time', vsReadabilityCpu, '≥ 1.5×', vsReadabilityCpu >= 1.5);
  ratio(`pipeline (jobs 1) time ÷ parse-only floor time, ${n} pages`, vsFloor, '≤ 2×', vsFloor <= 2);
  ratio('  the same by CPU time', vsFloorCpu, '≤ 2×', vsFloorCpu <= 2);
  if (typeof ours === 'string') rows.push(['XLSX ingest ÷ SheetJS raw read, rows/s', '—', '≥ 0.8×', ours]);
  else {
    const r = pps(ours.ms, ours.rows) / pps(sheet.ms, sheet.rows);
    ratio('XLSX ingest ÷ SheetJS raw read, rows/s', r, '≥ 0.8×', r >= 0.8);
  }
  ratio(`10× input time ÷ 1× time (jobs 1)`, scaling, '≤ 10.5×', scaling <= 10.5);
  ratio(`10× input time ÷ 1× time (jobs 2)`, scaling2, '≤ 10.5×', scaling2 <= 10.5);
  ratio(`jobs 2 ÷ jobs 1 speed, ${n} pages`, speedup, '≥ 1.7×', speedup >= 1.7);
  rows.push(...parquetRows(parquet, n, n1));
  // Not a target: what this machine allows two threads of DOM parsing, against which `jobs 2 ÷ jobs 1` is read.
  rows.push([`  ceiling: parse-only floor in 2 threads ÷ 1 thread, ${n} pages`, `${(floorThreads.one / floorThreads.two).toFixed(2)}×`, '', '']);
  rows.push([`peak RSS, ${n} pages, jobs 2 (jobs 1)`, `${j2x10.maxRssMB.toFixed(0)} MB (${j1x10.maxRssMB.toFixed(0)} MB)`, '< 300 MB', check(Math.max(j2x10.maxRssMB, j1x10.maxRssMB) < 300)]);
  const abs = (name: string, value: string) => rows.push([name, value, '', '']);
  abs(`pipeline jobs 1, ${n} pages (${mb.toFixed(1)} MB)`, `${pps(j1x10.ms, n).toFixed(0)} pages/s, ${(mb / (j1x10.ms / 1000)).toFixed(1)} MB/s (CPU ${(j1x10.cpuMs / 1000).toFixed(1)} s)`);
  abs(`pipeline jobs 2, ${n} pages`, `${pps(j2x10.ms, n).toFixed(0)} pages/s, ${(mb / (j2x10.ms / 1000)).toFixed(1)} MB/s (CPU ${(j2x10.cpuMs / 1000).toFixed(1)} s)`);
  abs(`pipeline jobs 1 / jobs 2, ${n1} pages`, `${pps(j1.ms, n1).toFixed(0)} / ${pps(j2.ms, n1).toFixed(0)} pages/s`);
  abs('ingest of an empty input (start-up), jobs 1', `${startup.ms.toFixed(0)} ms (CPU ${startup.cpuMs.toFixed(0)} ms), peak RSS ${startup.maxRssMB.toFixed(0)} MB`);
  abs(`parse-only floor (cheerio load + text), ${n} pages`, `${pps(floor.ms, n).toFixed(0)} pages/s, ${(mb / (floor.ms / 1000)).toFixed(1)} MB/s (CPU ${(floor.cpuMs / 1000).toFixed(1)} s)`);
  abs(`Readability on linkedom, ${n} pages`, `${pps(readability.ms, n).toFixed(0)} pages/s, ${(mb / (readability.ms / 1000)).toFixed(1)} MB/s (CPU ${(readability.cpuMs / 1000).toFixed(1)} s)`);
  abs(`SheetJS raw read, ${sheet.rows} rows`, `${pps(sheet.ms, sheet.rows).toFixed(0)} rows/s`);
  if (typeof ours !== 'string') abs('XLSX ingest', `${pps(ours.ms, ours.rows).toFixed(0)} rows/s`);
  abs(`Word .docx ingest, jobs 1, ${word.totals.files} files`, `${pps(word.ms, word.totals.files).toFixed(0)} pages/s (${word.totals.items} items, ${word.totals.documents} documents; CPU ${(word.cpuMs / 1000).toFixed(1)} s)`);
  abs(`PDF ingest (pdf.js text, tables rebuilt), ${pdf.pages} pages in ${pdf.files} files`, `${pps(pdf.ms, pdf.pages).toFixed(0)} pages/s (CPU ${pps(pdf.cpuMs, pdf.pages).toFixed(0)} pages/s), ${pdf.items} items`);
  abs('opencc-js hk → cn (character mode)', `${opencc.mbPerS.toFixed(1)} MB/s`);
  abs('machine', `${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} at the end (wall-clock ratios need an idle machine)`);

  printTable(rows);
  writeResults({ quick, pages: n, megabytes: mb, ingest: { startup, j1, j2, j1x10, j2x10, word }, floor, floorThreads, readability, sheet, xlsxIngest: ours, pdf, opencc, parquet, table: rows, loadavg: loadavg() });
}

await main();
