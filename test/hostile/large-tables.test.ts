/**
 * Large tables give all their rows: no step spreads a whole table into a call's arguments (`push(...items)`,
 * `Math.max(...cells)`), which overflows the call stack from about 125,000 rows on a default stack. The long run
 * (`npm run fuzz`) reads 125,000-row CSV, HTML and XLSX tables as found; the normal suite reads 15,000 rows with the
 * stack cut to a tenth (a spread overflows it from about 13,000), in one thread with a worker's heap, under 1 GiB.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { expect, it } from 'vitest';
import { SCALE } from './cases.js';
import { peakRss, peakRssPreload } from './peak-rss.js';

const repo = join(import.meta.dirname, '../..');
const ROWS = SCALE > 1 ? 125_000 : 15_000;
const LABELS = ['事项名称', '公开内容', '公开依据', '公开渠道', '公开时限', '公开责任'];
const row = (k: number) => [`事项${k}`, `第${k}项的公开内容。`, '《中华人民共和国政府信息公开条例》', '政府网站', '20个工作日内', '办公室'];
const rows = () => Array.from({ length: ROWS }, (_, k) => row(k + 1));

const BUILD: Record<string, () => Buffer> = {
  'table.csv': () => Buffer.from([LABELS, ...rows()].map((r) => r.join(',')).join('\n')),
  'table.html': () =>
    Buffer.from(
      `<!DOCTYPE html><html><head><meta charset="utf-8"><title>目录</title></head><body><table><tr>${LABELS.map((l) => `<th>${l}</th>`).join('')}</tr>` +
        rows().map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('') +
        '</table></body></html>',
    ),
  'table.xlsx': () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([LABELS, ...rows()]), 'Sheet1');
    return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
  },
};

it(`reads every row of ${ROWS}-row CSV, HTML and XLSX tables`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'catalog-large-'));
  for (const [name, build] of Object.entries(BUILD)) writeFileSync(join(dir, name), build());
  const preload = peakRssPreload(dir);
  const stack = SCALE > 1 ? [] : ['--stack-size=100'];
  const started = Date.now();
  const run = spawnSync(
    process.execPath,
    [...stack, '--max-old-space-size=1024', '--require', preload, join(repo, 'dist/bin/catalog.js'), 'ingest', dir, '--out', join(dir, 'out'), '--jobs', '1', '--quiet'],
    { encoding: 'utf8', timeout: 1_500_000 },
  );
  const peak = peakRss(run.stderr);
  console.log(`large tables (${ROWS} rows × 3): ${((Date.now() - started) / 1000).toFixed(1)} s, peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB`);
  expect(run.stderr).not.toMatch(/Maximum call stack|heap out of memory|internal error/i);
  expect(run.status).toBe(0);
  const count = new Map<string, number>();
  for (const line of readFileSync(join(dir, 'out/items.jsonl'), 'utf8').split('\n').filter(Boolean)) {
    const item = JSON.parse(line) as { kind: string; source: { file: string } };
    if (item.kind === 'item') count.set(item.source.file, (count.get(item.source.file) ?? 0) + 1);
  }
  for (const name of Object.keys(BUILD)) expect(count.get(join(dir, name)), name).toBe(ROWS);
  expect(peak).toBeLessThan(2 ** 30);
}, 1_800_000);
