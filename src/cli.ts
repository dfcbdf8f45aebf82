/**
 * The command line: parses flags, calls the library, maps results to exit codes (0 ok, 1 data errors, 2 usage or
 * internal errors). No logic lives here; every failure goes through the one error path of cli/failure.ts.
 */
import { Command, CommanderError, Option } from 'commander';
import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  parsers, pagePreparers, catalogItemJsonSchema, check, listChecks, exportDataset, diffDatasets, diffIsEmpty,
  parseExportFormats, DEFAULT_EXPORT_FORMATS, FORMATTERS, formatStylish, formatMarkdownSummary, formatDiffJson, formatDiffText, EXPORT_FORMATS,
  cleanFile, formatRuleSummary, coverage, formatCoverageText, renderReport,
} from './index.js';
import { describeFailure, formatFailure } from './cli/failure.js';
import { addIngestCommands } from './cli/ingest-command.js';
import { repeatable, wholeNumber } from './cli/options.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

export async function execute(argv: string[]): Promise<number> {
  let exitCode = 0;
  // The command being run names every message of the error path; `--debug` adds the stack trace of a bug.
  let command = '';
  const debug = argv.includes('--debug');
  const fail = (error: unknown): number => {
    const failure = describeFailure(error);
    process.stderr.write(formatFailure(command, failure, debug));
    return failure.exitCode;
  };
  // A reader that stops early (`| head -1`) closes the pipe: the run stops with one line, not an unhandled error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    process.exit(fail(error.code === 'EPIPE' ? Object.assign(error, { syscall: undefined, path: 'stdout' }) : error));
  });
  const program = new Command()
    .name('catalog')
    .description('Turn scraped 政府信息公开 catalogue pages into one clean, validated dataset.')
    .version(version)
    .option('--debug', 'show the stack trace when catalog fails on a bug')
    .exitOverride()
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      // Flag mistakes found by commander go the same way, with the command's help as the hint.
      outputError: (message, write) =>
        write(formatFailure(command, { what: message.replace(/^error: /, '').trim(), hint: command ? `\`catalog ${command} --help\` lists the options` : '`catalog --help` lists the commands', exitCode: 2 }, false)),
    })
    .hook('preAction', (_program, action) => {
      command = action.name();
    });

  addIngestCommands(program, (code) => (exitCode = code));

  program
    .command('clean')
    .description("print a file as ingest's files.jsonl holds it: decoded, HTML rendered, workbook rows, after every pass and repair; a per-rule summary goes to stderr")
    .argument('<file>', 'a text, HTML or workbook file')
    .option('--json', 'print {file, encoding, facts, summary, diagnostics, text} as JSON instead')
    .option('--diff', 'print the removed (-) and repaired (+) spans under their place and rule instead of the text')
    .action(async (path: string, opts: { json?: boolean; diff?: boolean }) => {
      // A path that cannot be read goes through the one error path, like every command's.
      const result = await cleanFile(path);
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
    .description('list the built-in parsers and the page containers prepared for them')
    .action(() => {
      for (const p of parsers) process.stdout.write(`${p.name.padEnd(16)} ${p.format.padEnd(5)} ${p.description}\n`);
      process.stdout.write('\nPage containers, prepared into text lines and table grids for the parsers above:\n');
      for (const p of pagePreparers) process.stdout.write(`${p.format.padEnd(22)} ${p.description}\n`);
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
    .option('--rule <id=severity>', 'set a rule to off, warn or error (repeatable)', repeatable, [])
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
    .option('--format <list>', `comma-separated: ${EXPORT_FORMATS.join(',')}`, DEFAULT_EXPORT_FORMATS.join(','))
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
    .option('--exit-code', 'exit 1 when anything was added, removed or changed (like `git diff --exit-code`)')
    .action(async (oldDir: string, newDir: string, opts: { format: string; exitCode?: boolean }) => {
      const diff = await diffDatasets(oldDir, newDir);
      if (diff.diagnostics.length > 0) process.stderr.write(formatStylish(diff.diagnostics));
      process.stdout.write(opts.format === 'json' ? formatDiffJson(diff) : formatDiffText(diff));
      const unreadable = diff.diagnostics.some((d) => d.severity === 'error');
      exitCode = unreadable || (opts.exitCode && !diffIsEmpty(diff)) ? 1 : 0;
    });

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

  // Named before parsing, so that commander's own errors name the command too.
  command = argv.slice(2).find((arg) => program.commands.some((c) => c.name() === arg)) ?? '';
  try {
    await program.parseAsync(argv);
  } catch (error) {
    // Commander has printed its own message (unknown option, missing argument) or the help/version.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    return fail(error);
  }
  return exitCode;
}
