/** Workbook formats are told apart by content, never by name, and each item says the format it was read from. */
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/ingest-file.js';
import { workbookFormat } from '../../parsers/xlsx/workbook-format.js';
import type { FormatMaker } from '../formats/reference-catalogue.js';
import { fods, odfCell, odfRow, ods, odsContent } from '../hostile/odf.js';

const made = async (format: string) => ((await import(/* @vite-ignore */ `../formats/make-${format}.js`)) as { maker: FormatMaker }).maker.make();

describe('workbook formats by content', () => {
  it.each([
    ['xlsx', 'xlsx'], ['xls', 'xls'], ['xls-biff5', 'xls'], ['et', 'et'], ['ods', 'ods'], ['xlsb', 'xlsb'], ['fods', 'fods'],
  ])('%s is read as %s, whatever its name says', async (maker, format) => {
    const bytes = await made(maker);
    expect(workbookFormat(bytes)).toBe(format);
    const result = await ingestFile('catalogue.txt', bytes);
    expect(result.record.format).toBe(format);
    expect(result.record.encoding).toBe('binary');
    expect(result.items.length).toBeGreaterThan(0);
    expect(new Set(result.items.map((i) => i.source.format))).toEqual(new Set([format]));
  });

  it('leaves a Word compound file alone, also when it embeds a workbook', () => {
    const container = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(container, '/WordDocument', Buffer.alloc(5000, 1));
    XLSX.CFB.utils.cfb_add(container, '/ObjectPool/_1/Workbook', Buffer.alloc(5000, 2));
    expect(workbookFormat(XLSX.CFB.write(container, { type: 'buffer' }) as Buffer)).toBeUndefined();
  });

  it('leaves a compound file without a workbook stream alone', () => {
    const container = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(container, '/Contents', Buffer.alloc(5000, 1));
    expect(workbookFormat(XLSX.CFB.write(container, { type: 'buffer' }) as Buffer)).toBeUndefined();
  });

  it('knows an .ods by its stored mimetype and a zip of other parts as no workbook', async () => {
    expect(workbookFormat(ods(odsContent([{ name: 'S1', rows: [odfRow([odfCell('a')])] }])))).toBe('ods');
    const { zip } = await import('../hostile/zip.js');
    expect(workbookFormat(zip([['mimetype', Buffer.from('application/vnd.oasis.opendocument.text')], ['content.xml', Buffer.from('<x/>')]], { stored: ['mimetype'] }))).toBeUndefined();
  });

  it('knows a flat ODF spreadsheet by its root, and not a flat text document or an XHTML page', () => {
    const sheet = fods([{ name: 'S1', rows: [odfRow([odfCell('a')])] }]);
    expect(workbookFormat(sheet)).toBe('fods');
    expect(workbookFormat(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), sheet]))).toBe('fods');
    expect(workbookFormat(Buffer.from(sheet.toString().replace('opendocument.spreadsheet', 'opendocument.text')))).toBeUndefined();
    expect(workbookFormat(Buffer.from('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><table><tr><td>a</td></tr></table></body></html>'))).toBeUndefined();
  });

  it('reads a flat ODF spreadsheet as a workbook, not as a page of markup', async () => {
    const rows = [odfRow(['事项名称', '公开内容', '公开时限'].map((t) => odfCell(t))), odfRow(['甲事项', '甲的内容', '20个工作日内'].map((t) => odfCell(t)))];
    const result = await ingestFile('a.xml', fods([{ name: '目录', rows }]));
    expect(result.record.parsers).toEqual(['xlsx']);
    expect(result.items.map((i) => [i.name, i.source.place])).toEqual([['甲事项', '目录!A2']]);
  });
});
