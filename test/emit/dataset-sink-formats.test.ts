import { describe, expect, it } from 'vitest';
import { openDatasetSink, type ItemFormat } from '../../src/emit/dataset-sink.js';
import { iterateItems } from '../../src/dataset/read.js';
import { baseItem, datasetNames, tempDir } from '../helpers/items.js';

const totals = { files: 1, items: 1, documents: 0, errors: 0, warnings: 0, infos: 0 };

async function write(out: string, formats?: ItemFormat[]): Promise<void> {
  const sink = await openDatasetSink(out, undefined, formats);
  await sink.items([baseItem()]);
  await sink.commit(totals);
}

describe('dataset sink formats', () => {
  it('writes the item files asked for, beside files.jsonl and report.json', async () => {
    const out = tempDir();
    await write(out, ['parquet', 'jsonl']);
    expect(datasetNames(out)).toEqual(['files.jsonl', 'items.jsonl', 'items.parquet', 'report.json']);
    await write(out);
    // The default is unchanged, and a previous run's items.parquet goes: it no longer matches report.json.
    expect(datasetNames(out)).toEqual(['files.jsonl', 'items.csv', 'items.jsonl', 'report.json']);
  });

  it('a rerun with Parquet only leaves no older items.jsonl for readers to take instead', async () => {
    const out = tempDir();
    await write(out);
    await write(out, ['parquet']);
    expect(datasetNames(out)).toEqual(['files.jsonl', 'items.parquet', 'report.json']);
    const items = [];
    for await (const item of iterateItems(out, () => {})) items.push(item);
    expect(items).toStrictEqual([baseItem()]);
  });
});
