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

describe('the compact text diff', () => {
  it('shows a changed object field by its changed leaves, and cuts long values', async () => {
    const items = cleanItems();
    const edited = items.find((i) => i.name === '部门预算')!;
    const before = edited.timeLimit;
    edited.timeLimit = { ...before, text: '自该政府信息形成或者变更之日起二十个工作日内予以公开，涉及多个部门的按最长时限执行，遇法定节假日顺延，特殊情况另行说明。' };
    const text = formatDiffText(await diffDatasets(clean, writeDataset(items)));
    const lines = text.split('\n').filter((l) => l.startsWith('    '));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(`    timeLimit.text: ${JSON.stringify(before.text)} → "自该政府信息形成或者变更之日起二十个工作日内予以公开，涉及多个部门的按最长时限执行，遇法定节假日顺延，特殊情况另行说…`);
    // 60 characters at most per value: the new one is cut with an ellipsis.
    expect([...lines[0]!.split(' → ')[1]!]).toHaveLength(60);
  });

  it('an edit at the end of a long text is shown: both values start shortly before the first difference', async () => {
    const items = cleanItems();
    const edited = items.find((i) => i.name === '部门预算')!;
    const long = '本机关按照政府信息公开条例的规定，在政府网站、政务新媒体和政务服务大厅等渠道公开部门预算及“三公”经费预算，并同步公开说明';
    const old = cleanItems().map((i) => (i.name === '部门预算' ? { ...i, content: `${long}。` } : i));
    edited.content = `${long}和绩效目标。`;
    const text = formatDiffText(await diffDatasets(writeDataset(old), writeDataset(items)));
    expect(text).toContain('    content: …经费预算，并同步公开说明。" → …经费预算，并同步公开说明和绩效目标。"\n');
  });
});
