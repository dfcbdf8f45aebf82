/**
 * The command line: parses flags, calls the library, maps results to exit codes (0 ok, 1 data errors, 2 usage or
 * internal errors). No logic lives here.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import {
  ingest, DEFAULT_LIMITS, mergeDatasets, parseShard, parsers, catalogItemJsonSchema, check, listChecks, exportDataset, diffDatasets,
  parseExportFormats, FORMATTERS, formatStylish, formatMarkdownSummary, formatDiffJson, formatDiffText, EXPORT_FORMATS,
  UsageError, cleanFile, formatRuleSummary, coverage, formatCoverageText, renderReport, SelectorError,
  type Shard, type Totals,
} from './index.js';
import { progressLine } from './progress-line.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

export async function execute(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command()
    .name('catalog')
    .description('Turn scraped 政府信息公开 catalogue pages into one clean, validated dataset.')
    .version(version)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command('ingest')
    .description('read files and directories (recursively) and write a dataset: items.jsonl, items.csv, files.jsonl, report.json')
    .argument('<inputs...>', 'files or directories')
    .requiredOption('-o, --out <dir>', "dataset directory, or '-' for items JSONL on stdout")
    .option('-j, --jobs <n>', 'files processed at once on worker threads (1: in the main thread)', positiveInt, availableParallelism())
    .option('--cache <dir>', 'keep per-file results here and reuse them for files whose bytes did not change')
    .option('--shard <i/n>', 'take only share i of n of the inputs (by a hash of each path); combine shards with `catalog merge`', shardOption)
    .option('-q, --quiet', 'print nothing but errors')
    .option('--check', 'then run the `catalog check` rules over the written dataset (findings on stderr)')
    .option('--max-bytes <n>', `skip (with an error) any file larger than this (default ${DEFAULT_LIMITS.maxBytes})`, wholeNumber)
    .option('--max-cells <n>', `stop reading a workbook after this many cells (default ${DEFAULT_LIMITS.maxCells})`, wholeNumber)
    .option('--max-unzipped-bytes <n>', `refuse a workbook that inflates past this many bytes (default ${DEFAULT_LIMITS.maxUnzippedBytes})`, wholeNumber)
    .action(async (inputs: string[], opts: IngestFlags) => {
      if (opts.check && opts.out === '-') throw new UsageError('--check needs a dataset directory, not --out -');
      const limits = {
        ...(opts.maxBytes !== undefined && { maxBytes: opts.maxBytes }),
        ...(opts.maxCells !== undefined && { maxCells: opts.maxCells }),
        ...(opts.maxUnzippedBytes !== undefined && { maxUnzippedBytes: opts.maxUnzippedBytes }),
      };
      const progress = opts.quiet ? undefined : progressLine(process.stderr);
      const result = await ingest({ inputs, out: opts.out, jobs: opts.jobs, cache: opts.cache, shard: opts.shard, limits, onProgress: progress?.update });
      progress?.done();
      if (!opts.quiet && opts.out !== '-') summary(result.totals, opts.out);
      exitCode = result.exitCode;
      if (opts.check) {
        const checked = await check(opts.out);
        process.stderr.write(formatStylish(checked.diagnostics));
        exitCode = Math.max(exitCode, checked.exitCode);
      }
    });

  program
    .command('merge')
    .description('combine datasets written by `ingest --shard` into the dataset one run over all inputs would write')
    .argument('<dirs...>', 'shard dataset directories')
    .requiredOption('-o, --out <dir>', 'dataset directory')
    .option('-q, --quiet', 'print nothing but errors')
    .action(async (dirs: string[], opts: { out: string; quiet?: boolean }) => {
      const result = await mergeDatasets(dirs, opts.out);
      if (!opts.quiet) summary(result.totals, opts.out);
      exitCode = result.exitCode;
    });

  program
    .command('clean')
    .description("print a file as ingest's files.jsonl holds it: decoded, HTML rendered, workbook rows, after every pass and repair; a per-rule summary goes to stderr")
    .argument('<file>', 'a text, HTML or workbook file')
    .option('--json', 'print {file, encoding, facts, summary, diagnostics, text} as JSON instead')
    .option('--diff', 'print the removed (-) and repaired (+) spans under their place and rule instead of the text')
    .action(async (path: string, opts: { json?: boolean; diff?: boolean }) => {
      const result = await cleanFile(path).catch((error: NodeJS.ErrnoException) => {
        process.stderr.write(`catalog clean: cannot read ${path}: ${error.code ?? error.message}\n`);
        return undefined;
      });
      if (!result) {
        exitCode = 2;
        return;
      }
      for (const e of result.errors) process.stderr.write(`catalog clean: ${e.message} (${result.file})\n`);
      if (result.errors.length > 0) exitCode = 1;
      if (opts.json) {
        const { text, facts, summary, diagnostics } = result;
        process.stdout.write(JSON.stringify({ file: result.file, encoding: result.encoding, facts, summary, diagnostics, text }, null, 2) + '\n');
        return;
      }
      const out = opts.diff ? result.diff : result.text;
      if (out !== '') process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
      process.stderr.write(formatRuleSummary(result.summary));
    });

  program
    .command('parsers')
    .description('list the built-in parsers')
    .action(() => {
      for (const p of parsers) process.stdout.write(`${p.name.padEnd(16)} ${p.format.padEnd(5)} ${p.description}\n`);
    });

  program
    .command('schema')
    .description('print the JSON Schema of CatalogItem')
    .action(() => {
      process.stdout.write(JSON.stringify(catalogItemJsonSchema(), null, 2) + '\n');
    });

  program
    .command('check')
    .description('run the data-quality rules over a dataset directory (exit 0 clean, 1 problems, 2 usage error)')
    .argument('<dataset-dir>', 'directory written by `catalog ingest --out`')
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(FORMATTERS)).default('stylish'))
    .option('--rule <id=severity>', 'set a rule to off, warn or error (repeatable)', (v: string, all: string[]) => [...all, v], [])
    .option('-c, --config <path>', 'config file (default: catalog.config.json in the current directory, if any)')
    .option('--max-warnings <n>', 'fail when there are more warnings than this', wholeNumber)
    .action(async (dir: string, opts: { format: string; rule: string[]; config?: string; maxWarnings?: number }) => {
      const result = await check(dir, { rules: opts.rule, configPath: opts.config, maxWarnings: opts.maxWarnings });
      process.stdout.write(FORMATTERS[opts.format]!(result.diagnostics));
      const summary = process.env.GITHUB_STEP_SUMMARY;
      if (summary) appendFileSync(summary, formatMarkdownSummary(result.diagnostics));
      exitCode = result.exitCode;
    });

  program
    .command('checks')
    .description('list the data-quality rules: id, default severity, description')
    .option('--json', 'as JSON')
    .action((opts: { json?: boolean }) => {
      const rules = listChecks();
      if (opts.json) process.stdout.write(JSON.stringify(rules, null, 2) + '\n');
      else for (const r of rules) process.stdout.write(`${r.id.padEnd(30)} ${r.defaultSeverity.padEnd(8)} ${r.description}\n`);
    });

  program
    .command('export')
    .description('publish a dataset as open data: items as CSV/XLSX/JSONL/JSON, catalog.schema.json, datapackage.json')
    .argument('<dataset-dir>', 'directory written by `catalog ingest --out`')
    .requiredOption('--to <dir>', 'output directory (created if missing)')
    .option('--format <list>', `comma-separated: ${EXPORT_FORMATS.join(',')}`, EXPORT_FORMATS.join(','))
    .option('--name <name>', 'datapackage name (default: the dataset directory name)')
    .action(async (dir: string, opts: { to: string; format: string; name?: string }) => {
      const result = await exportDataset(dir, { to: opts.to, formats: parseExportFormats(opts.format), name: opts.name });
      if (result.diagnostics.length > 0) process.stderr.write(formatStylish(result.diagnostics));
      for (const file of result.files) process.stdout.write(`${file}\n`);
      exitCode = result.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
    });

  program
    .command('diff')
    .description('items added, removed and changed between two datasets, matched by publisher + category + name')
    .argument('<old-dataset>')
    .argument('<new-dataset>')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (oldDir: string, newDir: string, opts: { format: string }) => {
      const diff = await diffDatasets(oldDir, newDir);
      if (diff.diagnostics.length > 0) process.stderr.write(formatStylish(diff.diagnostics));
      process.stdout.write(opts.format === 'json' ? formatDiffJson(diff) : formatDiffText(diff));
      exitCode = diff.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
    });

  const summary = (t: Totals, out: string) =>
    process.stderr.write(`${t.files} files → ${t.items} items, ${t.documents} documents; ${t.errors} errors, ${t.warnings} warnings → ${out}\n`);

  const selectorHelp = 'items of the standard catalogue: key=value[,key=value] with keys parser, file, publisher, format, category; * ? globs, | alternatives (e.g. parser=xlsx or "file=*标准目录*")';

  program
    .command('report')
    .description('write one self-contained HTML report of a dataset: overview, data quality, cleaning evidence, fields, coverage, annual reports')
    .argument('<dataset-dir>', 'directory written by `catalog ingest --out`')
    .requiredOption('-o, --out <file>', 'HTML file to write')
    .option('--standard <selector>', `${selectorHelp}; guessed from the data when absent`)
    .action(async (dir: string, opts: { out: string; standard?: string }) => {
      const { bytes } = await renderReport(dir, { out: opts.out, standard: opts.standard });
      process.stderr.write(`report → ${opts.out} (${bytes} bytes)\n`);
    });

  program
    .command('coverage')
    .description('print which standard-catalogue items each local catalogue covers, lacks and adds')
    .argument('<dataset-dir>', 'directory written by `catalog ingest --out`')
    .requiredOption('--standard <selector>', selectorHelp)
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (dir: string, opts: { standard: string; format: 'text' | 'json' }) => {
      const result = await coverage(dir, { standard: opts.standard });
      process.stdout.write(opts.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : formatCoverageText(result));
    });

  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError || error instanceof SelectorError) {
      process.stderr.write(`catalog: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`catalog: internal error: ${(error as Error).stack ?? error}\n`);
    return 2;
  }
  return exitCode;
}

function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number ≥ 0.');
  return Number(value);
}

function positiveInt(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1.');
  return n;
}

function shardOption(text: string): Shard {
  const shard = parseShard(text);
  if (!shard) throw new InvalidArgumentError('expected i/n with 1 ≤ i ≤ n, e.g. 2/8.');
  return shard;
}

interface IngestFlags {
  out: string;
  jobs: number;
  cache?: string;
  shard?: Shard;
  quiet?: boolean;
  check?: boolean;
  maxBytes?: number;
  maxCells?: number;
  maxUnzippedBytes?: number;
}
