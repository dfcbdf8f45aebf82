/**
 * Rule severities: defaults from the registry, then `catalog.config.json` (`{"rules": {"check/empty-content": "off"}}`),
 * then `--rule id=off|warn|error` options, the last one winning.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Severity } from '../../schemas/diagnostic.js';
import { UsageError } from '../usage-error.js';
import { CHECK_RULES } from './registry.js';

export const CONFIG_FILE = 'catalog.config.json';

export const RuleSetting = z.enum(['off', 'warn', 'error']);
export type RuleSetting = z.infer<typeof RuleSetting>;

export const CatalogConfig = z.strictObject({
  rules: z.record(z.string(), RuleSetting).optional(),
});
export type CatalogConfig = z.infer<typeof CatalogConfig>;


const KNOWN = new Set(CHECK_RULES.map((r) => r.id));

function assertKnown(id: string, where: string): void {
  if (!KNOWN.has(id)) throw new UsageError(`${where}: unknown rule "${id}"; \`catalog checks\` lists the rule ids.`);
}

/** Reads and validates a config file; a missing file is an empty config only when it was not named explicitly. */
export function loadConfig(path: string, explicit: boolean): CatalogConfig {
  if (!existsSync(path)) {
    if (explicit) throw new UsageError(`${path}: config file not found.`);
    return {};
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`${path}: not valid JSON (${(error as Error).message}).`);
  }
  const result = CatalogConfig.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new UsageError(`${path}: invalid config (${problems}); expected {"rules": {"check/<id>": "off" | "warn" | "error"}}.`);
  }
  for (const id of Object.keys(result.data.rules ?? {})) assertKnown(id, path);
  return result.data;
}

/** Parses `id=off|warn|error`. */
export function parseRuleOption(option: string): [string, RuleSetting] {
  const at = option.lastIndexOf('=');
  const id = option.slice(0, at).trim();
  const setting = RuleSetting.safeParse(option.slice(at + 1).trim());
  if (at <= 0 || !setting.success) throw new UsageError(`--rule ${option}: expected <rule-id>=off|warn|error.`);
  assertKnown(id, '--rule');
  return [id, setting.data];
}

/** The severity of every rule (undefined = off), defaults first, overridden by config, then by options. */
export function resolveSeverities(config: CatalogConfig, ruleOptions: readonly string[]): Map<string, Severity | undefined> {
  const severities = new Map<string, Severity | undefined>(CHECK_RULES.map((r) => [r.id, r.defaultSeverity]));
  const apply = (id: string, setting: RuleSetting) =>
    severities.set(id, setting === 'off' ? undefined : setting === 'warn' ? 'warning' : 'error');
  for (const [id, setting] of Object.entries(config.rules ?? {})) apply(id, setting);
  for (const option of ruleOptions) apply(...parseRuleOption(option));
  return severities;
}
