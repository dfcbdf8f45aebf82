/**
 * `catalog clean <file>` through the real CLI: cleaned text on stdout, per-rule summary on stderr.
 */
import { spawnSync } from 'node:child_process';
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
