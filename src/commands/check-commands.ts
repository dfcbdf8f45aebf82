/**
 * The `check`, `checks`, `export` and `diff` commands, added to the commander program in src/cli.ts.
 * Each action is a thin call into the library; exit codes: 0 clean, 1 findings, 2 usage error.
 */
import { appendFileSync } from 'node:fs';
import { type Command, Option } from 'commander';
import { check } from '../checks/check.js';
import { UsageError } from '../checks/config.js';
import { listChecks } from '../checks/registry.js';
import { DatasetError } from '../dataset/read.js';
import { diffDatasets } from '../diff/diff-datasets.js';
import { formatDiffJson, formatDiffText } from '../diff/format-diff.js';
import { EXPORT_FORMATS, type ExportFormat } from '../emit/datapackage.js';
import { exportDataset } from '../emit/export-dataset.js';
import { FORMATTERS } from '../format/formatters.js';
import { formatMarkdownSummary } from '../format/markdown-summary.js';
import { formatStylish } from '../format/stylish.js';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
  setExitCode(code: number): void;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings ${value}: expected a whole number ≥ 0.`);
  return Number(value);
}

function parseFormats(value: string): ExportFormat[] {
  const formats = value.split(',').map((f) => f.trim()).filter(Boolean);
  const unknown = formats.filter((f) => !(EXPORT_FORMATS as readonly string[]).includes(f));
  if (unknown.length > 0 || formats.length === 0) {
    throw new UsageError(`--format ${value}: expected a comma-separated list of ${EXPORT_FORMATS.join(', ')}.`);
  }
  return formats as ExportFormat[];
}

/** Runs an action, turning usage mistakes into a message and exit code 2. */
async function guarded(io: CliIo, action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    if (error instanceof UsageError || error instanceof DatasetError) {
      io.stderr(`catalog: ${error.message}\n`);
      io.setExitCode(2);
      return;
    }
    throw error;
  }
}

export function addCheckCommands(program: Command, io: CliIo): void {
  program
    .command('check')
    .description('Run the data-quality rules over a dataset directory (exit 0 clean, 1 problems, 2 usage error).')
    .argument('<dataset-dir>', 'folder written by `catalog ingest --out`')
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(FORMATTERS)).default('stylish'))
    .option('--rule <id=severity>', 'set a rule to off, warn or error (repeatable)', collect, [])
    .option('-c, --config <path>', 'config file (default: catalog.config.json in the current folder, if any)')
    .option('--max-warnings <n>', 'fail when there are more warnings than this')
    .action((datasetDir: string, opts: { format: string; rule: string[]; config?: string; maxWarnings?: string }) =>
      guarded(io, async () => {
        const result = await check(datasetDir, {
          rules: opts.rule,
          configPath: opts.config,
          cwd: io.cwd,
          maxWarnings: opts.maxWarnings === undefined ? undefined : parseCount(opts.maxWarnings),
        });
        io.stdout(FORMATTERS[opts.format]!(result.diagnostics));
        const summary = io.env.GITHUB_STEP_SUMMARY;
        if (summary) appendFileSync(summary, formatMarkdownSummary(result.diagnostics));
        io.setExitCode(result.exitCode);
      }),
    );

  program
    .command('checks')
    .description('List the data-quality rules: id, default severity, description.')
    .option('--json', 'as JSON')
    .action((opts: { json?: boolean }) => {
      const rules = listChecks();
      if (opts.json) io.stdout(`${JSON.stringify(rules, null, 2)}\n`);
      else io.stdout(rules.map((r) => `${r.id.padEnd(30)} ${r.defaultSeverity.padEnd(8)} ${r.description}\n`).join(''));
    });

  program
    .command('export')
    .description('Publish a dataset as open data: items in CSV/XLSX/JSONL/JSON, catalog.schema.json and datapackage.json.')
    .argument('<dataset-dir>', 'folder written by `catalog ingest --out`')
    .requiredOption('--to <dir>', 'output folder (created if missing)')
    .option('--format <list>', `comma-separated: ${EXPORT_FORMATS.join(',')}`, EXPORT_FORMATS.join(','))
    .option('--name <name>', 'datapackage name (default: the dataset folder name)')
    .action((datasetDir: string, opts: { to: string; format: string; name?: string }) =>
      guarded(io, async () => {
        const formats = parseFormats(opts.format);
        const result = await exportDataset(datasetDir, { to: opts.to, formats, name: opts.name });
        if (result.diagnostics.length > 0) io.stderr(formatStylish(result.diagnostics));
        io.stdout(result.files.map((f) => `${f}\n`).join(''));
        io.setExitCode(result.diagnostics.some((d) => d.severity === 'error') ? 1 : 0);
      }),
    );

  program
    .command('diff')
    .description('Items added, removed and changed between two datasets, matched by publisher + category + name.')
    .argument('<old-dataset>')
    .argument('<new-dataset>')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((oldDir: string, newDir: string, opts: { format: string }) =>
      guarded(io, async () => {
        const diff = await diffDatasets(oldDir, newDir);
        if (diff.diagnostics.length > 0) io.stderr(formatStylish(diff.diagnostics));
        io.stdout(opts.format === 'json' ? formatDiffJson(diff) : formatDiffText(diff));
        io.setExitCode(diff.diagnostics.some((d) => d.severity === 'error') ? 1 : 0);
      }),
    );
}
