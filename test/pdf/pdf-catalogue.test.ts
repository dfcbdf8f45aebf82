/**
 * A 标准目录 printed as a PDF table over two pages: ruled and unruled, with the header repeated on page 2 or not, a row
 * broken by the page break, wrapped cells, a running header and page numbers. Every variant must give the reference rows.
 */
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/ingest-file.js';
import type { CatalogItem } from '../../schemas/catalog-item.js';
import { writePdf } from '../helpers/pdf-writer.js';
import { layoutTable, referencePdf, referenceRows } from '../formats/make-pdf.js';
import { HEADER, ROWS, TITLE } from '../formats/reference-catalogue.js';

const names = (items: CatalogItem[]) => items.filter((i) => i.kind === 'item').map((i) => i.name);
const contents = (items: CatalogItem[]) => items.filter((i) => i.kind === 'item').map((i) => i.content);
const rules = (r: Awaited<ReturnType<typeof ingestFile>>) => r.diagnostics.map((d) => `${d.ruleId} ${d.place ?? ''}`.trim());

describe('a catalogue table in a PDF', () => {
  it('reads the ruled table over two pages: repeated header skipped, the broken row joined, furniture dropped', async () => {
    const result = await ingestFile('catalogue.pdf', referencePdf(true));
    expect(names(result.items)).toEqual(ROWS.map((r) => r.level2));
    expect(contents(result.items)).toEqual(ROWS.map((r) => r.content));
    expect(rules(result)).toEqual([
      'pdf/page-number p1 L57', 'pdf/running-line p1 L1', 'pdf/repeated-header p2 R1', 'pdf/row-joined p2 R2',
    ]);
    // Places name the page and the row as printed there; the joined row keeps its place before the break.
    const places = result.items.map((i) => i.source.place);
    expect(places.slice(0, 2)).toEqual(['p1 R2', 'p1 R3']);
    expect(places[17]).toBe('p1 R19');
    expect(places[18]).toBe('p2 R3');
    expect(result.items.every((i) => i.source.format === 'pdf')).toBe(true);
    // The table is read from its grid, not from the text: the text holds the title alone.
    expect(result.record.cleanedText).toBe(TITLE);
  });

  it('reads the same rows when the table has no ruling lines (rows told apart by the 序号 column)', async () => {
    const result = await ingestFile('catalogue.pdf', referencePdf(false));
    expect(names(result.items)).toEqual(ROWS.map((r) => r.level2));
    expect(contents(result.items)).toEqual(ROWS.map((r) => r.content));
    expect(rules(result)).toContain('pdf/row-joined p2 R2');
  });

  it('reads the rows when the header is printed on the first page only (page 2 keeps page 1\'s columns)', async () => {
    for (const ruled of [true, false]) {
      const pdf = writePdf(layoutTable({ title: TITLE, header: HEADER, rows: referenceRows(), ruled, repeatHeader: false }));
      const result = await ingestFile('catalogue.pdf', pdf);
      expect(names(result.items)).toEqual(ROWS.map((r) => r.level2));
      expect(result.items.map((i) => i.timeLimit.text)).toEqual(ROWS.map((r) => r.timeLimit));
      expect(rules(result)).not.toContain('pdf/repeated-header p2 R1');
    }
  });

  it('reads rows told apart by the space between them when no column numbers them', async () => {
    const header = HEADER.slice(1);
    const rows = referenceRows().slice(0, 6).map((r) => r.slice(1));
    const result = await ingestFile('catalogue.pdf', writePdf(layoutTable({ title: TITLE, header, rows, ruled: false, furniture: false, widths: [80, 54, 88, 80, 72, 58, 38, 45] })));
    expect(names(result.items)).toEqual(ROWS.slice(0, 6).map((r) => r.level2));
    expect(result.items.map((i) => i.category)).toEqual(ROWS.slice(0, 6).map((r) => [r.level1]));
  });
});

describe('a two-row header in a PDF', () => {
  it('reads group labels (公开对象, 公开方式) over their flag columns, and the √ under them', async () => {
    const t = (x: number, y: number, text: string) => ({ x, y, text, size: 9 });
    const texts = [
      t(200, 780, 'XX县就业领域基层政务公开标准目录'),
      t(42, 740, '序号'), t(80, 740, '事项名称'), t(160, 740, '公开内容'), t(272, 745, '公开对象'), t(372, 745, '公开方式'),
      t(252, 730, '全社会'), t(296, 730, '特定群体'), t(356, 730, '主动'), t(394, 730, '依申请'),
      t(46, 712, '1'), t(80, 712, '岗位信息发布'), t(160, 712, '岗位信息'), t(262, 712, '√'), t(360, 712, '√'),
      t(46, 694, '2'), t(80, 694, '失业登记'), t(160, 694, '办理流程'), t(306, 694, '√'), t(360, 694, '√'), t(400, 694, '√'),
    ];
    const result = await ingestFile('catalogue.pdf', writePdf([{ texts }]));
    expect(result.items.map((i) => [i.name, i.audience, i.mode])).toEqual([
      ['岗位信息发布', ['全社会'], ['主动']],
      ['失业登记', ['特定群体'], ['主动', '依申请']],
    ]);
  });
});

describe('a landscape page shown turned (/Rotate 90)', () => {
  it('reads the table as it is shown', async () => {
    // Page 1 of the ruled reference layout, on an 842 × 595 page drawn turned inside a portrait one.
    const [first] = layoutTable({ title: TITLE, header: HEADER, rows: referenceRows().slice(0, 8), ruled: true, furniture: false });
    const shift = (y: number) => y - 842 + 595;
    const page = { rotate: 90 as const, texts: first!.texts!.map((t) => ({ ...t, y: shift(t.y) })),
      lines: first!.lines!.map((l) => ({ ...l, y1: shift(l.y1), y2: shift(l.y2) })) };
    const result = await ingestFile('landscape.pdf', writePdf([page]));
    expect(names(result.items)).toEqual(ROWS.slice(0, 8).map((r) => r.level2));
    expect(contents(result.items)).toEqual(ROWS.slice(0, 8).map((r) => r.content));
  });
});
