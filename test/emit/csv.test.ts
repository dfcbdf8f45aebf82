import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, csvRow, itemCsvRow, itemsCsvHeader, neutralizeFormula } from '../../src/emit/csv.js';
import { FLAT_COLUMNS } from '../../src/emit/table-schema.js';
import { baseItem } from '../helpers/items.js';

describe('CSV writer', () => {
  it.each([
    ['=HYPERLINK("http://x","click")', `'=HYPERLINK("http://x","click")`],
    ['+1', '+1'],
    ['-1', '-1'],
    ['-2.5', '-2.5'],
    ['-1+1', "'-1+1"],
    ['-1.', "'-1."],
    ['+1\n=cmd', "'+1\n=cmd"],
    ['-', "'-"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ['政府网站', '政府网站'],
    ['a=b', 'a=b'],
  ])('neutralises formula starts, keeps plain signed numbers: %j', (value, expected) => {
    expect(neutralizeFormula(value)).toBe(expected);
  });

  it('quotes per RFC 4180 and ends records with CRLF', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvRow(['a', 'b c', ''])).toBe('a,b c,\r\n');
  });

  it('writes items with a BOM, lists joined with ；, nested values as compact JSON, and inert formulas', () => {
    const item = baseItem({ name: '=HYPERLINK("http://evil.example","点击")', channels: ['政府网站', '政务新媒体'] });
    const csv = itemsCsvHeader() + itemCsvRow(item);
    expect(csv.startsWith('\uFEFFid,kind,category,name,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, row] = parse(csv, { bom: true, relax_quotes: false }) as string[][];
    expect(header).toEqual(FLAT_COLUMNS.map((c) => c.name));
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell('name')).toBe(`'=HYPERLINK("http://evil.example","点击")`);
    expect(cell('channels')).toBe('政府网站；政务新媒体');
    expect(cell('timeLimit')).toBe(item.timeLimit.text);
    expect(JSON.parse(cell('timeLimitClauses')!)).toEqual(item.timeLimit.clauses);
    expect(cell('timeLimitClauses')).not.toContain(' ');
    expect(cell('source.place')).toBe('L5');
    expect(cell('publishedAt')).toBe('');
  });
});
