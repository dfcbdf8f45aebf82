import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { addCheckCommands } from '../../src/commands/check-commands.js';
import { FIXTURES, tempDir } from '../helpers/items.js';

async function run(args: string[], env: Record<string, string> = {}) {
  const out = { stdout: '', stderr: '', exitCode: 0 };
  const program = new Command('catalog').exitOverride();
  addCheckCommands(program, {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    env,
    cwd: FIXTURES,
    setExitCode: (code) => void (out.exitCode = code),
  });
  await program.parseAsync(['node', 'catalog', ...args]);
  return out;
}

const clean = join(FIXTURES, 'clean');
const defects = join(FIXTURES, 'defects');

describe('catalog check / checks / export / diff', () => {
  it('check exits 0 on the clean dataset and 1 on the defects', async () => {
    expect(await run(['check', clean])).toEqual({ stdout: 'No problems found.\n', stderr: '', exitCode: 0 });
    const failed = await run(['check', defects, '--format', 'github']);
    expect(failed.exitCode).toBe(1);
    expect(failed.stdout.split('\n')[0]).toBe(
      '::error file=crawl/hengyang-catalogue.txt,line=8,title=check/residual-spam::Spam "365体育" left in basisText: add it to the cleaning lexicon or repair the source text.%0Aactual: 《国务院办公厅365体育官网全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》(国办发〔20…',
    );
  });

  it('check takes --rule (repeatable) and --max-warnings', async () => {
    const args = ['check', defects, '--format', 'json', '--rule', 'check/residual-spam=off', '--rule', 'check/duplicate-item=off', '--rule', 'check/report-arithmetic=off'];
    const passing = await run([...args, '--max-warnings', '2']);
    expect(JSON.parse(passing.stdout).map((d: { ruleId: string }) => d.ruleId)).toEqual(['check/time-limit-unparsed', 'check/time-limit-over-legal']);
    expect(passing.exitCode).toBe(0);
    expect((await run([...args, '--max-warnings', '1'])).exitCode).toBe(1);
  });

  it('check appends a Markdown summary to $GITHUB_STEP_SUMMARY', async () => {
    const summary = join(tempDir(), 'summary.md');
    writeFileSync(summary, '# earlier step\n');
    await run(['check', defects], { GITHUB_STEP_SUMMARY: summary });
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith('# earlier step\n## catalog check\n')).toBe(true);
    expect(text).toContain('**3** errors, **2** warnings');
    expect(text).toContain('| error | crawl/hengyang-catalogue.txt | L8 | `check/residual-spam` |');
  });

  it.each([
    [['check', defects, '--rule', 'check/nope=off'], /unknown rule "check\/nope"/],
    [['check', defects, '--max-warnings', 'many'], /--max-warnings many/],
    [['check', join(FIXTURES, 'missing')], /is not a directory/],
    [['export', clean, '--to', tempDir(), '--format', 'csv,pdf'], /--format csv,pdf/],
    [['diff', clean, join(FIXTURES, 'missing')], /is not a directory/],
  ])('usage errors exit 2: %j', async (args, message) => {
    const result = await run(args);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('checks lists every rule with its default severity', async () => {
    const { stdout } = await run(['checks', '--json']);
    const rules = JSON.parse(stdout) as Array<{ id: string; defaultSeverity: string; description: string }>;
    expect(rules.map((r) => r.id)).toEqual([
      'check/schema', 'check/required-fields', 'check/duplicate-item', 'check/residual-spam', 'check/residual-traditional',
      'check/mojibake', 'check/time-limit-unparsed', 'check/basis-unparsed', 'check/time-limit-over-legal',
      'check/report-arithmetic', 'check/declared-count-mismatch', 'check/empty-content',
    ]);
    for (const r of rules) expect(r.description.length).toBeGreaterThan(20);
    expect((await run(['checks'])).stdout).toContain('check/empty-content');
  });

  it('export writes the chosen formats and lists them', async () => {
    const to = tempDir();
    const result = await run(['export', clean, '--to', to, '--format', 'csv,json']);
    expect(result).toEqual({ stdout: 'items.csv\nitems.json\ncatalog.schema.json\ndatapackage.json\n', stderr: '', exitCode: 0 });
  });

  it('diff prints text or JSON', async () => {
    expect((await run(['diff', clean, defects])).stdout).toContain('+ hengyang-catalogue.txt › 人事信息 › 公务员招录');
    const json = JSON.parse((await run(['diff', clean, defects, '--format', 'json'])).stdout);
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
