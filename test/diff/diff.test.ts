import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CatalogItem } from '../../schemas/catalog-item.js';
import { diffDatasets } from '../../src/diff/diff-datasets.js';
import { formatDiffJson, formatDiffText } from '../../src/diff/format-diff.js';
import { FIXTURES, writeDataset } from '../helpers/items.js';

const clean = join(FIXTURES, 'clean');
const cleanItems = (): CatalogItem[] =>
  readFileSync(join(clean, 'items.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as CatalogItem);

/** A re-crawl: new bytes (so new ids and hashes), rows in another order. */
function recrawl(items: CatalogItem[]): CatalogItem[] {
  return items
    .map((item) => ({ ...item, id: `new-${item.id}`, source: { ...item.source, sha256: 'f'.repeat(64) } }))
    .reverse();
}

describe('diffDatasets', () => {
  it('a dataset against itself has no changes', async () => {
    const diff = await diffDatasets(clean, clean);
    expect(diff).toEqual({ added: [], removed: [], changed: [], diagnostics: [] });
    expect(formatDiffText(diff)).toBe('0 added, 0 removed, 0 changed\n');
  });

  it('one edited row diffs to exactly that change, whatever the ids and line order', async () => {
    const items = recrawl(cleanItems());
    const edited = items.find((i) => i.name === '部门预算')!;
    edited.content = '部门预算、“三公”经费预算及说明';
    edited.channels = ['政府网站', '政务新媒体'];
    const diff = await diffDatasets(clean, writeDataset(items));
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual([
      {
        key: 'hengyang-catalogue.txt › 财政信息 › 部门预算',
        file: 'crawl/hengyang-catalogue.txt',
        place: 'L6',
        fields: [
          { field: 'channels', old: ['政府网站'], new: ['政府网站', '政务新媒体'] },
          { field: 'content', old: '部门预算及“三公”经费预算', new: '部门预算、“三公”经费预算及说明' },
        ],
      },
    ]);
    expect(formatDiffText(diff)).toBe(
      [
        '~ hengyang-catalogue.txt › 财政信息 › 部门预算  (crawl/hengyang-catalogue.txt L6)',
        '    channels: ["政府网站"] → ["政府网站","政务新媒体"]',
        '    content: "部门预算及“三公”经费预算" → "部门预算、“三公”经费预算及说明"',
        '0 added, 0 removed, 1 changed',
        '',
      ].join('\n'),
    );
    expect(JSON.parse(formatDiffJson(diff))).toEqual({ added: [], removed: [], changed: diff.changed });
  });

  it('reports added and removed items by identity, publisher first', async () => {
    const items = cleanItems();
    const renamed = items.map((i) => (i.name === '机构职能' ? { ...i, name: '机构职能及领导信息' } : i));
    const diff = await diffDatasets(clean, writeDataset(renamed));
    expect(diff.added.map((e) => e.key)).toEqual(['hengyang-catalogue.txt › 机构职能信息 › 机构职能及领导信息']);
    expect(diff.removed.map((e) => e.key)).toEqual(['hengyang-catalogue.txt › 机构职能信息 › 机构职能']);
    expect(diff.changed).toEqual([]);
    const report = items.find((i) => i.kind === 'document' && i.publisher)!;
    const dropped = await diffDatasets(clean, writeDataset(items.filter((i) => i !== report)));
    expect(dropped.removed.map((e) => e.key)).toEqual([`${report.publisher} › ${report.category.join(' › ')} › ${report.name}`]);
  });

  it('key order inside objects is not a change', async () => {
    const items = cleanItems().map((i) => ({ ...i, timeLimit: { clauses: i.timeLimit.clauses, text: i.timeLimit.text } }));
    expect((await diffDatasets(clean, writeDataset(items))).changed).toEqual([]);
  });
});
