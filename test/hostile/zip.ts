/** A minimal zip writer (deflate entries), enough to build hostile workbooks whose parts no spreadsheet tool would write. */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipTricks {
  /** The compression method the central directory claims for an entry (the local header keeps the true one). */
  centralMethod?: Record<string, number>;
  /** Bytes after the end-of-central-directory record (a long one hides the record from a search of the last 64 KB). */
  trailing?: Buffer;
  /** Entries stored uncompressed (an OpenDocument `mimetype`). */
  stored?: string[];
}

export function zip(entries: [name: string, content: Buffer][], tricks: ZipTricks = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const method = tricks.stored?.includes(name) ? 0 : 8;
    const data = method === 0 ? content : deflateRawSync(content, { level: 1 });
    const fileName = Buffer.from(name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(method, 8); // 8: deflate
    header.writeUInt32LE(crc32(content), 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(content.length, 22);
    header.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(tricks.centralMethod?.[name] ?? method, 10);
    central.writeUInt32LE(crc32(content), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(header, fileName, data);
    centrals.push(central, fileName);
    offset += header.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end, tricks.trailing ?? Buffer.alloc(0)]);
}

/** An .xlsx whose one sheet holds `sheetData` (raw XML rows). */
export function workbook(sheetData: Buffer[], dimension?: string, tricks: ZipTricks = {}): Buffer {
  const xml = (s: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`);
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zip([
    ['[Content_Types].xml', xml(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`)],
    ['_rels/.rels', xml(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`)],
    ['xl/workbook.xml', xml(`<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`)],
    ['xl/_rels/workbook.xml.rels', xml(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`)],
    ['xl/worksheets/sheet1.xml', Buffer.concat([xml(`<worksheet xmlns="${main}">${dimension ? `<dimension ref="${dimension}"/>` : ''}<sheetData>`), ...sheetData, Buffer.from('</sheetData></worksheet>')])],
  ], tricks);
}

export interface BookSpec {
  /** Raw `<row>` XML of each sheet; a sheet whose XML must stay unclosed says so with `unclosed`. */
  sheets: { rows: string; unclosed?: boolean }[];
  /** The shared strings; none: no sharedStrings part. */
  strings?: string[];
  /** Parts left out of the zip. */
  omit?: string[];
}

/** A workbook of several sheets (S1, S2, …) with an optional shared-strings part, parts possibly missing or cut. */
export function book({ sheets, strings, omit = [] }: BookSpec): Buffer {
  const xml = (s: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`);
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const parts = sheets.map((_, i) => `xl/worksheets/sheet${i + 1}.xml`);
  const overrides = parts.map((p) => `<Override PartName="/${p}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('');
  const sst = strings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : '';
  const entries: [string, Buffer][] = [
    ['[Content_Types].xml', xml(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}${sst}</Types>`)],
    ['_rels/.rels', xml(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`)],
    ['xl/workbook.xml', xml(`<workbook xmlns="${main}" xmlns:r="${rel}"><sheets>${sheets.map((_, i) => `<sheet name="S${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`)],
    ['xl/_rels/workbook.xml.rels', xml(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${parts.map((p, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="${p.slice(3)}"/>`).join('')}${strings ? `<Relationship Id="rIdS" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`)],
    ...(strings ? [['xl/sharedStrings.xml', xml(`<sst xmlns="${main}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`)] as [string, Buffer]] : []),
    ...sheets.map((sheet, i): [string, Buffer] => [parts[i]!, xml(`<worksheet xmlns="${main}"><sheetData>${sheet.rows}${sheet.unclosed ? '' : '</sheetData></worksheet>'}`)]),
  ];
  return zip(entries.filter(([name]) => !omit.includes(name)));
}

/** Raw XML of one row: inline strings, or `{ s: n }` for shared string n, `{ n: v }` for a number. */
export function sheetRow(r: number, cells: (string | { s: number } | { n: number } | undefined)[], columns = 'ABCDEFGHIJ'): string {
  const cell = (c: (typeof cells)[number], i: number) => {
    const ref = `${columns[i]}${r}`;
    if (c === undefined) return '';
    if (typeof c === 'string') return `<c r="${ref}" t="inlineStr"><is><t>${c}</t></is></c>`;
    return 's' in c ? `<c r="${ref}" t="s"><v>${c.s}</v></c>` : `<c r="${ref}"><v>${c.n}</v></c>`;
  };
  return `<row r="${r}">${cells.map(cell).join('')}</row>`;
}
