import { describe, expect, it } from 'vitest';
import { check } from '../../src/checks/check.js';
import { baseItem, FIXTURES, writeDataset } from '../helpers/items.js';

describe('reading items.jsonl', () => {
  it('reports a malformed line with its line number and goes on', async () => {
    const dir = writeDataset([baseItem(), '{"id": "cut off', '', baseItem({ id: 'other', name: '机构职能', content: '' })]);
    const result = await check(dir, { cwd: FIXTURES });
    expect(result.diagnostics.map((d) => [d.file, d.place, d.ruleId])).toEqual([
      ['crawl/hengyang-catalogue.txt', 'L5', 'check/duplicate-item'],
      ['crawl/hengyang-catalogue.txt', 'L5', 'check/empty-content'],
      ['items.jsonl', 'L2', 'dataset/malformed-line'],
    ]);
    expect(result.diagnostics[2]!.actual).toBe('{"id": "cut off');
    expect(result.exitCode).toBe(1);
  });
});
