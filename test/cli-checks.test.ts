/** The real CLI: `catalog check`, `checks`, `export`, `diff` over the fixture datasets, with their exit codes. */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, tempDir } from './helpers/items.js';

const bin = join(import.meta.dirname, '..', 'dist/bin/catalog.js');
const clean = join(FIXTURES, 'clean');
const defects = join(FIXTURES, 'defects');

/** Runs in the fixtures folder (no catalog.config.json) and never writes to a real job summary. */
function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: FIXTURES,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_STEP_SUMMARY: '', ...env },
  });
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.status };
}

describe('catalog check / checks / export / diff', () => {
  it('check exits 0 on the clean dataset and 1 on the defects, in every format', () => {
    expect(run(['check', clean])).toEqual({ stdout: 'No problems found.\n', stderr: '', exitCode: 0 });
    const outputs: Record<string, string> = {};
    for (const format of ['stylish', 'json', 'github']) {
      const failed = run(['check', defects, '--format', format]);
      expect(failed.exitCode).toBe(1);
      for (const id of ['check/residual-spam', 'check/time-limit-unparsed', 'check/time-limit-over-legal', 'check/duplicate-item', 'check/report-arithmetic']) {
        expect(failed.stdout).toContain(id);
      }
      outputs[format] = failed.stdout;
    }
    expect(outputs.github!.split('\n')[0]).toMatch(
      /^::error file=crawl\/hengyang-catalogue\.txt,line=8,title=check\/residual-spam::Spam "365体育官网" left in basisText/,
    );
  });

  it('check takes --rule (repeatable) and --max-warnings', () => {
    const args = ['check', defects, '--format', 'json', '--rule', 'check/residual-spam=off', '--rule', 'check/duplicate-item=off', '--rule', 'check/report-arithmetic=off'];
    const passing = run([...args, '--max-warnings', '2']);
    expect(JSON.parse(passing.stdout).map((d: { ruleId: string }) => d.ruleId)).toEqual(['check/time-limit-unparsed', 'check/time-limit-over-legal']);
    expect(passing.exitCode).toBe(0);
    expect(run([...args, '--max-warnings', '1']).exitCode).toBe(1);
  });

  it('check appends a Markdown summary to $GITHUB_STEP_SUMMARY', () => {
    const summary = join(tempDir(), 'summary.md');
    writeFileSync(summary, '# earlier step\n');
    run(['check', defects], { GITHUB_STEP_SUMMARY: summary });
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith('# earlier step\n## catalog check\n')).toBe(true);
    expect(text).toContain('**2** errors, **3** warnings');
    expect(text).toContain('| error | crawl/hengyang-catalogue.txt | L8 | `check/residual-spam` |');
  });

  it.each([
    [['check', defects, '--rule', 'check/nope=off'], /unknown rule "check\/nope"/],
    [['check', defects, '--max-warnings', 'many'], /expected a whole number/],
    [['check', defects, '--format', 'xml'], /Allowed choices are stylish, json, github/],
    [['check', join(FIXTURES, 'missing')], /^catalog check: no such dataset folder \(.*missing\)\n  hint: pass the folder written by/],
    [['export', clean, '--to', tempDir(), '--format', 'csv,pdf'], /--format csv,pdf/],
    [['diff', clean, join(FIXTURES, 'missing')], /^catalog diff: no such dataset folder \(.*missing\)/],
  ])('usage errors exit 2: %j', (args, message) => {
    const result = run(args);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('ingest --check runs the same rules over the dataset it wrote', () => {
    const out = tempDir();
    const samples = join(import.meta.dirname, '..', 'samples');
    const result = run(['ingest', samples, '--out', out, '--check']);
    const checked = run(['check', out]);
    expect(result.stderr).toContain(checked.stdout);
    // The samples ingest with exit 0 (cli-samples.test.ts), so the run's exit code is the check's.
    expect(result.exitCode).toBe(checked.exitCode);
    expect(run(['ingest', samples, '--out', '-', '--check']).exitCode).toBe(2);
  });

  it('checks lists every rule with its default severity', () => {
    const rules = JSON.parse(run(['checks', '--json']).stdout) as Array<{ id: string; defaultSeverity: string; description: string }>;
    expect(rules.map((r) => r.id)).toEqual([
      'check/schema', 'check/required-fields', 'check/duplicate-item', 'check/residual-spam', 'check/residual-traditional',
      'check/mojibake', 'check/time-limit-unparsed', 'check/basis-unparsed', 'check/time-limit-over-legal',
      'check/report-arithmetic', 'check/declared-count-mismatch', 'check/empty-content',
    ]);
    for (const r of rules) expect(r.description.length).toBeGreaterThan(20);
    expect(run(['checks']).stdout).toMatch(/^check\/empty-content\s+warning\s+A catalogue row has 公开内容/m);
  });

  it('export writes the chosen formats and lists them', () => {
    const result = run(['export', clean, '--to', tempDir(), '--format', 'csv,json']);
    expect(result).toEqual({ stdout: 'items.csv\nitems.json\ncatalog.schema.json\ndatapackage.json\n', stderr: '', exitCode: 0 });
  });

  it('diff prints text or JSON', () => {
    expect(run(['diff', clean, defects]).stdout).toContain('+ hengyang-catalogue.txt › 人事信息 › 公务员招录  (crawl/hengyang-catalogue.txt L9)');
    const json = JSON.parse(run(['diff', clean, defects, '--format', 'json']).stdout);
    // Sorted by key in code-unit order: deterministic, not collation.
    expect(json.added.map((e: { key: string }) => e.key)).toEqual([
      'hengyang-catalogue.txt › 业务事项 › 社会保险待遇标准',
      'hengyang-catalogue.txt › 人事信息 › 公务员招录',
      'hengyang-catalogue.txt › 政策文件信息 › 行政执法公示制度',
      'hengyang-catalogue.txt › 机构职能信息 › 机构职能 #2',
    ]);
    expect(json.changed.map((e: { fields: Array<{ field: string }> }) => e.fields.map((f) => f.field))).toEqual([['stats']]);
  });
});
