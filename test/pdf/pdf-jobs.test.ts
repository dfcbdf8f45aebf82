/** PDFs are read the same on the worker threads of --jobs 2 (the built worker) as in the main thread (--jobs 1). */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { writePdf } from '../helpers/pdf-writer.js';
import { referencePdf } from '../formats/make-pdf.js';
import { noticePdf } from './make-notice.js';

it('writes the same dataset from PDFs with --jobs 1 and --jobs 2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'catalog-pdf-jobs-'));
  const inputs = join(dir, 'in');
  mkdirSync(inputs);
  writeFileSync(join(inputs, 'catalogue.pdf'), referencePdf(true));
  writeFileSync(join(inputs, 'unruled.pdf'), referencePdf(false));
  writeFileSync(join(inputs, 'notice.pdf'), noticePdf());
  writeFileSync(join(inputs, 'scan.pdf'), writePdf([{ image: true }]));
  const datasets = [1, 2].map((jobs) => {
    const out = join(dir, `jobs-${jobs}`);
    const run = runCli(['ingest', inputs, '--out', out, '--jobs', String(jobs), '--quiet'], { timeout: 120_000 });
    expect(run.stderr).not.toMatch(/internal error|crash/i);
    expect(run.status).toBe(1); // the scanned PDF is an error
    expect(run.stderr).toContain('pdf/no-text-layer');
    return ['items.jsonl', 'files.jsonl', 'report.json'].map((f) => readFileSync(join(out, f), 'utf8'));
  });
  expect(datasets[1]).toEqual(datasets[0]);
  const items = datasets[0]![0]!.trim().split('\n').map((l) => JSON.parse(l) as { kind: string; source: { format: string } });
  expect(items.filter((i) => i.kind === 'item')).toHaveLength(48);
  expect(items.filter((i) => i.kind === 'document')).toHaveLength(1);
  expect(items.every((i) => i.source.format === 'pdf')).toBe(true);
});
