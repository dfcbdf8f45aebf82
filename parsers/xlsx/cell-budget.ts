/**
 * The cell limit for the workbook encodings other than .xlsx's sheet XML (sheet-parts.ts does that one): the cells
 * the spreadsheet library would build are counted in the raw records before it reads them, and the data is cut at
 * the start of the row where the count passes the budget, so it never builds more cells than the limit.
 * Only cells that hold something count: the library builds no cell for a blank.
 */

export interface Cut {
  /** The data to hand the library: whole, or cut at the row that passes the budget. */
  data: Buffer;
  /** Cells counted (up to the cut). */
  cells: number;
  /** Where it was cut: 0-based sheet (in the order the data holds them) and 1-based row. */
  cut?: { sheet: number; row: number; sheetName?: string };
  /** ODF XML that ends before its root closes (a file cut short): the sheet it ends in, closed after its last whole row. */
  truncated?: string;
}

/** BIFF5/BIFF8 cell records (FORMULA, LABELSST, NUMBER, LABEL, BOOLERR, RK, RSTRING; MULRK holds several). */
const BIFF_CELLS = new Set([0x0006, 0x00fd, 0x0203, 0x0204, 0x0205, 0x027e, 0x00d6]);
const BIFF_MULRK = 0x00bd;
const BIFF_BOF = 0x0809;

/** A .xls workbook stream: records `type(2) length(2) payload`; the cut stream ends with an EOF record. */
export function cutBiff(stream: Buffer, budget: number): Cut {
  let cells = 0;
  let sheet = -1;
  let row = -1;
  let rowStart = 0;
  for (let at = 0; at + 4 <= stream.length; ) {
    const type = stream.readUInt16LE(at);
    const length = stream.readUInt16LE(at + 2);
    if (type === BIFF_BOF) sheet++;
    const count = BIFF_CELLS.has(type) ? 1 : type === BIFF_MULRK ? Math.max(0, Math.floor((length - 6) / 6)) : 0;
    if (count > 0 && at + 6 <= stream.length) {
      const r = stream.readUInt16LE(at + 4);
      if (r !== row) [row, rowStart] = [r, at];
      if (cells + count > budget) {
        const eof = Buffer.from([0x0a, 0x00, 0x00, 0x00]);
        // Sheet 0 of the stream is the workbook globals: sheets count from the first worksheet.
        return { data: Buffer.concat([stream.subarray(0, rowStart), eof]), cells, cut: { sheet: sheet - 1, row: r + 1 } };
      }
      cells += count;
    }
    at += 4 + length;
  }
  return { data: stream, cells };
}

/** BIFF12 value cells: BrtCellRk … BrtFmlaError (2–11), the short forms (13–18) and BrtCellRString (62). */
const XLSB_CELLS = new Set([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 62]);
const XLSB_ROW = 0;

/** One .xlsb sheet part: records with a 1–2 byte type and a 1–4 byte length, 7 bits a byte. */
export function cutXlsbSheet(part: Buffer, budget: number, sheet: number): Cut {
  let cells = 0;
  let row = 0;
  let rowStart = 0;
  for (let at = 0; at < part.length; ) {
    const start = at;
    let type = part[at++]!;
    if (type & 0x80) type = (type & 0x7f) | ((part[at++]! & 0x7f) << 7);
    let length = 0;
    for (let shift = 0; shift < 28; shift += 7) {
      const b = part[at++]!;
      length |= (b & 0x7f) << shift;
      if (!(b & 0x80)) break;
    }
    if (type === XLSB_ROW && at + 4 <= part.length) [row, rowStart] = [part.readUInt32LE(at) + 1, start];
    if (XLSB_CELLS.has(type)) {
      if (cells >= budget) return { data: part.subarray(0, rowStart), cells, cut: { sheet, row } };
      cells++;
    }
    at += length;
  }
  return { data: part, cells };
}

const ODF_TAGS = /<(\/?)(?:[\w.-]+:)?(table-row|table-cell|table(?=[\s>/]))\b([^>]*)>/g;
const attr = (attrs: string, name: string): string | undefined => new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}="([^"]*)"`).exec(attrs)?.[1];

/**
 * OpenDocument spreadsheet XML (.ods content.xml, .fods): a cell with content is built once for every repeat
 * (`number-columns-repeated` × its row's `number-rows-repeated`), so repeats are counted; a self-closing cell is
 * built once. The cut XML closes the table it cut.
 */
export function cutOdf(whole: Buffer, budget: number): Cut {
  const { xml, truncated } = closeOdf(whole);
  const text = xml.toString('latin1');
  let cells = 0;
  let sheet = -1;
  let sheetName: string | undefined;
  let tablePrefix = '';
  let rowRepeat = 1;
  let row = 0;
  let rowStart = 0;
  for (const m of text.matchAll(ODF_TAGS)) {
    const [whole, close, tag, attrs] = m as unknown as [string, string, string, string];
    if (close) continue;
    if (tag === 'table') {
      sheet++;
      row = 0;
      rowRepeat = 1;
      sheetName = attr(attrs, 'name');
      tablePrefix = /^<([\w.-]+:)?/.exec(whole)?.[1] ?? '';
    } else if (tag === 'table-row') {
      rowStart = m.index;
      row += rowRepeat;
      rowRepeat = Math.max(1, Number(attr(attrs, 'number-rows-repeated') ?? 1) || 1);
    } else {
      const selfClosing = attrs.endsWith('/');
      const count = selfClosing ? (attr(attrs, 'value-type') === undefined ? 0 : 1) : Math.max(1, Number(attr(attrs, 'number-columns-repeated') ?? 1) || 1) * rowRepeat;
      if (cells + count > budget) {
        const closing = Buffer.from(`</${tablePrefix}table>`, 'latin1');
        return { data: Buffer.concat([xml.subarray(0, rowStart), closing]), cells, cut: { sheet, row, ...(sheetName !== undefined && { sheetName: unescapeName(sheetName) }) },
          ...(truncated !== undefined && { truncated }) };
      }
      cells += count;
    }
  }
  return { data: xml, cells, ...(truncated !== undefined && { truncated }) };
}

const ROOT_END = /<\/(?:[\w.-]+:)?document(?:-content)?>\s*$/;
const TABLE_OPEN = /<((?:[\w.-]+:)?)table[\s>]/g;

/**
 * ODF XML whose root element never closes was cut short. The library builds a sheet only at its closing tag, so the
 * sheet the text ends in would vanish: it is closed after its last whole row.
 */
function closeOdf(xml: Buffer): { xml: Buffer; truncated?: string } {
  if (ROOT_END.test(xml.toString('latin1', Math.max(0, xml.length - 256)))) return { xml };
  const text = xml.toString('latin1');
  const open = [...text.matchAll(TABLE_OPEN)].at(-1);
  if (!open) return { xml, truncated: '' };
  const [prefix, tagEnd] = [open[1]!, text.indexOf('>', open.index)];
  const name = unescapeName(attr(text.slice(open.index, tagEnd < 0 ? undefined : tagEnd), 'name') ?? '');
  if (tagEnd < 0 || text.indexOf(`</${prefix}table>`, open.index) >= 0) return { xml: tagEnd < 0 ? xml.subarray(0, open.index) : xml, truncated: name };
  const rowEnd = `</${prefix}table-row>`;
  const last = text.lastIndexOf(rowEnd);
  const keep = last > open.index ? last + rowEnd.length : tagEnd + 1;
  return { xml: Buffer.concat([xml.subarray(0, keep), Buffer.from(`</${prefix}table>`, 'latin1')]), truncated: name };
}

/** Sheet names are XML attribute text; the name is shown in a message, so entities are decoded (UTF-8 bytes read as latin1). */
function unescapeName(name: string): string {
  return Buffer.from(name.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!), 'latin1').toString('utf8');
}
