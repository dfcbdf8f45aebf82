/** `catalog ingest` and `catalog merge`: flags → the library's ingest/mergeDatasets → stderr summary and exit code. */
import { InvalidArgumentError, type Command } from 'commander';
import { availableParallelism } from 'node:os';
import { check } from '../checks/check.js';
import { formatStylish } from '../format/stylish.js';
import { parseFormatList } from '../emit/datapackage.js';
import { DEFAULT_ITEM_FORMATS, ITEM_FORMATS } from '../emit/dataset-sink.js';
import { DEFAULT_LIMITS } from '../ingest/ingest-file.js';
import { ingest } from '../ingest/ingest.js';
import { mergeDatasets } from '../ingest/merge-datasets.js';
import { parseShard, type Shard } from '../ingest/shard.js';
import { progressLine } from '../progress-line.js';
import { UsageError } from '../usage-error.js';
import { formatErrors, formatIngestSummary, formatMergeSummary } from './ingest-summary.js';
import { repeatable, wholeNumber } from './options.js';

interface IngestFlags {
  out: string;
  jobs: number;
  cache?: string;
  shard?: Shard;
  partition?: boolean;
  format: string;
  quiet?: boolean;
  check?: boolean;
  include: string[];
  exclude: string[];
  maxBytes?: number;
  maxCells?: number;
  maxUnzippedBytes?: number;
}

/** Registers both commands; `setExitCode` receives each run's exit code. */
export function addIngestCommands(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('ingest')
    .description('read files and directories (recursively) and write a dataset: items.jsonl, items.csv, files.jsonl, report.json')
    .argument('<inputs...>', "files, directories, quoted globs ('pages/**/*.html'), - (paths on stdin) or @list.txt (one path a line)")
    .requiredOption('-o, --out <dir>', "dataset directory, or '-' for items JSONL on stdout")
    .option('-j, --jobs <n>', 'files processed at once on worker threads (1: in the main thread)', positiveInt, availableParallelism())
    .option('--include <glob>', 'inside folders, take only files matching this glob (repeatable; *.html matches at any depth)', repeatable, [])
    .option('--exclude <glob>', 'inside folders, leave out files and folders matching this glob (repeatable)', repeatable, [])
    .option('--cache <dir>', 'keep per-file results here and reuse them for files whose bytes did not change')
    .option('--shard <i/n>', 'take only share i of n of the inputs (by a hash of each path); combine shards with `catalog merge`', shardOption)
    .option('--partition', 'with --shard i/n: write into <out>/shard=i-of-n/, so that all shards read as one partitioned dataset')
    .option('--format <list>', `item files, comma-separated: ${ITEM_FORMATS.join(',')}`, DEFAULT_ITEM_FORMATS.join(','))
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
      const formats = parseFormatList(opts.format, ITEM_FORMATS);
      const progress = opts.quiet ? undefined : progressLine(process.stderr);
      const result = await ingest({
        inputs, out: opts.out, jobs: opts.jobs, cache: opts.cache, shard: opts.shard, partition: opts.partition, formats, limits,
        include: opts.include, exclude: opts.exclude, onProgress: progress?.update,
      });
      progress?.done();
      // Errors are shown even with --quiet: it silences the progress and the summary, not what went wrong.
      process.stderr.write(formatErrors(result.firstErrors, result.totals.errors, result.out));
      if (!opts.quiet) process.stderr.write(formatIngestSummary(result, result.out));
      let exitCode: number = result.exitCode;
      if (opts.check) {
        const checked = await check(result.out);
        process.stderr.write(formatStylish(checked.diagnostics));
        exitCode = Math.max(exitCode, checked.exitCode);
      }
      setExitCode(exitCode);
    });

  program
    .command('merge')
    .description('combine datasets written by `ingest --shard i/n` (every share, once) into the dataset one run over all inputs would write')
    .argument('<dirs...>', 'shard dataset directories')
    .requiredOption('-o, --out <dir>', 'dataset directory')
    .option('-q, --quiet', 'print nothing but errors')
    .action(async (dirs: string[], opts: { out: string; quiet?: boolean }) => {
      const result = await mergeDatasets(dirs, opts.out);
      process.stderr.write(formatErrors(result.firstErrors, result.totals.errors, opts.out));
      if (!opts.quiet) process.stderr.write(formatMergeSummary(result.totals, opts.out));
      setExitCode(result.exitCode);
    });
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
