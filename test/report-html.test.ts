import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportHtml, renderReport } from '../src/report/index.js';

const DATASET = 'test/fixtures/datasets/report-basic';
let dir: string;
let page: string;
let written: { path: string; bytes: number };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'report-html-'));
  written = await renderReport(DATASET, { out: join(dir, 'report.html'), standard: 'parser=xlsx' });
  page = await readFile(written.path, 'utf8');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const stat = (id: string) => page.match(new RegExp(`data-stat="${id}"><div class="value">([^<]*)<`))?.[1];

describe('renderReport on report-basic', () => {
  it('writes atomically: the returned size, no temp file left', async () => {
    expect(written.bytes).toBe(Buffer.byteLength(page, 'utf8'));
    expect(await readdir(dir)).toEqual(['report.html']);
  });

  it('shows the dataset numbers in the overview', () => {
    expect([stat('files'), stat('items'), stat('documents'), stat('errors'), stat('warnings'), stat('infos')]).toEqual(['5', '20', '1', '2', '5', '3']);
    expect(page).toContain('2 个文件没有解析器、没有条目或有错误');
    expect(page).toContain('No parser recognised this file (best score 0.10)');
  });

  it('shows coverage numbers and explanations', () => {
    expect([stat('standard-units'), stat('local-catalogues')]).toEqual(['7', '2']);
    expect(page).toMatch(/某县人力资源和社会保障局<\/a><\/td><td>8<\/td><td>5<\/td><td>2<\/td><td>2<\/td><td>71\.4%<\/td>/);
    expect(page).toMatch(/local\/b\.txt<\/a><\/td><td>4<\/td><td>2<\/td><td>5<\/td><td>2<\/td><td>28\.6%<\/td>/);
    expect(page).toContain('synonym: 社保卡≈社会保障卡');
    expect(page).toContain('contains: 「失业保险金申领」⊂「失业保险金申领服务」');
  });

  it('shows cleaning evidence as actual → expected', () => {
    expect(page).toContain('<del>365体育官网</del> → <ins>关于</ins>');
    expect(page).toContain('4 处清洗 (cleaning actions) in 1 个文件 files: 2 修复 repairs');
  });

  it('highlights annual-report findings in the stats tables', () => {
    expect(page).toContain('一致性问题 consistency findings (2)');
    expect(page).toMatch(/<tr class="flagged"><th>r7<\/th>/);
    expect(page).toMatch(/<tr class="flagged"><th>review<\/th>/);
    expect(page).toContain('<td class="num">8.97723</td>');
  });

  it('loads nothing from the network', () => {
    expect(page).not.toMatch(/https?:\/\//i);
    expect(page).not.toMatch(/(?:src|href)\s*=\s*["']?\s*\/\//i);
    expect(page).not.toMatch(/@import|url\(/i);
  });

  it('allows only its own script and style, by hash', () => {
    const csp = (page.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1] ?? '').replaceAll('&#39;', "'");
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; script-src 'sha256-[A-Za-z0-9+/=]+';/);
    expect(csp).not.toContain('unsafe');
  });

  it('escapes hostile data: only its own two script elements', () => {
    expect(page.match(/<script/gi)).toHaveLength(2);
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;意见');
    expect(page).toContain('意见&lt;/script&gt;&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;');
  });

  it('embeds the tables as JSON that round-trips the hostile strings', () => {
    const json = page.match(/<script type="application\/json" id="report-data">([^<]*)<\/script>/)?.[1];
    const data = JSON.parse(json!) as { tables: Record<string, { rows: unknown[][]; strings: string[] }> };
    expect(data.tables.items.rows).toHaveLength(21);
    expect(data.tables.files.rows).toHaveLength(5);
    expect(data.tables.diagnostics.rows).toHaveLength(10);
    expect(data.tables.items.rows.some((row) => String(row[2]).includes('</script><script>alert("xss")'))).toBe(true);
  });

  it('is deterministic', async () => {
    expect(await buildReportHtml(DATASET, { standard: 'parser=xlsx' })).toBe(page);
  });

  it('refuses a selector that matches nothing, saying what the dataset has', async () => {
    await expect(buildReportHtml(DATASET, { standard: 'parser=nothing' })).rejects.toThrow(/--standard parser=nothing: no item matches/);
  });
});
