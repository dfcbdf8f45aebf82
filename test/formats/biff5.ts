/**
 * A minimal BIFF5 workbook writer (Excel 5/95: one sheet of text cells, the `Book` stream of a compound file), with its
 * text in a codepage as such files keep it. SheetJS writes BIFF5 too, but only ASCII text (it turns every other
 * character into `_`), so a Chinese BIFF5 workbook is written here.
 */
import * as XLSX from 'xlsx';
import * as cptable from 'xlsx/dist/cpexcel';

const record = (type: number, payload: Buffer): Buffer => {
  const head = Buffer.alloc(4);
  head.writeUInt16LE(type, 0);
  head.writeUInt16LE(payload.length, 2);
  return Buffer.concat([head, payload]);
};
const u16 = (...values: number[]): Buffer => Buffer.concat(values.map((v) => Buffer.from([v & 0xff, v >> 8])));
const bof = (kind: number) => record(0x0809, Buffer.concat([u16(0x0500, kind), Buffer.alloc(4)]));
const EOF = record(0x000a, Buffer.alloc(0));

/** The rows (strings; '' for no cell) as one sheet `sheetName`, text encoded in `codepage` (936: GBK). */
export function biff5Workbook(rows: readonly (readonly string[])[], sheetName: string, codepage = 936): Uint8Array {
  const encode = (s: string) => Buffer.from(cptable.utils.encode(codepage, s) as number[]);
  const cells = rows.flatMap((row, r) => row.flatMap((text, c) => {
    if (text === '') return [];
    const bytes = encode(text);
    return [record(0x0204, Buffer.concat([u16(r, c, 0, bytes.length), bytes]))];
  }));
  const sheet = Buffer.concat([bof(0x0010), record(0x0200, Buffer.concat([u16(0, rows.length, 0, Math.max(...rows.map((r) => r.length))), Buffer.alloc(2)])), ...cells, EOF]);
  const name = encode(sheetName);
  const boundSheet = (pos: number) => record(0x0085, Buffer.concat([Buffer.from([pos & 0xff, (pos >> 8) & 0xff, (pos >> 16) & 0xff, pos >>> 24, 0, 0, name.length]), name]));
  const globalsLength = bof(0x0005).length + record(0x0042, u16(codepage)).length + boundSheet(0).length + EOF.length;
  const stream = Buffer.concat([bof(0x0005), record(0x0042, u16(codepage)), boundSheet(globalsLength), EOF, sheet]);
  const container = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(container, '/Book', stream);
  return new Uint8Array(XLSX.CFB.write(container, { type: 'buffer' }) as Buffer);
}
