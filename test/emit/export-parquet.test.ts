import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogItem } from '../../schemas/catalog-item.js';
import { iterateItems } from '../../src/dataset/read.js';
import { exportDataset } from '../../src/emit/export-dataset.js';
import { FIXTURES, tempDir } from '../helpers/items.js';

const clean = join(FIXTURES, 'clean');

describe('catalog export --format parquet', () => {
  it('writes items.parquet, listed in datapackage.json with its Table Schema, size and hash', async () => {
    const to = tempDir();
    const result = await exportDataset(clean, { to, formats: ['parquet'], name: 'clean' });
    expect(result).toEqual({ files: ['items.parquet', 'catalog.schema.json', 'datapackage.json'], diagnostics: [] });
    expect(readdirSync(to).sort()).toEqual(['catalog.schema.json', 'datapackage.json', 'items.parquet']);
    const pkg = JSON.parse(readFileSync(join(to, 'datapackage.json'), 'utf8'));
    const resource = pkg.resources[0];
    const bytes = readFileSync(join(to, 'items.parquet'));
    expect(resource).toMatchObject({
      name: 'items-parquet',
      path: 'items.parquet',
      profile: 'tabular-data-resource',
      format: 'parquet',
      mediatype: 'application/vnd.apache.parquet',
      bytes: bytes.length,
      hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
    });
    expect(resource).not.toHaveProperty('encoding');
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('PAR1');
    const fields = Object.fromEntries(resource.schema.fields.map((f: { name: string }) => [f.name, f]));
    expect(Object.keys(fields)).toEqual(Object.keys(CatalogItem.shape));
    expect(fields.publishedAt).toMatchObject({ type: 'date' });
    expect(fields.channels.type).toBe('array');
    expect(fields.source.type).toBe('object');
    expect(fields.sections.description).toMatch(/^Tree in pre-order: a list of \{depth, heading, number, text\}/);
  });

  it('holds the same items as items.jsonl, and the same bytes on a second export', async () => {
    const first = tempDir();
    const second = tempDir();
    await exportDataset(clean, { to: first, formats: ['parquet'] });
    await exportDataset(clean, { to: second, formats: ['parquet'] });
    expect(readFileSync(join(first, 'items.parquet'))).toEqual(readFileSync(join(second, 'items.parquet')));
    // The export folder has no items.jsonl, so the dataset reader takes items.parquet.
    const fromJsonl: CatalogItem[] = [];
    for await (const item of iterateItems(clean, () => {})) fromJsonl.push(item);
    const fromParquet: CatalogItem[] = [];
    for await (const item of iterateItems(first, () => {})) fromParquet.push(item);
    expect(fromJsonl.length).toBeGreaterThan(0);
    expect(fromParquet).toStrictEqual(fromJsonl);
  });

  it('is not written unless asked for', async () => {
    const to = tempDir();
    await exportDataset(clean, { to });
    expect(readdirSync(to)).not.toContain('items.parquet');
  });
});
