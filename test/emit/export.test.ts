import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as XLSX from 'xlsx';
import { CatalogItem } from '../../schemas/catalog-item.js';
import { FIELD_TITLES } from '../../schemas/field-titles.js';
import { exportDataset } from '../../src/emit/export-dataset.js';
import { FLAT_COLUMNS } from '../../src/emit/table-schema.js';
import { baseItem, FIXTURES, tempDir, writeDataset } from '../helpers/items.js';

const clean = join(FIXTURES, 'clean');
const FILES = ['items.csv', 'items.xlsx', 'items.jsonl', 'items.json', 'catalog.schema.json', 'datapackage.json'];

async function exported(dataset = clean): Promise<string> {
  const to = tempDir();
  const result = await exportDataset(dataset, { to, name: 'clean' });
  expect(result).toEqual({ files: FILES, diagnostics: [] });
  return to;
}

afterEach(() => vi.useRealTimers());

describe('exportDataset', () => {
  it('writes every format and nothing else (no temporary files left)', async () => {
    const to = await exported();
    expect(readdirSync(to).sort()).toEqual([...FILES].sort());
  });

  it('writes a Frictionless data package whose resources describe the files', async () => {
    const to = await exported();
    const pkg = JSON.parse(readFileSync(join(to, 'datapackage.json'), 'utf8'));
    expect(pkg).toMatchObject({ profile: 'tabular-data-package', name: 'clean' });
    expect(pkg.name).toMatch(/^[a-z0-9._-]+$/);
    expect(pkg.resources.map((r: { name: string }) => r.name)).toEqual(['items-csv', 'items-xlsx', 'items-jsonl', 'items-json', 'catalog-schema']);
    for (const resource of pkg.resources) {
      expect(resource.name).toMatch(/^[a-z0-9._-]+$/);
      for (const key of ['path', 'format', 'mediatype', 'bytes', 'hash']) expect(resource).toHaveProperty(key);
      const bytes = readFileSync(join(to, resource.path));
      expect(resource.bytes).toBe(bytes.length);
      expect(resource.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
      if (resource.profile === 'tabular-data-resource') expect(resource.schema.primaryKey).toBe('id');
    }
    expect(pkg.resources[0]).toMatchObject({ encoding: 'utf-8', mediatype: 'text/csv', dialect: { delimiter: ',', lineTerminator: '\r\n' } });
  });

  it('generates every Table Schema field, with a type and a bilingual title, from the zod schema', async () => {
    const to = await exported();
    const pkg = JSON.parse(readFileSync(join(to, 'datapackage.json'), 'utf8'));
    const types = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'date'];
    const tabular = pkg.resources.filter((r: { schema?: unknown }) => r.schema);
    expect(tabular).toHaveLength(4);
    for (const resource of tabular) {
      for (const field of resource.schema.fields as Array<{ title: string; type: string }>) {
        expect(types).toContain(field.type);
        expect(field.title).toMatch(/^\p{Script=Han}.* \/ [A-Z]/u);
      }
    }
    const names = (r: { schema: { fields: Array<{ name: string }> } }) => r.schema.fields.map((f) => f.name);
    // JSON keeps CatalogItem's fields; CSV/XLSX split timeLimit, source and context into columns and lose none of them.
    expect(names(pkg.resources[3])).toEqual(Object.keys(CatalogItem.shape));
    const flat = names(pkg.resources[0]);
    const folded = flat.map((n: string) => n.replace(/^source\..*/, 'source').replace(/^context\..*/, 'context').replace('timeLimitClauses', 'timeLimit'));
    expect(folded).toEqual(
      Object.keys(CatalogItem.shape).flatMap((k) => (k === 'timeLimit' ? [k, k] : k === 'source' ? Array(7).fill(k) : k === 'context' ? Array(6).fill(k) : [k])),
    );
    expect(pkg.resources[0].schema.fields.find((f: { name: string }) => f.name === 'name').title).toBe(
      `${FIELD_TITLES.name.zh} / ${FIELD_TITLES.name.en}`,
    );
    const csvFields = Object.fromEntries(pkg.resources[0].schema.fields.map((f: { name: string }) => [f.name, f]));
    expect(csvFields.id.constraints).toEqual({ required: true, unique: true });
    expect(csvFields.kind.constraints).toEqual({ required: true, enum: ['item', 'document'] });
    expect(csvFields.channels.type).toBe('string'); // joined with ； in CSV
    expect(csvFields.publishedAt).toMatchObject({ type: 'date', format: 'default' });
    expect(csvFields.timeLimit.type).toBe('string');
    expect(csvFields.timeLimitClauses.type).toBe('array');
    expect(csvFields['source.place'].constraints).toEqual({ required: true });
    const jsonFields = Object.fromEntries(pkg.resources[3].schema.fields.map((f: { name: string }) => [f.name, f]));
    expect(jsonFields.channels.type).toBe('array');
    expect(jsonFields.timeLimit.type).toBe('object');
  });

  it('JSON and JSONL hold the items unchanged; the JSON Schema is the zod schema', async () => {
    const to = await exported();
    const source = readFileSync(join(clean, 'items.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(JSON.parse(readFileSync(join(to, 'items.json'), 'utf8'))).toEqual(source);
    expect(readFileSync(join(to, 'items.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l))).toEqual(source);
    const schema = JSON.parse(readFileSync(join(to, 'catalog.schema.json'), 'utf8'));
    expect(schema.required).toContain('id');
    expect(Object.keys(schema.properties)).toEqual(Object.keys(CatalogItem.shape));
  });

  it('writes an XLSX sheet with a frozen header row, sized columns and text cells', async () => {
    const to = await exported();
    const bytes = readFileSync(join(to, 'items.xlsx'));
    const book = XLSX.read(bytes, { cellStyles: true });
    const sheet = book.Sheets.items!;
    const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 });
    expect(rows[0]).toEqual(FLAT_COLUMNS.map((c) => c.name));
    expect(rows).toHaveLength(8);
    expect(sheet['!cols']!.every((c) => c.wch! >= 6 && c.wch! <= 60)).toBe(true);
    const xml = Buffer.from(XLSX.CFB.find(XLSX.CFB.read(bytes, { type: 'buffer' }), '/xl/worksheets/sheet1.xml').content).toString();
    expect(xml).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
  });

  it('reruns are byte-identical, whatever the clock says', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2020-01-01T00:00:00Z'));
    const first = await exported();
    vi.setSystemTime(new Date('2031-07-15T13:45:10Z'));
    const second = await exported();
    for (const file of FILES) expect(readFileSync(join(second, file)).equals(readFileSync(join(first, file))), file).toBe(true);
  });

  it('skips invalid lines with one diagnostic each, however many formats are written', async () => {
    const to = tempDir();
    const dataset = writeDataset([baseItem(), '{"id": "cut', { hello: 'world' }]);
    const result = await exportDataset(dataset, { to });
    expect(result.diagnostics.map((d) => [d.file, d.place, d.ruleId])).toEqual([
      ['items.jsonl', 'L2', 'dataset/malformed-line'],
      ['items.jsonl', 'L3', 'dataset/invalid-item'],
    ]);
    expect(JSON.parse(readFileSync(join(to, 'items.json'), 'utf8'))).toEqual([baseItem()]);
  });

  it('exports only the formats asked for', async () => {
    const to = tempDir();
    const result = await exportDataset(join(FIXTURES, 'defects'), { to, formats: ['jsonl'] });
    expect(result.files).toEqual(['items.jsonl', 'catalog.schema.json', 'datapackage.json']);
    const pkg = JSON.parse(readFileSync(join(to, 'datapackage.json'), 'utf8'));
    expect(pkg.name).toBe('defects');
    expect(pkg.resources.map((r: { path: string }) => r.path)).toEqual(['items.jsonl', 'catalog.schema.json']);
  });
});
