/** Spreadsheets skip the document passes: their cells still get the spam substitution repair, with evidence. */
import * as XLSX from 'xlsx';
import { expect, it } from 'vitest';
import { ingestFile } from '../src/index.js';

function workbook(rows: string[][]): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), '目录');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array;
}

const HEADER = ['事项类别', '事项名称', '公开内容', '公开依据', '公开时限', '公开责任'];

it('repairs a brand in a workbook cell and flags the item; a clean workbook is left as it is', async () => {
  const dirty = await ingestFile('dirty.xlsx', workbook([
    HEADER,
    ['业务事项', '特殊工种提前退休', '申报信息', '《365体育官网进一步加强企业特殊工种提前退休管理工作的通知》', '自该政府信息形成或者变更之日起20个工作日内', '职工养老保险科'],
  ]));
  expect(dirty.items).toHaveLength(1);
  expect(dirty.items[0]!.basisText).toBe('《关于进一步加强企业特殊工种提前退休管理工作的通知》');
  expect(dirty.items[0]!.flags).toContain('clean/spam-substitution');
  expect(dirty.diagnostics.find((d) => d.ruleId === 'clean/spam-substitution')).toMatchObject({ actual: '365体育官网', expected: '关于' });

  const clean = await ingestFile('clean.xlsx', workbook([HEADER, ['业务事项', '工伤保险信息', '工作信息', '《工伤认定办法》', '自该政府信息形成或者变更之日起20个工作日内', '工伤科']]));
  expect(clean.items[0]!.basisText).toBe('《工伤认定办法》');
  expect(clean.diagnostics.filter((d) => d.ruleId.startsWith('clean/'))).toEqual([]);
});
