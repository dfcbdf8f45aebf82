/**
 * `catalog clean <file>` through the real CLI: cleaned text on stdout, per-rule summary on stderr.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..');
const bin = join(repo, 'dist/bin/catalog.js');
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: repo, encoding: 'utf8' });

describe('catalog clean', () => {
  it('prints the cleaned text and a summary per rule', () => {
    const r = run(['clean', 'samples/001_6462eb492de27ff8.txt']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('《人力资源社会保障部关于深化政务公开的意见》');
    expect(r.stdout).not.toContain('365体育官网');
    expect(r.stdout.split('\n')[4]).toBe('衡阳市人力资源和社会保障局 公开方式:主动公开');
    expect(r.stderr).toBe(
      [
        'clean/mojibake: 1 (5 chars)',
        '    ??|??',
        'clean/spam-line: 1 (7 chars)',
        '    365体育官网',
        'clean/spam-substitution: 98 (686 chars)',
        '    365体育官网 → 关于',
        '    365体育官网 → 政府信息公开目录',
        '',
      ].join('\n'),
    );
  });

  it('prints JSON with facts and diagnostics', () => {
    const r = run(['clean', '--json', 'samples/004_3051d7ee456ee7f6.txt']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { facts: { script: string }; diagnostics: { file: string; source: string }[]; text: string };
    expect(out.facts.script).toBe('traditional');
    expect(out.diagnostics.every((d) => d.file === 'samples/004_3051d7ee456ee7f6.txt' && d.source.startsWith('clean/'))).toBe(true);
    expect(out.text).toContain('附件:1.就业领域基层政务公开标准目录.xlsx');
  });

  it('exits 2 on a missing file', () => {
    expect(run(['clean', 'samples/no-such-file.txt']).status).toBe(2);
  });
});

describe('catalog clean runs ingest\'s path', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'catalog-clean-'));
  const dataset = join(tmp, 'out');
  const inputs = ['test/fixtures/html-table/hacked-page/input.html', 'test/fixtures/xlsx/jiuye.xlsx', 'samples/004_3051d7ee456ee7f6.txt'];
  const files = (): Map<string, string> => {
    const ingest = run(['ingest', ...inputs, '--out', dataset, '--quiet', '--jobs', '1']);
    expect(ingest.status).not.toBe(2);
    const records = readFileSync(join(dataset, 'files.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { path: string; cleanedText: string });
    return new Map(records.map((r) => [r.path, r.cleanedText]));
  };

  it('prints what files.jsonl holds, for an HTML page, a workbook and a text page', () => {
    const cleaned = files();
    for (const input of inputs) {
      const r = run(['clean', input]);
      expect(r.status, input).toBe(0);
      const text = cleaned.get(input)!;
      // The text as written, with a final newline when it has none.
      expect(r.stdout, input).toBe(text.endsWith('\n') ? text : `${text}\n`);
    }
  });

  it('renders an HTML page instead of printing its markup, without the spam <meta>', () => {
    const r = run(['clean', 'test/fixtures/html-table/hacked-page/input.html']);
    expect(r.stdout).not.toContain('<meta');
    expect(r.stdout).not.toContain('午夜福利');
    expect(r.stdout).toContain('衡阳市人力资源和社会保障局政府信息主动公开事项目录');
    expect(r.stderr).toContain('clean/html-spam-meta: 1');
  });

  it('prints a workbook as its rows, one line a row', () => {
    const r = run(['clean', 'test/fixtures/xlsx/jiuye.xlsx']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^就业!A4 \| 1\.1 \| 1\.就业信息服务 \| 1\.1就业政策法规咨询 \| /);
  });

  it('--diff shows each removed (-) and repaired (+) span under its place and rule', () => {
    const r = run(['clean', '--diff', 'samples/001_6462eb492de27ff8.txt']);
    expect(r.status).toBe(0);
    const hunks = r.stdout.split('@@ ').filter(Boolean);
    expect(hunks[0]).toBe('L1 clean/spam-line\n- 365体育官网\n');
    expect(hunks).toContain('L5 clean/mojibake\n- ??|??\n');
    expect(hunks.some((h) => /^L\d+ clean\/spam-substitution\n- 365体育官网\n\+ 关于\n$/u.test(h))).toBe(true);
  });

  it('exits 1 with the reason on a binary file no parser reads', () => {
    const path = join(tmp, 'blob.bin');
    writeFileSync(path, Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 9, 8]));
    const r = run(['clean', path]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^catalog clean: Binary content that no parser recognises/u);
  });
});
