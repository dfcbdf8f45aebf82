/** Inflating a large sheet part while dropping what the sheet checks would cut anyway. */
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import { inflateBounded, MAX_TAG, type PartBounds } from '../../parsers/xlsx/bounded-inflate.js';
import { prepareSheets, sheetPartBounds, type SheetLimits } from '../../parsers/xlsx/sheet-parts.js';
import type { ZipPart } from '../../parsers/xlsx/unzip.js';

const SHEET = 'xl/worksheets/sheet1.xml';
const sheet = (rows: string) => `<?xml version="1.0"?><worksheet><sheetData>${rows}</sheetData></worksheet>`;
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const rowOf = (r: number, cells: string[]) => `<row r="${r}">${cells.join('')}</row>`;

function inflate(xml: string, bounds: PartBounds) {
  const read = inflateBounded(deflateRawSync(Buffer.from(xml, 'utf8')), 1 << 30, bounds, 0);
  if (!('data' in read)) throw new Error(JSON.stringify(read));
  return read;
}

/** What prepareSheets leaves of the part and reports, from the whole XML or from the bounded inflate. */
function prepared(part: ZipPart, limits: SheetLimits) {
  const rules: DiagnosticInput[] = [];
  const parts = [part];
  prepareSheets(parts, limits, new Map([[SHEET, 'S1']]), (d) => rules.push(d));
  return { xml: parts[0]!.data.toString('utf8'), rules };
}

describe('inflateBounded', () => {
  it('keeps a part that is within its bounds byte for byte, wherever the inflater splits it', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', '中', '<c>', '</c>', '<c r="A1" t="s">', '<x:c/>', '&amp;', ' ', '>'), maxLength: 400 }), { maxLength: 30 }), (texts) => {
        const xml = sheet(texts.join(''));
        const read = inflate(xml, { keepRun: 1 << 20 });
        expect(read.data.toString('utf8')).toBe(xml);
        expect(read).toMatchObject({ squeezed: [], inflated: Buffer.byteLength(xml) });
        expect(read.stopped).toBeUndefined();
      }),
      { numRuns: 50 },
    );
  });

  it('cuts a text run to its first keepRun bytes, never inside an entity, and records what it dropped', () => {
    const read = inflate(sheet(rowOf(1, [inline('A1', 'abcdefgh&amp;xyz'), inline('B1', 'short')])), { keepRun: 10 });
    expect(read.data.toString('utf8')).toBe(sheet(rowOf(1, [inline('A1', 'abcdefgh'), inline('B1', 'short')])));
    const at = read.data.indexOf('</t>');
    expect(read.squeezed).toEqual([{ at, removed: 8 }]);
  });

  it('counts what it dropped of a run the part ends in', () => {
    const read = inflate('<t>' + 'x'.repeat(30), { keepRun: 10 });
    expect(read.data.toString('utf8')).toBe('<t>' + 'x'.repeat(10));
    expect(read.squeezed).toEqual([{ at: 13, removed: 20 }]);
  });

  it('stops after the cell that passes the cell limit, counting cells like the sheet checks (not empty styled ones)', () => {
    const cells = ['<c r="A1" s="1"/>', ...['A', 'B', 'C', 'D', 'E'].map((col) => inline(`${col}1`, 'x'))];
    const read = inflate(sheet(rowOf(1, cells)), { keepRun: 100, maxCells: 2 });
    expect(read.stopped).toBe('limits');
    expect(read.data.toString('utf8')).toMatch(/<c r="C1" t="inlineStr"><is><t>x<\/t><\/is><\/c>$/);
  });

  it('stops once the cells hold more text than the limit, counting each cell up to the cell-text limit and shared strings as nothing', () => {
    const xml = sheet(rowOf(1, ['<c r="A1" t="s"><v>12345678</v></c>', inline('B1', 'x'.repeat(50)), inline('C1', 'yyyy'), inline('D1', 'z'), inline('E1', 'w')]));
    const read = inflate(xml, { keepRun: 100, maxCells: 100, maxText: 12, maxCellText: 8 });
    expect(read.stopped).toBe('limits');
    expect(read.data.toString('utf8')).toMatch(/<t>yyyy<\/t><\/is><\/c><c r="D1" t="inlineStr"><is><t>z<\/t><\/is><\/c>$/);
  });

  it('leaves the sheet checks the same cut, cells and reports as the whole part would (cell limit, text limit, a long cell)', () => {
    const long = 'L'.repeat(6000);
    const rows = Array.from({ length: 40 }, (_, r) => rowOf(r + 1, [inline(`A${r + 1}`, r === 5 ? long : `事项${r}`), `<c r="B${r + 1}"><v>${r}</v></c>`])).join('');
    const xml = sheet(rows);
    for (const limits of [{ maxCells: 30, maxCellText: 1000 }, { maxCells: 1000, maxCellText: 1000, maxWorkbookText: 1200 }, { maxCells: 1000, maxCellText: 1000 }] as SheetLimits[]) {
      const whole = prepared({ name: SHEET, data: Buffer.from(xml, 'utf8') }, limits);
      const read = inflate(xml, sheetPartBounds(limits)(SHEET)!);
      const bounded = prepared({ name: SHEET, data: read.data, squeezed: read.squeezed, ...(read.stopped && { stopped: read.stopped }) }, limits);
      expect(bounded).toEqual(whole);
    }
  });

  it('stops before a tag longer than MAX_TAG, and the sheet checks read the rows before it as a sheet cut short', () => {
    const rows = [rowOf(1, [inline('A1', 'a')]), rowOf(2, [inline('A2', 'b')])].join('');
    const xml = sheet(`${rows}<row r="3"><c r="A3" x="${'y'.repeat(MAX_TAG)}"><v>1</v></c></row>`);
    const read = inflate(xml, sheetPartBounds({ maxCells: 100 })(SHEET)!);
    expect(read.stopped).toBe('overlong-tag');
    expect(read.data.toString('utf8')).toBe(xml.slice(0, xml.indexOf('<c r="A3"')));
    const { xml: checked, rules } = prepared({ name: SHEET, data: read.data, stopped: read.stopped }, { maxCells: 100 });
    expect(checked).toBe(sheet(rows));
    expect(rules.map((d) => [d.ruleId, d.actual])).toEqual([['parse/xlsx-sheet-truncated', `a tag longer than ${MAX_TAG} bytes`]]);
  });

  it('gives a damaged stream as unreadable, not a throw', () => {
    expect(inflateBounded(Buffer.from([0xff, 0xff, 0xff, 0xff]), 1000, { keepRun: 10 }, 0)).toMatchObject({ unreadable: expect.stringContaining('does not inflate') });
  });

  it('stops at the output limit', () => {
    expect(inflateBounded(deflateRawSync(Buffer.alloc(100_000, 0x41)), 50_000, { keepRun: 10 }, 0)).toEqual({ overLimit: true });
  });
});
