/**
 * Generated 标准目录 tables (two-row merged header, 一级事项 merged over its 二级 rows, flags in every glyph the
 * parsers accept) written as XLSX, then flattened the ways sources flatten them (CSV, cell per line, pipe rows):
 * every form must give back every row, with its category, name and flags, and reject nothing.
 */
import fc from 'fast-check';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { csvParser } from '../../parsers/csv/index.js';
import { flatTableParser } from '../../parsers/flat-table/index.js';
import { pipeTable } from '../../parsers/pipe-table/index.js';
import { xlsxParser } from '../../parsers/xlsx/index.js';
import { renderCellLines, renderPipeTable, type Table } from '../fixtures/xlsx/render-text.js';
import { run, sourceFile } from '../parsers/run-parser.js';
import { runs } from '../helpers/runs.js';

// No characters of 同上 (ditto), 目录 (titles) or header labels, so generated names stay plain names.
const han = fc.constantFrom(...'就业服务社会保险登记养老伤失待遇申领更注销认定补贴岗位培训创指导卡居民职工单位'.split(''));
const word = fc.array(han, { minLength: 2, maxLength: 9 }).map((a) => a.join(''));
const on = fc.constantFrom('√', '■', '☑', 'þ', 'R');
const off = fc.constantFrom('', '□', '口', '£');
const flag = fc.oneof(on.map((g) => ({ set: true, g })), off.map((g) => ({ set: false, g })));
const child = fc.record({ name: word, flags: fc.array(flag, { minLength: 6, maxLength: 6 }), multiline: fc.boolean() });
const catalogue = fc.array(fc.record({ level1: word, children: fc.array(child, { minLength: 1, maxLength: 4 }) }), { minLength: 1, maxLength: 5 });
type Catalogue = typeof catalogue extends fc.Arbitrary<infer C> ? C : never;

const FLAGS = [['audience', '全社会'], ['audience', '特定群体'], ['mode', '主动'], ['mode', '依申请'], ['levels', '县级'], ['levels', '乡级']] as const;

function table(c: Catalogue): Table {
  const aoa: string[][] = [
    ['XX县就业领域基层政务公开标准目录', ...Array<string>(13).fill('')],
    ['序号', '公开事项', '', '公开内容(要素)', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '', '公开方式', '', '公开层级', ''],
    ['', '一级事项', '二级事项', '', '', '', '', '', '全社会', '特定群体', '主动', '依申请', '县级', '乡级'],
  ];
  const merges: Table['merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 13 } }];
  for (const col of [0, 3, 4, 5, 6, 7]) merges.push({ s: { r: 1, c: col }, e: { r: 2, c: col } });
  for (const col of [1, 8, 10, 12]) merges.push({ s: { r: 1, c: col }, e: { r: 1, c: col + 1 } });
  for (const group of c) {
    const start = aoa.length;
    group.children.forEach((ch, i) => {
      const basis = ch.multiline ? '1.《就业促进法》\n2.《人力资源市场暂行条例》' : '《就业促进法》';
      aoa.push([String(aoa.length - 2), i === 0 ? group.level1 : '', ch.name, '服务对象/办理流程', basis, '20个工作日内', '县人社局',
        '■政府网站 □政府公报', ...ch.flags.map((f) => f.g)]);
    });
    if (group.children.length > 1) merges.push({ s: { r: start, c: 1 }, e: { r: aoa.length - 1, c: 1 } });
  }
  return { aoa, merges };
}

function expected(c: Catalogue) {
  return c.flatMap((g) => g.children.map((ch) => {
    const groups: Record<string, string[]> = { audience: [], mode: [], levels: [] };
    ch.flags.forEach((f, i) => f.set && groups[FLAGS[i]![0]]!.push(FLAGS[i]![1]));
    return { category: g.level1, name: ch.name, flagGroups: groups };
  }));
}

function workbook(t: Table): Uint8Array {
  const ws = XLSX.utils.aoa_to_sheet(t.aoa);
  ws['!merges'] = t.merges;
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '就业');
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}

describe('standard catalogue round trip', () => {
  it('XLSX, CSV, cell-per-line and pipe renderings all give back every row', async () => {
    await fc.assert(
      fc.asyncProperty(catalogue, async (c) => {
        const t = table(c);
        const bytes = workbook(t);
        const csv = XLSX.utils.sheet_to_csv(XLSX.read(bytes, { type: 'array' }).Sheets['就业']!);
        const text = (s: string, name: string) => sourceFile(name, new TextEncoder().encode(s));
        const forms = [
          [xlsxParser, sourceFile('t.xlsx', bytes, 'binary')],
          [csvParser, text(csv, 't.csv')],
          [flatTableParser, text(renderCellLines(t), 't.cells.txt')],
          [pipeTable, text(renderPipeTable(t), 't.pipe.txt')],
        ] as const;
        for (const [parser, file] of forms) {
          const { items, diagnostics } = await run(parser, file);
          const got = items.map((i) => ({ category: i.fields.category, name: i.fields.name, flagGroups: i.flagGroups }));
          expect({ file: file.path, got }).toEqual({ file: file.path, got: expected(c) });
          expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
        }
      }),
      { numRuns: runs(25) },
    );
  });
});
