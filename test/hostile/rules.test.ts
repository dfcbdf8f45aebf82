/** Each hostile-input rule on a small hand-built input: what is reported, and what is still read. */
import { describe, expect, it } from 'vitest';
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import { readWorkbookGrids } from '../../parsers/xlsx/index.js';
import { unzip, type ZipPart } from '../../parsers/xlsx/unzip.js';
import { elementScanner, leadingText, MAX_CELL_TEXT } from '../../parsers/xlsx/cell-text.js';
import { prepareSheets, sheetNamesByPart } from '../../parsers/xlsx/sheet-parts.js';
import { decodeBytes } from '../../src/decode.js';
import { prepareHtml } from '../../src/html/prepare-html.js';
import { markupSize, markupText } from '../../src/html/markup-text.js';
import { book, sheetRow, workbook } from './zip.js';
import * as XLSX from 'xlsx';
import { readCompoundStreams } from '../../parsers/xlsx/compound-file.js';
import { backwardChains, loopedChain, passwordProtected, xls } from './compound.js';
import { fods, odfCell, odfRow, ods, odsBombContent, odsContent } from './odf.js';

const LIMITS = { maxBytes: 10_000_000, maxCells: 1000, maxUnzippedBytes: 10_000_000 };

async function read(bytes: Buffer, limits = LIMITS) {
  const diagnostics: DiagnosticInput[] = [];
  const grids = await readWorkbookGrids(bytes, limits, (d) => diagnostics.push(d));
  return { sheets: grids.map((g) => [g.name, g.rows.map((r) => Array.from(r, (c) => c?.text ?? ''))]), rules: diagnostics.map((d) => [d.ruleId, d.place]) };
}

describe('workbook parts', () => {
  it('empties a cell that names a missing shared string and reads the rest of the sheet', async () => {
    const rows = [sheetRow(1, ['a', { s: 0 }]), sheetRow(2, [{ s: 7 }, { s: 1 }])].join('');
    expect(await read(book({ sheets: [{ rows }], strings: ['x', 'y'] }))).toEqual({
      sheets: [['S1', [['a', 'x'], ['', 'y']]]],
      rules: [['parse/xlsx-shared-string-index', 'S1!A2']],
    });
  });

  it('reads the numbers and inline text of a sheet whose shared strings are missing, and says which cells were lost', async () => {
    const rows = [sheetRow(1, ['a', { s: 0 }]), sheetRow(2, [{ n: 5 }, { s: 1 }])].join('');
    expect(await read(book({ sheets: [{ rows }] }))).toEqual({
      sheets: [['S1', [['a'], ['5']]]],
      rules: [['parse/xlsx-shared-strings-missing', 'S1!B1']],
    });
  });

  it('names a sheet whose part is missing and reads the others', async () => {
    const rows = sheetRow(1, ['a']);
    expect(await read(book({ sheets: [{ rows }, { rows }], omit: ['xl/worksheets/sheet2.xml'] }))).toEqual({
      sheets: [['S1', [['a']]]],
      rules: [['parse/xlsx-sheet-missing', 'S2']],
    });
  });

  it('reads the whole rows of a sheet whose XML ends early', async () => {
    const rows = [sheetRow(1, ['a', 'b']), sheetRow(2, ['c', 'd']), '<row r="3"><c r="A3" t="inlineStr"><is><t>e'].join('');
    expect(await read(book({ sheets: [{ rows, unclosed: true }] }))).toEqual({
      sheets: [['S1', [['a', 'b'], ['c', 'd']]]],
      rules: [['parse/xlsx-sheet-truncated', 'S1']],
    });
  });

  it('cuts the sheet XML at the row where the value cells pass the limit, before the reader builds them', async () => {
    const rows = Array.from({ length: 10 }, (_, r) => sheetRow(r + 1, ['a', 'b', 'c'])).join('');
    const empties = '<row r="20"><c r="A20" s="1"/><c r="B20" s="1"/></row>';
    const { sheets, rules } = await read(book({ sheets: [{ rows: rows + empties }, { rows }] }), { ...LIMITS, maxCells: 20 });
    expect(sheets).toEqual([['S1', Array.from({ length: 6 }, () => ['a', 'b', 'c'])], ['S2', []]]);
    expect(rules).toEqual([['parse/xlsx-cell-limit', 'S1!A7']]);
  });

  it('cuts a cell holding megabytes of text to its first MAX_CELL_TEXT bytes, names it, and reads the rest', async () => {
    const long = '字'.repeat(500_000);
    const rows = [sheetRow(1, ['a', 'b', 'c']), sheetRow(2, ['x', long, 'z']), sheetRow(3, ['p', 'q'])].join('');
    const { sheets, rules } = await read(book({ sheets: [{ rows }] }));
    // 1 MiB of three-byte characters: 349,525 whole ones.
    expect(sheets).toEqual([['S1', [['a', 'b', 'c'], ['x', '字'.repeat(349_525), 'z'], ['p', 'q']]]]);
    expect(rules).toEqual([['parse/xlsx-cell-text-limit', 'S1!B2']]);
  });

  it('cuts a shared string holding megabytes of text and names the first cell that shows it', async () => {
    const rows = [sheetRow(1, ['a', { s: 1 }]), sheetRow(2, ['x', { s: 0 }]), sheetRow(3, ['y', { s: 0 }])].join('');
    const { sheets, rules } = await read(book({ sheets: [{ rows }], strings: ['A'.repeat(MAX_CELL_TEXT + 10), 'b'] }));
    const cut = 'A'.repeat(MAX_CELL_TEXT);
    expect(sheets).toEqual([['S1', [['a', 'b'], ['x', cut], ['y', cut]]]]);
    expect(rules).toEqual([['parse/xlsx-cell-text-limit', 'S1!B2']]);
  });

  it('cuts the sheets at the row where the cells\' text passes the workbook limit, a shared string counted at each use', () => {
    const rows = Array.from({ length: 10 }, (_, r) => sheetRow(r + 1, ['abcd', { s: 0 }])).join('');
    const parts: ZipPart[] = (unzip(book({ sheets: [{ rows }, { rows }], strings: ['123456'] }), 1_000_000) as { parts: ZipPart[] }).parts;
    const rules: [string, string | undefined][] = [];
    // Each row holds 10 bytes of text: rows 1-4 fit in 45 bytes, row 5 passes it.
    prepareSheets(parts, { maxCells: 1000, maxWorkbookText: 45 }, sheetNamesByPart(parts), (d) => rules.push([d.ruleId, d.place]));
    const rowsOf = (name: string) => [...parts.find((p) => p.name === name)!.data.toString().matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
    expect(rowsOf('xl/worksheets/sheet1.xml')).toEqual([1, 2, 3, 4]);
    expect(rowsOf('xl/worksheets/sheet2.xml')).toEqual([]);
    expect(rules).toEqual([['parse/xlsx-text-limit', 'S1!A5']]);
  });

  it('takes the shown text of a cut cell: values and runs, without phonetic runs, formulas or a half entity', () => {
    const xml = Buffer.from('<c r="A1"><f>SUM()</f><is><r><t>ab&amp;</t></r><rPh sb="0"><t>ZZ</t></rPh><r><t>cd</t></r></is></c>');
    const cell = elementScanner('c', ['<c ', '</row>'])(xml, 0)!;
    expect(cell).toMatchObject({ start: 0, end: xml.length, text: 'SUM()ab&amp;ZZcd'.length });
    expect(leadingText(xml, cell, 8).toString()).toBe('ab&amp;c');
    expect(leadingText(xml, cell, 6).toString()).toBe('ab');
    expect(leadingText(Buffer.from('<c><v>字字</v></c>'), elementScanner('c', [])(Buffer.from('<c><v>字字</v></c>'), 0)!, 5).toString()).toBe('字');
  });

  it('ends an unclosed cell at the next cell, so that a damaged sheet is scanned once', () => {
    const xml = Buffer.from('<c r="A1"><v>1</v><c r="B1"><v>2</v></c>');
    expect(elementScanner('c', ['<c ', '</row>'])(xml, 0)).toMatchObject({ end: 18, text: 1 });
  });

  it('does not inflate a part whose headers disagree on its compression', () => {
    const bytes = workbook([Buffer.from(sheetRow(1, ['a']))], undefined, { centralMethod: { 'xl/worksheets/sheet1.xml': 0 } });
    expect(unzip(bytes, 1_000_000)).toEqual({ unreadable: 'part xl/worksheets/sheet1.xml: the local header and the directory give different compression methods' });
  });

  it('finds the end record behind any amount of junk, and holds the unzipped limit there', () => {
    const bytes = workbook([Buffer.from(sheetRow(1, ['a'.repeat(5000)]))], undefined, { trailing: Buffer.alloc(100_000, 0x20) });
    expect('parts' in unzip(bytes, 1_000_000)).toBe(true);
    expect(unzip(bytes, 4000)).toEqual({ overLimit: 'xl/worksheets/sheet1.xml' });
  });

  it('refuses a part whose directory says it is too large before inflating it, and caps one whose directory understates it', () => {
    const bytes = workbook([Buffer.from(sheetRow(1, ['a'.repeat(5000)]))]);
    expect(unzip(bytes, 4000)).toEqual({ overLimit: 'xl/worksheets/sheet1.xml' });
    // Every central entry claims 10 bytes uncompressed: the inflate cap still stops the sheet.
    const lying = Buffer.from(bytes);
    for (let at = lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) lying.writeUInt32LE(10, at + 24);
    expect(unzip(lying, 4000)).toEqual({ overLimit: 'xl/worksheets/sheet1.xml' });
  });

  it('inflates only the parts wanted', () => {
    const bytes = workbook([Buffer.from(sheetRow(1, ['a']))]);
    const read = unzip(bytes, 1_000_000, (name) => name.endsWith('.rels'));
    expect('parts' in read && read.parts.map((p) => p.name)).toEqual(['_rels/.rels', 'xl/_rels/workbook.xml.rels']);
  });
});

describe('other workbook formats', () => {
  const rows = (n: number, width = 3) => Array.from({ length: n }, (_, r) => Array.from({ length: width }, (_, c) => `r${r + 1}c${c + 1}`));
  const written = (bookType: XLSX.BookType, data: string[][], sheets = ['Sheet1']) => {
    const out = XLSX.utils.book_new();
    for (const name of sheets) XLSX.utils.book_append_sheet(out, XLSX.utils.aoa_to_sheet(data), name);
    return XLSX.write(out, { type: 'buffer', bookType }) as Buffer;
  };

  it('cuts an .xls at the row where the cells pass the limit, before the reader builds them, and reads no later sheet', async () => {
    const { sheets, rules } = await read(written('xls', rows(10), ['A', 'B']), { ...LIMITS, maxCells: 20 });
    expect(sheets).toEqual([['A', rows(6)]]);
    expect(rules).toEqual([['parse/xlsx-cell-limit', 'A!A7']]);
  });

  it('cuts an .xlsb sheet the same way', async () => {
    const { sheets, rules } = await read(written('xlsb', rows(10)), { ...LIMITS, maxCells: 20 });
    expect(sheets).toEqual([['Sheet1', rows(6)]]);
    expect(rules).toEqual([['parse/xlsx-cell-limit', 'xl/worksheets/sheet1.bin!A7']]);
  });

  it('counts repeated ODF cells once per repeat and cuts before the row that passes the limit (.fods and .ods)', async () => {
    const header = odfRow(['a', 'b', 'c'].map((t) => odfCell(t)));
    // One cell repeated 100 columns wide and 10,000 rows down: a million cells from a few bytes.
    const flood = odfRow([odfCell('x', 100)], 10_000);
    const tables = [{ name: '表', rows: [header, header, flood, header] }, { name: 'S2', rows: [header] }];
    const expected = { sheets: [['表', [['a', 'b', 'c'], ['a', 'b', 'c']]]], rules: [['parse/xlsx-cell-limit', '表!A3']] };
    expect(await read(fods(tables))).toEqual(expected);
    expect(await read(ods(odsContent(tables)))).toEqual(expected);
  });

  it('reads the whole rows of a flat ODF sheet cut short, and says so', async () => {
    const text = fods([{ name: '表', rows: [odfRow(['a', 'b'].map((t) => odfCell(t))), odfRow(['c', 'd'].map((t) => odfCell(t)))] }]).toString();
    const cut = Buffer.from(text.slice(0, text.lastIndexOf('<text:p>d')));
    expect(await read(cut)).toEqual({ sheets: [['表', [['a', 'b']]]], rules: [['parse/xlsx-sheet-truncated', '表']] });
  });

  it('refuses an .ods that inflates past the unzipped limit', async () => {
    expect((await read(ods(odsBombContent(20_000_000)))).rules).toEqual([['parse/xlsx-unzipped-limit', 'content.xml']]);
  });

  it('reads nothing of a compound file whose sector chain loops, and says so', async () => {
    const looped = loopedChain(xls(rows(300)));
    expect(readCompoundStreams(looped, ['Workbook'])).toEqual({ unreadable: expect.stringMatching(/sector chain of stream Workbook loops back to sector \d+/) });
    expect((await read(looped)).rules).toEqual([['parse/xlsx-unreadable', undefined]]);
  });

  it('names the broken chain of a compound file whose chains all run backwards (it follows only the chains it needs)', () => {
    expect(readCompoundStreams(backwardChains(xls(rows(3000))), ['Workbook'])).toEqual({ unreadable: 'the sector chain of the directory is broken (it runs into a free or reserved sector id) after 3 sector(s)' });
  });

  it('refuses a compound file whose mini stream claims more bytes than the file has, before allocating them', () => {
    const bytes = Buffer.from(xls(rows(3)));
    const root = (bytes.readUInt32LE(0x30) + 1) * 512;
    bytes.writeUInt32LE(0xffffff00, root + 120);
    expect(readCompoundStreams(bytes, ['Workbook'])).toEqual({ unreadable: 'the mini stream claims 4294967040 bytes, more than the file holds' });
  });

  it('says a truncated .xls is cut short', async () => {
    const good = xls(rows(300));
    const cut = good.subarray(0, Math.floor(good.length * 0.6));
    expect(readCompoundStreams(cut, ['Workbook'])).toEqual({ unreadable: expect.stringMatching(/a truncated download|cut short/) });
    expect((await read(cut)).rules).toEqual([['parse/xlsx-unreadable', undefined]]);
  });

  it('says a password-protected .xls is encrypted', async () => {
    const diagnostics: DiagnosticInput[] = [];
    await readWorkbookGrids(passwordProtected(xls(rows(3))), LIMITS, (d) => diagnostics.push(d));
    expect(diagnostics.map((d) => [d.ruleId, d.actual])).toEqual([['office/password-protected', 'File is password-protected']]);
    expect(diagnostics[0]!.message).toMatch(/password-protected .*unprotected copy/);
  });
});

/** Bytes of `text` in a legacy two-byte encoding, through a table of every two-byte code decoded once. */
function legacy(text: string, encoding: string): Buffer {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      const ch = decoder.decode(Uint8Array.from([a, b]));
      if ([...ch].length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [a, b]);
    }
  }
  return Buffer.from([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (table.get(ch) ?? [0x3f]))));
}

describe('Big5 declarations', () => {
  const page = (body: string) => `<html><head><meta charset="big5"></head><body>${body}</body></html>`;

  it('decodes GB18030 bytes under a Big5 declaration as GB18030, and says so', () => {
    const decoded = decodeBytes(legacy(page('政府信息公开目录：事项名称、公开内容、公开依据、公开渠道、公开时限和公开责任。'), 'gb18030'), { html: true });
    expect(decoded).toMatchObject({ encoding: 'gb18030', declaredMismatch: 'big5' });
    expect(decoded.text).toContain('政府信息公开目录');
  });

  it('keeps real Big5 as Big5 and counts the bytes it cannot map (0x80 and 0xFF decode silently)', () => {
    const text = page('政府資訊公開目錄：事項名稱、公開內容、公開依據、公開管道、公開時限與公開責任。');
    expect(decodeBytes(legacy(text, 'big5'), { html: true })).toMatchObject({ encoding: 'big5', decision: 'meta charset=big5; decoded as Big5' });
    const bad = Buffer.concat([legacy(text, 'big5'), Buffer.from([0x80, 0xff])]);
    const decoded = decodeBytes(bad, { html: true });
    expect(decoded.encoding).toBe('big5');
    expect(decoded.invalid).toEqual({ count: 2, firstOffset: bad.length - 2 });
  });
});

describe('HTML bounds', () => {
  it('stops the grids of a page at the cell budget and says which table and row', () => {
    const rows = '<tr><td rowspan="1000" colspan="100">x</td></tr>'.repeat(5);
    const diagnostics: DiagnosticInput[] = [];
    const page = prepareHtml(Buffer.from(`<html><body><table><tr><td>a</td><td>b</td></tr>${rows}</table></body></html>`), (d) => diagnostics.push(d), 1000);
    // Spans are clamped to the table: row 2's cell covers rows 2–6 (500 cells), row 3's rows 3–6 (400), row 4's 300
    // would pass 1000. The grid ends at row 3, 200 wide.
    const rowsRead = page.html!.tables[0]!.rows.map((r) => r.map((c) => c.text));
    expect(rowsRead).toEqual([
      ['a', 'b', ...Array(198).fill('')],
      [...Array(100).fill('x'), ...Array(100).fill('')],
      Array(200).fill('x'),
    ]);
    expect(diagnostics.map((d) => [d.ruleId, d.place])).toEqual([['html/table-cell-limit', 'table 1 R4']]);
  });

  it('measures elements and nesting from the tags alone', () => {
    expect(markupSize('<div><div><p>a<p>b</div><br><img src=x></div><span/>')).toEqual({ elements: 7, depth: 2 });
  });

  it('reads a page without a DOM as lines, table rows as pipe rows', () => {
    const html = '<title>T</title><style>x{}</style><div>段落&nbsp;一</div><table><tr><th>事项名称</th><th>公开内容</th></tr><tr><td>甲</td><td>A &amp; B</td></tr></table><!-- c -->';
    expect(markupText(html)).toEqual(['T', '段落 一', '| 事项名称 | 公开内容 |', '| 甲 | A & B |']);
  });

  it('reads a stray < and an unclosed script as text, as a tokenizer does, and stays linear on many of them', () => {
    expect(markupText('<p>a < b</p><script>var x;<p>c</p>')).toEqual(['a < b', 'var x;', 'c']);
    const started = performance.now();
    expect(markupText('1 < 2 <script> '.repeat(100_000))).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('reads a page nested deeper than a DOM allows as text, with a warning', () => {
    const diagnostics: DiagnosticInput[] = [];
    const page = prepareHtml(Buffer.from(`<html><body>${'<div>'.repeat(6000)}文字${'</div>'.repeat(6000)}</body></html>`), (d) => diagnostics.push(d));
    expect(page.html).toBeUndefined();
    expect(page.text).toBe('文字');
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['html/too-large-for-dom']);
  });
});
