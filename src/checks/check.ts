/** `check(datasetDir)`: the data-quality rules over a dataset directory, as a library call. */
import { join } from 'node:path';
import type { Diagnostic, Severity } from '../../schemas/diagnostic.js';
import { assertDataset, iterateItemRecords } from '../dataset/read.js';
import { UsageError } from '../usage-error.js';
import { CONFIG_FILE, loadConfig, resolveSeverities } from './config.js';
import { runChecks } from './run.js';
import { compareDiagnostics } from './sort.js';

export interface CheckOptions {
  /** `id=off|warn|error`, applied after the config file. */
  rules?: readonly string[];
  /** Config file; default `catalog.config.json` in `cwd` when it exists. */
  configPath?: string;
  cwd?: string;
  /** More warnings than this fails the run (exit 1). */
  maxWarnings?: number;
}

export type SeverityCounts = Record<Severity, number>;

export interface CheckResult {
  diagnostics: Diagnostic[];
  counts: SeverityCounts;
  /** 0 clean, 1 errors or too many warnings. Usage errors throw UsageError (exit 2). */
  exitCode: 0 | 1;
}

export function countSeverities(diagnostics: readonly Diagnostic[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}

export async function check(datasetDir: string, options: CheckOptions = {}): Promise<CheckResult> {
  if (options.maxWarnings !== undefined && !(Number.isInteger(options.maxWarnings) && options.maxWarnings >= 0)) {
    throw new UsageError(`--max-warnings ${options.maxWarnings}: expected a whole number ≥ 0.`);
  }
  const config = options.configPath
    ? loadConfig(options.configPath, true)
    : loadConfig(join(options.cwd ?? process.cwd(), CONFIG_FILE), false);
  const severities = resolveSeverities(config, options.rules ?? []);
  assertDataset(datasetDir);
  const readDiagnostics: Diagnostic[] = [];
  const found = await runChecks(iterateItemRecords(datasetDir, (d) => readDiagnostics.push(d)), severities);
  const diagnostics = [...readDiagnostics, ...found].sort(compareDiagnostics);
  const counts = countSeverities(diagnostics);
  const tooManyWarnings = options.maxWarnings !== undefined && counts.warning > options.maxWarnings;
  return { diagnostics, counts, exitCode: counts.error > 0 || tooManyWarnings ? 1 : 0 };
}
