import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { decodeGrid } from '../../parsers/shared/index.js';
import { readWorkbookGrids, xlsxParser } from '../../parsers/xlsx/index.js';
import { countBySheet, fixture, json, LIMITS, run, sourceFile } from './run-parser.js';

const CASES = ['jiuye', 'shebao-level3', 'wingdings', 'multi-sheet', 'truncated'] as const;

describe('xlsx parser goldens', () => {
  it.each(CASES)('%s', async (name) => {
    const { items, diagnostics } = await run(xlsxParser, fixture(`xlsx/${name}.xlsx`, 'binary'));
    await expect(json(items)).toMatchFileSnapshot(`../fixtures/xlsx/${name}.items.json`);
    await expect(json(diagnostics)).toMatchFileSnapshot(`../fixtures/xlsx/${name}.diagnostics.json`);
  });
});

describe('xlsx parser', () => {
  it('counts items per sheet', async () => {
    const counts = async (name: string) => countBySheet((await run(xlsxParser, fixture(`xlsx/${name}.xlsx`, 'binary'))).items);
    expect(await counts('jiuye')).toEqual({ 就业: 25 });
    expect(await counts('shebao-level3')).toEqual({ 社会保险: 15 });
    expect(await counts('wingdings')).toEqual({ 标准目录: 3 });
    expect(await counts('multi-sheet')).toEqual({ 就业: 3, 社保两表: 4, 稀疏: 2 });
  });

  it('reads the 就业 catalogue: 9 一级事项 over 25 items, merged cells filled with their origin', async () => {
    const { items } = await run(xlsxParser, fixture('xlsx/jiuye.xlsx', 'binary'));
    expect(new Set(items.map((i) => i.fields.category)).size).toBe(9);
    expect(items[0]).toMatchObject({
      place: '就业!A4',
      fields: { code: '1.1', name: '就业政策法规咨询', category: '就业信息服务', publisher: 'XX县' },
      flagGroups: { audience: ['全社会'], mode: ['主动'], levels: ['县级', '乡级'] },
      extra: { 序号: '1', 目录标题: 'XX县就业领域基层政务公开标准目录', 领域: '就业' },
    });
    // 一级事项 merged B4:B6, 公开时限 merged F4:F28, 公开依据 同上 on rows 5 and 6.
    expect(items[2]!.filledFrom).toEqual({ level1: '就业!B4', timeLimit: '就业!F4', basis: '就业!E4' });
    expect(items[24]!.filledFrom).toEqual({ level1: '就业!B27', timeLimit: '就业!F4' });
    expect(items[14]!.flagGroups).toEqual({ audience: ['特定群体'], mode: ['主动'], levels: ['县级', '乡级'] });
    expect(items[23]!.flagGroups).toEqual({ audience: ['全社会'], mode: ['主动', '依申请'], levels: ['县级'] });
    expect(items[0]!.fields.channels).toContain('■政府网站 □政府公报');
  });

  it('reads 三级事项 and 市级/县级/乡级 with synonyms 特定群众 / 依申请公开, local columns into extra', async () => {
    const { items } = await run(xlsxParser, fixture('xlsx/shebao-level3.xlsx', 'binary'));
    expect(items[6]).toMatchObject({
      fields: { category: '社会保险参保信息维护 > 个人基本信息变更', name: '姓名变更' },
      extra: { 公开时长: '长期', 咨询电话: '12333', 领域: '社会保险' },
    });
    // 个人基本信息变更 merged over its two 三级 rows; 社会保障卡申领 left blank on the second row (no merge).
    expect(items[7]!.filledFrom).toMatchObject({ level2: '社会保险!C10' });
    expect(items[14]).toMatchObject({ fields: { name: '补领、换领、换发', category: '社会保障卡服务 > 社会保障卡申领' }, filledFrom: { level2: '社会保险!C17' } });
    expect(items[11]!.flagGroups).toEqual({ audience: ['全社会'], mode: ['主动', '依申请'], levels: ['市级', '县级'] });
  });

  it('decodes Wingdings glyphs and keeps __proto__/constructor columns as plain labels', async () => {
    const { items, diagnostics } = await run(xlsxParser, fixture('xlsx/wingdings.xlsx', 'binary'));
    expect(items.map((i) => i.flagGroups)).toEqual([
      { audience: ['全社会'], mode: ['主动'], levels: ['县级', '乡、村级'] },
      { audience: ['全社会'], mode: ['主动'], levels: ['县级'] },
      // 是 in a flag column is a tick, like √ and the Wingdings ☑.
      { audience: ['全社会'], mode: ['主动', '依申请'], levels: ['县级'] },
    ]);
    expect(Object.hasOwn(items[0]!.extra, '__proto__')).toBe(true);
    expect(items[0]!.extra['__proto__']).toBe('原型值');
    expect(items[0]!.extra['constructor']).toBe('构造值');
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['parse/ditto-resolved', 'parse/ditto-resolved', 'parse/row-rejected']);
  });

  it('takes cached formula values, reads a sheet declared A1:XFD1048576 by its cells, finds two tables on one sheet', async () => {
    const { items, diagnostics } = await run(xlsxParser, fixture('xlsx/multi-sheet.xlsx', 'binary'));
    expect(items.filter((i) => i.place.startsWith('就业!')).map((i) => i.extra['序号'])).toEqual(['1', '2', '3']);
    expect(items.filter((i) => i.place.startsWith('稀疏!')).map((i) => i.place)).toEqual(['稀疏!C4', '稀疏!C5']);
    const town = items.find((i) => i.place === '社保两表!A9')!;
    expect(town).toMatchObject({ fields: { mode: '全文发布', audience: '全社会', publisher: 'XX镇' }, extra: { 公开属性: '主动公开' } });
    expect(diagnostics.find((d) => d.ruleId === 'parse/no-table')?.place).toBe('说明');
  });

  it('row accounting: every non-blank body row is an item or a reported rejection', async () => {
    for (const name of ['jiuye', 'shebao-level3', 'wingdings', 'multi-sheet']) {
      const rejected: string[] = [];
      let items = 0;
      const report = (d: { ruleId: string; place?: string }) => d.ruleId === 'parse/row-rejected' && rejected.push(d.place!);
      for (const grid of await readWorkbookGrids(fixture(`xlsx/${name}.xlsx`, 'binary').bytes, LIMITS, report)) {
        for (const table of decodeGrid(grid, report).tables) {
          expect(table.rowsSeen).toBe(table.items + table.rejected);
          items += table.items;
        }
      }
      expect({ name, items, rejected }).toEqual({
        jiuye: { name, items: 25, rejected: ['就业!A29'] },
        'shebao-level3': { name, items: 15, rejected: [] },
        wingdings: { name, items: 3, rejected: ['标准目录!A5'] },
        'multi-sheet': { name, items: 9, rejected: [] },
      }[name]);
    }
  });

  it('reports broken and oversized input as errors for that file, never throwing', async () => {
    const junk = sourceFile('junk.xlsx', new TextEncoder().encode('not a workbook'), 'binary');
    expect((await run(xlsxParser, junk)).diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['parse/xlsx-not-zip', 'error']]);
    const truncated = await run(xlsxParser, fixture('xlsx/truncated.xlsx', 'binary'));
    expect(truncated.items).toEqual([]);
    expect(truncated.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['parse/xlsx-unreadable', 'error']]);
    const big = await run(xlsxParser, fixture('xlsx/jiuye.xlsx', 'binary'), { ...LIMITS, maxBytes: 1000 });
    expect(big.diagnostics.map((d) => d.ruleId)).toEqual(['parse/xlsx-too-large']);
    const many = await run(xlsxParser, fixture('xlsx/jiuye.xlsx', 'binary'), { ...LIMITS, maxCells: 100 });
    expect(many.diagnostics.map((d) => [d.ruleId, d.place])).toContainEqual(['parse/xlsx-cell-limit', '就业!A8']);
  });

  it('fills a hostile whole-sheet merge only inside the area that holds cells', async () => {
    const ws = XLSX.utils.aoa_to_sheet([['序号', '一级事项', '二级事项'], ['1', 'A', 'a1']]);
    ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 1048575, c: 16383 } }];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'S');
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const [grid] = await readWorkbookGrids(bytes, LIMITS, () => {});
    expect(grid!.rows.map((r) => r.map((c) => c?.text))).toEqual([['序号', '序号', '序号'], ['序号', '序号', '序号']]);
    expect(grid!.rows[1]![2]).toMatchObject({ place: 'S!C2', filledFrom: 'S!A1' });
  });

  it('never evaluates formulas: a formula cell without a cached value reads as empty', async () => {
    const ws = XLSX.utils.aoa_to_sheet([['序号', '一级事项', '二级事项'], ['', 'A', 'a1']]);
    ws['A2'] = { t: 'n', f: '1+1' } as XLSX.CellObject;
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'S');
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const { items } = await run(xlsxParser, sourceFile('f.xlsx', bytes, 'binary'));
    expect(items[0]!.fields.code).toBeUndefined();
  });

  it('detects xlsx by content, including a truncated download, and nothing else', () => {
    expect(xlsxParser.detect(fixture('xlsx/jiuye.xlsx', 'binary'))).toBeGreaterThan(0.9);
    expect(xlsxParser.detect(fixture('xlsx/truncated.xlsx', 'binary'))).toBeGreaterThan(0.9);
    expect(xlsxParser.detect(fixture('csv/jiuye.csv'))).toBe(0);
  });
});
