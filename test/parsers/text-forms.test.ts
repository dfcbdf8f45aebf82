import { describe, expect, it } from 'vitest';
import type { DraftItem } from '../../schemas/draft-item.js';
import { csvParser } from '../../parsers/csv/index.js';
import { flatTableParser } from '../../parsers/flat-table/index.js';
import { pipeTable } from '../../parsers/pipe-table/index.js';
import { xlsxParser } from '../../parsers/xlsx/index.js';
import { DETECT_THRESHOLD, parsers } from '../../parsers/index.js';
import { fixture, json, run, sample } from './run-parser.js';

/** What every rendering of the same catalogue must agree on (places and provenance differ by form). */
function core(items: DraftItem[]) {
  return items.map((i) => ({
    code: i.fields.code, category: i.fields.category, name: i.fields.name, publisher: i.fields.publisher,
    basis: i.fields.basis?.replace(/\s+/g, ' '), channels: i.fields.channels, flagGroups: i.flagGroups,
  }));
}

const TEXT_CASES = [
  ['csv', 'csv/jiuye.csv'],
  ['pipe-table', 'flat-table/jiuye.pipe.txt'],
  ['flat-table', 'flat-table/jiuye.doubled.txt'],
  ['flat-table', 'flat-table/shebao.cells.txt'],
] as const;
const PARSERS = { csv: csvParser, 'flat-table': flatTableParser, 'pipe-table': pipeTable };

describe('text-form goldens', () => {
  it.each(TEXT_CASES)('%s %s', async (parser, path) => {
    const { items, diagnostics } = await run(PARSERS[parser], fixture(path));
    await expect(json(items)).toMatchFileSnapshot(`../fixtures/${path}.items.json`);
    await expect(json(diagnostics)).toMatchFileSnapshot(`../fixtures/${path}.diagnostics.json`);
  });
});

describe('CSV and text renderings agree with the workbook', () => {
  it('就业: CSV, TSV, GB18030 CSV, pipe table and doubled-glyph cell lines give the workbook items', async () => {
    const book = core((await run(xlsxParser, fixture('xlsx/jiuye.xlsx', 'binary'))).items);
    expect(book).toHaveLength(25);
    for (const [parser, file] of [
      [csvParser, fixture('csv/jiuye.csv')],
      [csvParser, fixture('csv/jiuye.tsv')],
      [csvParser, fixture('csv/jiuye.gb18030.csv', 'gb18030')],
      [pipeTable, fixture('flat-table/jiuye.pipe.txt')],
      [flatTableParser, fixture('flat-table/jiuye.doubled.txt')],
    ] as const) {
      expect({ file: file.path, items: core((await run(parser, file)).items) }).toEqual({ file: file.path, items: book });
    }
  });

  it('社会保险 with 三级事项: cell-per-line text gives the workbook items', async () => {
    const book = core((await run(xlsxParser, fixture('xlsx/shebao-level3.xlsx', 'binary'))).items);
    expect(core((await run(flatTableParser, fixture('flat-table/shebao.cells.txt'))).items)).toEqual(book);
  });

  it('flattened merges: the 一级事项 is carried down with the origin cell, the note row is rejected with its place', async () => {
    const { items, diagnostics } = await run(csvParser, fixture('csv/jiuye.csv'));
    expect(items[1]!.filledFrom).toEqual({ level1: 'record 4 field 2', basis: 'record 4 field 5' });
    expect(items[1]!.place).toBe('record 5');
    expect(diagnostics.filter((d) => d.ruleId === 'parse/row-rejected').map((d) => d.place)).toEqual(['record 29']);
    const cells = await run(flatTableParser, fixture('flat-table/shebao.cells.txt'));
    expect(cells.items[7]!.filledFrom).toEqual({ level1: 'L129', level2: 'L149' });
    expect(cells.items[7]!.place).toMatch(/^L\d+-L\d+$/);
  });
});

describe('detection', () => {
  const SEEDS = ['000_009c419fc4f033b9.txt', '001_6462eb492de27ff8.txt', '002_842afc8bd2ab19b2.txt', '003_dd84b1810a265b1d.txt',
    '004_3051d7ee456ee7f6.txt'];

  it.each(SEEDS)('does not claim seed %s', (name) => {
    const file = sample(name);
    expect([csvParser.detect(file), flatTableParser.detect(file), xlsxParser.detect(file)]).toEqual([0, 0, 0]);
  });

  it.each([
    ['csv/jiuye.csv', 'csv'], ['csv/jiuye.tsv', 'csv'], ['flat-table/jiuye.pipe.txt', 'pipe-table'],
    ['flat-table/jiuye.doubled.txt', 'flat-table'], ['flat-table/shebao.cells.txt', 'flat-table'],
  ])('%s goes to %s and to no other registered parser', (path, expected) => {
    const file = fixture(path);
    // The article fallback runs only when no other parser gives an item.
    expect(parsers.filter((p) => !p.fallback && p.detect(file) >= DETECT_THRESHOLD).map((p) => p.name)).toEqual([expected]);
  });
});
