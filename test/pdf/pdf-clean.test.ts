/** `catalog clean` on a PDF shows the text the parsers read, the page furniture it dropped, and why a scan gave nothing. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cleanFile } from '../../src/clean/clean-file.js';
import { writePdf } from '../helpers/pdf-writer.js';
import { referencePdf } from '../formats/make-pdf.js';
import { TITLE } from '../formats/reference-catalogue.js';

it('lists the dropped page furniture, and a scanned PDF as an error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'catalog-pdf-clean-'));
  writeFileSync(join(dir, 'catalogue.pdf'), referencePdf());
  writeFileSync(join(dir, 'scan.pdf'), writePdf([{ image: true }]));
  const catalogue = await cleanFile(join(dir, 'catalogue.pdf'));
  expect(catalogue.text).toBe(TITLE);
  expect(catalogue.summary.map((s) => s.ruleId)).toEqual(expect.arrayContaining(['pdf/page-number', 'pdf/running-line']));
  expect(catalogue.errors).toEqual([]);
  const scan = await cleanFile(join(dir, 'scan.pdf'));
  expect(scan.errors.map((e) => e.ruleId)).toEqual(['pdf/no-text-layer']);
});
