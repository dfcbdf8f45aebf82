/**
 * The command line: parses flags, calls the library, maps results to exit codes (0 ok, 1 data errors, 2 usage or
 * internal errors). No logic lives here.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import {
  ingest,
  mergeDatasets,
  parseShard,
  parsers,
  catalogItemJsonSchema,
  cleanFile,
  formatRuleSummary,
  coverage,
  formatCoverageText,
  renderReport,
  DatasetError,
  SelectorError,
  type Shard,
  type Totals,
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
    .action(async (inputs: string[], opts: { out: string; jobs: number; cache?: string; shard?: Shard; quiet?: boolean }) => {
      const progress = opts.quiet ? undefined : progressLine(process.stderr);
      const result = await ingest({ inputs, out: opts.out, jobs: opts.jobs, cache: opts.cache, shard: opts.shard, onProgress: progress?.update });
      progress?.done();
      if (!opts.quiet && opts.out !== '-') summary(result.totals, opts.out);
      exitCode = result.exitCode;
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
    .description('print a file after the document passes (junk tags, spam, chrome, Traditional → Simplified); a per-rule summary goes to stderr')
    .argument('<file>', 'a text or HTML-as-text file')
    .option('--json', 'print {text, facts, summary, diagnostics} as JSON instead')
    .action(async (path: string, opts: { json?: boolean }) => {
      const result = await cleanFile(path).catch((error: NodeJS.ErrnoException) => {
        process.stderr.write(`catalog clean: cannot read ${path}: ${error.code ?? error.message}\n`);
        return undefined;
      });
      if (!result) {
        exitCode = 2;
        return;
      }
      if (opts.json) {
        const { text, facts, summary, diagnostics } = result;
        process.stdout.write(JSON.stringify({ file: result.file, encoding: result.encoding, facts, summary, diagnostics, text }, null, 2) + '\n');
        return;
      }
      process.stdout.write(result.text.endsWith('\n') ? result.text : `${result.text}\n`);
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
    if (error instanceof DatasetError || error instanceof SelectorError) {
      process.stderr.write(`catalog: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`catalog: internal error: ${(error as Error).stack ?? error}\n`);
    return 2;
  }
  return exitCode;
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
