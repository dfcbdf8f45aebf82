import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Diagnostic } from '../../schemas/diagnostic.js';
import { check } from '../../src/checks/check.js';
import { formatGithub } from '../../src/format/github.js';
import { formatJson } from '../../src/format/json.js';
import { formatMarkdownSummary } from '../../src/format/markdown-summary.js';
import { formatStylish } from '../../src/format/stylish.js';
import { FIXTURES } from '../helpers/items.js';

const clean = join(FIXTURES, 'clean');
const defects = join(FIXTURES, 'defects');
/** No config file may leak in from the working folder. */
const cwd = FIXTURES;

/** The defects planted in test/fixtures/datasets/defects, one finding each, in file/line order. */
const PLANTED = [
  ['crawl/hengyang-catalogue.txt', 'L8', 'check/residual-spam', 'error'],
  ['crawl/hengyang-catalogue.txt', 'L9', 'check/time-limit-unparsed', 'warning'],
  ['crawl/hengyang-catalogue.txt', 'L10-L11', 'check/time-limit-over-legal', 'warning'],
  ['crawl/hengyang-catalogue.txt', 'L41-L48', 'check/duplicate-item', 'error'],
  ['crawl/yiyang-2021-annual-report.txt', 'L90-L92', 'check/report-arithmetic', 'warning'],
];

describe('check on the fixture datasets', () => {
  it('passes the clean dataset in every format', async () => {
    const result = await check(clean, { cwd });
    expect(result).toEqual({ diagnostics: [], counts: { error: 0, warning: 0, info: 0 }, exitCode: 0 });
    expect(formatStylish(result.diagnostics)).toBe('No problems found.\n');
    expect(JSON.parse(formatJson(result.diagnostics))).toEqual([]);
    expect(formatGithub(result.diagnostics)).toBe('');
    expect(formatMarkdownSummary(result.diagnostics)).toContain('No problems found.');
  });

  it('finds exactly the planted defects, pointing at their source places', async () => {
    const result = await check(defects, { cwd });
    expect(result.diagnostics.map((d) => [d.file, d.place, d.ruleId, d.severity])).toEqual(PLANTED);
    expect(result.counts).toEqual({ error: 2, warning: 3, info: 0 });
    expect(result.exitCode).toBe(1);
  });

  it('reports the same rule ids in every format', async () => {
    const { diagnostics } = await check(defects, { cwd });
    const ids = PLANTED.map((p) => p[2]!);
    const json = JSON.parse(formatJson(diagnostics)) as unknown[];
    expect(json.map((d) => Diagnostic.parse(d).ruleId)).toEqual(ids);
    const stylish = formatStylish(diagnostics);
    for (const id of ids) expect(stylish).toContain(id);
    expect(stylish).toContain('5 problems (2 errors, 3 warnings, 0 infos)');
    const github = formatGithub(diagnostics).trimEnd().split('\n');
    expect(github.map((l) => /title=([^:,]+)/.exec(l)?.[1])).toEqual(ids);
    const summary = formatMarkdownSummary(diagnostics);
    for (const id of ids) expect(summary).toContain(`\`${id}\``);
  });

  it('github annotations point at the source file and lines', async () => {
    const lines = formatGithub((await check(defects, { cwd })).diagnostics).trimEnd().split('\n');
    expect(lines.map((l) => /^::(\w+) ([^:]*)::/.exec(l)?.slice(1))).toEqual([
      ['error', 'file=crawl/hengyang-catalogue.txt,line=8,title=check/residual-spam'],
      ['warning', 'file=crawl/hengyang-catalogue.txt,line=9,title=check/time-limit-unparsed'],
      ['warning', 'file=crawl/hengyang-catalogue.txt,line=10,endLine=11,title=check/time-limit-over-legal'],
      ['error', 'file=crawl/hengyang-catalogue.txt,line=41,endLine=48,title=check/duplicate-item'],
      ['warning', 'file=crawl/yiyang-2021-annual-report.txt,line=90,endLine=92,title=check/report-arithmetic'],
    ]);
    // The planted lines of the fixture are the ones the annotations name.
    const items = readFileSync(join(defects, 'items.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(items.find((i) => i.source.place === 'L8').basisText).toContain('365体育官网');
  });

  it('tells what was found and what was expected', async () => {
    const { diagnostics } = await check(defects, { cwd });
    const arithmetic = diagnostics.find((d) => d.ruleId === 'check/report-arithmetic')!;
    expect(arithmetic).toMatchObject({ actual: '1', expected: '2' });
    expect(arithmetic.message).toMatch(/^report\/r5-review-total: §四 reconsideration: 总计 is 1 but/);
    const over = diagnostics.find((d) => d.ruleId === 'check/time-limit-over-legal')!;
    expect(over.actual).toBe('自该政府信息形成或者变更之日起30个工作日内');
  });
});
