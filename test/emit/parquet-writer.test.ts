import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asyncBufferFromFile, parquetMetadataAsync } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { CatalogItem } from '../../schemas/catalog-item.js';
import { iterateParquetItems } from '../../src/dataset/parquet-items.js';
import { iterateItems } from '../../src/dataset/read.js';
import { openParquetItemsWriter, ROW_GROUP_ROWS } from '../../src/emit/parquet-writer.js';
import { baseItem, tempDir } from '../helpers/items.js';

/** Items exercising every Parquet shape: optional values absent and present, empty and full lists, a 3-level tree. */
function variedItems(): CatalogItem[] {
  return [
    baseItem(),
    baseItem({
      id: 'doc-1',
      kind: 'document',
      publishedAt: '2023-02-28',
      publisher: '某县人民政府办公室',
      audience: [],
      mode: ['主动'],
      extra: { 备注: '无', 序号: '7' },
      stats: { format: '2021', rows: [{ label: '收到申请', cells: [3, null, '—'] }], ok: true },
      attachments: [{ name: '附件1.docx', href: 'a/1.docx' }, { name: '附件2' }],
      sections: [
        { heading: '第一章 总则', number: '一', text: '', children: [
          { heading: '第一条', text: '为了……', children: [{ heading: '(一)', number: '1', text: '细则', children: [] }] },
          { heading: '第二条', text: '本办法适用于……', children: [] },
        ] },
        { heading: '附则', text: '本办法自发布之日起施行。', children: [] },
      ],
      timeLimit: {
        text: '每年1月31日前',
        clauses: [{ kind: 'annual_date', text: '每年1月31日前', deadline: { month: 1, day: 31, inclusive: true }, maxExtension: { amount: 15, unit: 'working_day' } }],
      },
    }),
    baseItem({ id: 'leap', publishedAt: '1969-12-31', category: ['一级', '二级'], extra: {} }),
  ].map((item) => CatalogItem.parse(item));
}

async function writeParquet(items: readonly CatalogItem[], onChunk?: (written: number) => void): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  const writer = openParquetItemsWriter({
    write: async (chunk) => {
      chunks.push(chunk);
      onChunk?.(chunks.length);
    },
  });
  for (const item of items) await writer.add(item);
  await writer.finish();
  return Buffer.concat(chunks);
}

async function readBack(bytes: Buffer): Promise<{ items: unknown[]; groups: number[] }> {
  const path = join(tempDir(), 'items.parquet');
  writeFileSync(path, bytes);
  const items: unknown[] = [];
  const problems: unknown[] = [];
  for await (const { value } of iterateParquetItems(path, (d) => problems.push(d))) items.push(value);
  expect(problems).toEqual([]);
  const metadata = await parquetMetadataAsync(await asyncBufferFromFile(path));
  return { items, groups: metadata.row_groups.map((g) => Number(g.num_rows)) };
}

describe('items.parquet', () => {
  it('reads back as exactly the items written (absent ≠ empty, trees, maps, dates, JSON stats)', async () => {
    const items = variedItems();
    const { items: read } = await readBack(await writeParquet(items));
    expect(read).toStrictEqual(items);
    // Key order too, so that a re-serialised item is the same JSON line.
    expect(read.map((i) => JSON.stringify(i))).toEqual(items.map((i) => JSON.stringify(i)));
  });

  it('writes the same bytes for the same items', async () => {
    const items = variedItems();
    expect((await writeParquet(items)).equals(await writeParquet(items))).toBe(true);
  });

  it('an empty dataset is a valid file with no rows', async () => {
    expect(await readBack(await writeParquet([]))).toEqual({ items: [], groups: [] });
  });

  it('sends each full row group to the output before taking more items', async () => {
    const base = baseItem();
    const items = Array.from({ length: ROW_GROUP_ROWS + 10 }, (_, i) => ({ ...base, id: `i${i}` }));
    let chunksAtLastAdd = 0;
    const chunks: Uint8Array[] = [];
    const writer = openParquetItemsWriter({ write: async (c) => void chunks.push(c) });
    for (const item of items) await writer.add(item);
    chunksAtLastAdd = chunks.length;
    await writer.finish();
    // The first group went out while items were still coming; the rest and the footer at finish.
    expect(chunksAtLastAdd).toBe(1);
    const { groups } = await readBack(Buffer.concat(chunks));
    expect(groups).toEqual([ROW_GROUP_ROWS, 10]);
  });

  it('closes a row group early when its items are large, so long documents do not pile up in memory', async () => {
    const body = '文'.repeat(2_000_000);
    const items = Array.from({ length: 6 }, (_, i) => baseItem({ id: `big${i}`, body }));
    const { groups } = await readBack(await writeParquet(items));
    // 8 Mi characters of item JSON per group: the fifth 2M-character body passes it.
    expect(groups).toEqual([5, 1]);
  });
});

describe('iterateParquetItems', () => {
  it('reports a file that is not Parquet instead of throwing', async () => {
    const path = join(tempDir(), 'items.parquet');
    writeFileSync(path, 'not parquet at all');
    const problems: Array<{ ruleId: string }> = [];
    const rows = [];
    for await (const row of iterateParquetItems(path, (d) => problems.push(d))) rows.push(row);
    expect(rows).toEqual([]);
    expect(problems.map((p) => p.ruleId)).toEqual(['dataset/unreadable-parquet']);
    expect(readFileSync(path, 'utf8')).toBe('not parquet at all');
  });

  it('a row that is not a valid CatalogItem is reported at its row of items.parquet and skipped', async () => {
    const dir = tempDir();
    const valid = baseItem();
    const invalid = { ...valid, id: 'bad', kind: 'catalogue' } as unknown as CatalogItem;
    writeFileSync(join(dir, 'items.parquet'), await writeParquet([valid, invalid, valid]));
    const problems: Array<{ file: string; ruleId: string; place?: string }> = [];
    const items: CatalogItem[] = [];
    for await (const item of iterateItems(dir, (d) => problems.push(d))) items.push(item);
    expect(items).toHaveLength(2);
    expect(problems).toMatchObject([{ file: 'items.parquet', ruleId: 'dataset/invalid-item', place: 'row 2' }]);
  });
});
