import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/checks/check.js';
import { UsageError } from '../../src/usage-error.js';
import { FIXTURES, tempDir } from '../helpers/items.js';

const defects = join(FIXTURES, 'defects');

function configDir(config: string): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'catalog.config.json'), config);
  return dir;
}

const ids = (r: { diagnostics: Array<{ ruleId: string; severity: string }> }) => r.diagnostics.map((d) => `${d.ruleId} ${d.severity}`);

describe('rule severities and exit codes', () => {
  it('--rule turns rules off or changes their severity', async () => {
    const result = await check(defects, {
      cwd: FIXTURES,
      rules: ['check/residual-spam=off', 'check/duplicate-item=off', 'check/report-arithmetic=warn', 'check/time-limit-unparsed=error'],
    });
    expect(ids(result)).toEqual([
      'check/time-limit-unparsed error',
      'check/time-limit-over-legal warning',
      'check/report-arithmetic warning',
    ]);
    expect(result.exitCode).toBe(1);
  });

  it('only warnings pass, unless there are more than --max-warnings', async () => {
    const rules = ['check/residual-spam=off', 'check/duplicate-item=off', 'check/report-arithmetic=off'];
    expect((await check(defects, { cwd: FIXTURES, rules })).exitCode).toBe(0);
    expect((await check(defects, { cwd: FIXTURES, rules, maxWarnings: 2 })).exitCode).toBe(0);
    expect((await check(defects, { cwd: FIXTURES, rules, maxWarnings: 1 })).exitCode).toBe(1);
  });

  it('reads catalog.config.json from the working folder; --rule wins over it', async () => {
    const cwd = configDir('{"rules": {"check/residual-spam": "off", "check/duplicate-item": "warn"}}');
    expect(ids(await check(defects, { cwd }))).toEqual([
      'check/time-limit-unparsed warning',
      'check/time-limit-over-legal warning',
      'check/duplicate-item warning',
      'check/report-arithmetic warning',
    ]);
    const overridden = await check(defects, { cwd, rules: ['check/duplicate-item=off', 'check/residual-spam=error'] });
    expect(ids(overridden)).not.toContain('check/duplicate-item warning');
    expect(ids(overridden)).toContain('check/residual-spam error');
  });

  it.each([
    ['not JSON', '{rules:', /not valid JSON/],
    ['a bad severity', '{"rules": {"check/empty-content": "silent"}}', /rules\.check\/empty-content/],
    ['an unknown key', '{"rule": {}}', /invalid config/],
    ['an unknown rule', '{"rules": {"check/no-such-rule": "off"}}', /unknown rule "check\/no-such-rule"/],
  ])('a config with %s is a usage error', async (_label, config, message) => {
    await expect(check(defects, { cwd: configDir(config) })).rejects.toThrow(message);
    await expect(check(defects, { cwd: configDir(config) })).rejects.toBeInstanceOf(UsageError);
  });

  it.each([
    [{ rules: ['check/residual-spam'] }, /expected <rule-id>=off\|warn\|error/],
    [{ rules: ['check/nope=off'] }, /unknown rule/],
    [{ maxWarnings: -1 }, /--max-warnings/],
    [{ configPath: '/nonexistent/catalog.config.json' }, /config file not found/],
  ])('bad options are usage errors: %j', async (options, message) => {
    await expect(check(defects, { cwd: FIXTURES, ...options })).rejects.toThrow(message);
  });

  it('a folder without items.jsonl is a usage error', async () => {
    await expect(check(tempDir(), { cwd: FIXTURES })).rejects.toThrow(/not a dataset: neither items\.jsonl nor items\.parquet is there/);
  });
});
