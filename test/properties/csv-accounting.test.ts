/**
 * Row accounting for the CSV parser: generated tables, some rows broken (a stray quote, too few cells, a blank name),
 * come back as items plus `parse/row-rejected` diagnostics — one per row, each with its raw text and place.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/index.js';
import { runs } from '../helpers/runs.js';

const han = fc.constantFrom(...'政府信息公开事项目录机构职能规划计划统计财政采购人事业务社会保障'.split(''));
const word = fc.array(han, { minLength: 2, maxLength: 8 }).map((a) => a.join(''));
const cellText = fc.oneof(word, word.map((w) => `"${w},${w}"`), word.map((w) => `"${w}""引号"""`));

describe('csv: rows generated = items + rejected rows', () => {
  it('accounts for every body row', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(word, cellText, word, fc.constantFrom('whole', 'whole', 'short', 'nameless')), { minLength: 1, maxLength: 12 }), async (rows) => {
        const text = ['事项名称,公开内容,公开依据,公开渠道,公开时限,公开责任', ...rows.map(([name, content, who, shape]) =>
          shape === 'short' ? `${name},${content}` : `${shape === 'nameless' ? '' : name},${content},《条例》,政府网站,20个工作日内,${who}`)].join('\n');
        const result = await ingestFile('generated.csv', Buffer.from(text, 'utf8'));
        const rejected = result.diagnostics.filter((d) => d.ruleId === 'parse/row-rejected');
        expect(result.record.parsers).toContain('csv');
        expect(result.items.length + rejected.length).toBe(rows.length);
        for (const d of rejected) {
          expect(d.actual).toBeTruthy();
          expect(d.place).toBeTruthy();
        }
      }),
      { numRuns: runs(60) },
    );
  });
});
