/**
 * Word files written for tests: a .docx (WordprocessingML in a zip) and a .doc (a Word 97 binary document in a
 * compound file: FIB, one UTF-16 text piece, paragraph properties marking table cells and row ends). Both are built
 * from the same description, so a test can say what a document holds once and read it in either format.
 */
import * as XLSX from 'xlsx';
import { zip } from '../hostile/zip.js';
import { documentXml, docxParts, paras, type BlockSpec } from '../../bench/word-xml.js';

export type { BlockSpec, CellSpec, ParagraphSpec } from '../../bench/word-xml.js';
export { documentXml };

/** A .docx of the blocks; `documentPart` replaces word/document.xml's bytes (hostile cases). */
export function docx(blocks: BlockSpec[], documentPart: Buffer | Buffer[] = documentXml(blocks)): Buffer {
  return zip(docxParts(Array.isArray(documentPart) ? Buffer.concat(documentPart) : documentPart));
}

// ---- Word 97 binary ----

/** Paragraph properties of one run of text, as sprms. */
type Sprms = Buffer;
const sprm = (code: number, operand: number[]) => Buffer.from([code & 0xff, code >> 8, ...operand]);
const IN_TABLE = sprm(0x2416, [1]);
const ROW_END = sprm(0x2417, [1]);
/** sprmTVertMerge: cell `itc` merged with the cell above (1) or first of a merged run (3). */
const vertMerge = (itc: number, merge: 'restart' | 'continue') => sprm(0xd62b, [2, itc, merge === 'restart' ? 3 : 1]);

interface Paragraph97 {
  /** Text with its mark (\r or \x07). */
  text: string;
  sprms: Sprms;
}

/** Blocks as Word 97 paragraphs: cells' paragraphs end with \r except the last (\x07), a row ends with a row-end mark. */
function paragraphs97(blocks: BlockSpec[]): Paragraph97[] {
  const out: Paragraph97[] = [];
  for (const b of blocks) {
    if (!('rows' in b)) {
      out.push({ text: `${b.text}\r`, sprms: Buffer.alloc(0) });
      continue;
    }
    for (const row of b.rows) {
      const merges: Buffer[] = [];
      row.forEach((cell, itc) => {
        const lines = paras(cell.text);
        lines.forEach((t, i) => out.push({ text: t + (i === lines.length - 1 ? '\x07' : '\r'), sprms: IN_TABLE }));
        if (cell.vMerge) merges.push(vertMerge(itc, cell.vMerge));
      });
      out.push({ text: '\x07', sprms: Buffer.concat([IN_TABLE, ROW_END, ...merges]) });
    }
    out.push({ text: '\r', sprms: Buffer.alloc(0) });
  }
  return out;
}

const TEXT_AT = 0x800;
const PAGE = 512;
/** Runs per FKP page: few enough that their property lists always fit. */
const RUNS_PER_PAGE = 12;

export interface Doc97Options {
  /** Set the FIB's "encrypted" flag. */
  encrypted?: boolean;
  /** Leave out the paragraph properties (a reader then has only the cell marks to go by). */
  noProperties?: boolean;
  /** Store each row end's properties in the Data stream, named by sprmPHugePapx (as writers do for wide rows). */
  hugeRowEnds?: boolean;
}

/** A Word 97 .doc of the blocks (nested tables and spans are not written). */
export function doc97(blocks: BlockSpec[], options: Doc97Options = {}): Buffer {
  const data: Buffer[] = [];
  let dataLength = 0;
  const paragraphs = paragraphs97(blocks).map((p) => {
    if (!options.hugeRowEnds || !p.text.endsWith('\x07') || p.sprms.indexOf(ROW_END) < 0) return p;
    const at = dataLength;
    const record = Buffer.concat([Buffer.from([p.sprms.length & 0xff, p.sprms.length >> 8]), p.sprms]);
    data.push(record);
    dataLength += record.length;
    return { ...p, sprms: sprm(0x6646, [at & 0xff, (at >> 8) & 0xff, (at >> 16) & 0xff, at >>> 24]) };
  });
  const text = paragraphs.map((p) => p.text).join('');
  const textBytes = Buffer.from(text, 'utf16le');
  const fkpStart = Math.ceil((TEXT_AT + textBytes.length) / PAGE) * PAGE;
  // One property run per paragraph: [fc of its first character, fc after its mark).
  const runs: { start: number; end: number; sprms: Sprms }[] = [];
  let fc = TEXT_AT;
  for (const p of paragraphs) {
    const end = fc + p.text.length * 2;
    runs.push({ start: fc, end, sprms: p.sprms });
    fc = end;
  }
  const pages: Buffer[] = [];
  const bins: { fc: number; pn: number }[] = [];
  for (let i = 0; i < runs.length; i += RUNS_PER_PAGE) {
    const chunk = runs.slice(i, i + RUNS_PER_PAGE);
    const page = Buffer.alloc(PAGE);
    chunk.forEach((r, k) => page.writeUInt32LE(r.start, k * 4));
    page.writeUInt32LE(chunk[chunk.length - 1]!.end, chunk.length * 4);
    let free = PAGE - 1;
    chunk.forEach((r, k) => {
      // PapxInFkp: cb, then the style index (2 bytes) and the sprms; an even length is written with cb = 0.
      const body = Buffer.concat([Buffer.from([0, 0]), r.sprms]);
      const papx = body.length % 2 === 1 ? Buffer.concat([Buffer.from([(body.length + 1) / 2]), body]) : Buffer.concat([Buffer.from([0, body.length / 2]), body]);
      free = (free - papx.length) & ~1;
      papx.copy(page, free);
      page[(chunk.length + 1) * 4 + k * 13] = free / 2;
    });
    page[PAGE - 1] = chunk.length;
    bins.push({ fc: chunk[0]!.start, pn: (fkpStart + pages.length * PAGE) / PAGE });
    pages.push(page);
  }
  const fib = Buffer.alloc(TEXT_AT);
  fib.writeUInt16LE(0xa5ec, 0);
  fib.writeUInt16LE(0x00c1, 2);
  fib.writeUInt16LE(0x0200 | (options.encrypted ? 0x0100 : 0), 0x0a);
  fib.writeUInt16LE(14, 0x20);
  const longs = 0x22 + 14 * 2;
  fib.writeUInt16LE(22, longs);
  fib.writeUInt32LE(text.length, longs + 2 + 3 * 4);
  const pairs = longs + 2 + 22 * 4;
  fib.writeUInt16LE(0x5d, pairs);
  const setPair = (i: number, offset: number, length: number) => {
    fib.writeUInt32LE(offset, pairs + 2 + i * 8);
    fib.writeUInt32LE(length, pairs + 2 + i * 8 + 4);
  };
  // Table stream: the piece table (one UTF-16 piece), then the bin table of the FKP pages.
  const plcPcd = Buffer.alloc(8 + 8);
  plcPcd.writeUInt32LE(0, 0);
  plcPcd.writeUInt32LE(text.length, 4);
  plcPcd.writeUInt32LE(TEXT_AT, 8 + 2);
  const clx = Buffer.concat([Buffer.from([0x02]), u32(plcPcd.length), plcPcd]);
  const bin = Buffer.concat([...bins.map((b) => u32(b.fc)), u32(runs[runs.length - 1]!.end), ...bins.map((b) => u32(b.pn))]);
  setPair(33, 0, clx.length);
  if (!options.noProperties) setPair(13, clx.length, bin.length);
  const word = Buffer.concat([fib, textBytes, Buffer.alloc(fkpStart - TEXT_AT - textBytes.length), ...pages]);
  const container = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(container, 'WordDocument', word);
  XLSX.CFB.utils.cfb_add(container, '1Table', Buffer.concat([clx, bin]));
  if (data.length > 0) XLSX.CFB.utils.cfb_add(container, 'Data', Buffer.concat(data));
  return Buffer.from(XLSX.CFB.write(container, { type: 'buffer' }) as Uint8Array);
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

/** A compound file holding an `EncryptedPackage` stream: how Office saves a password-protected .docx or .xlsx. */
export function encryptedOoxml(): Buffer {
  const container = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(container, 'EncryptionInfo', Buffer.alloc(200, 4));
  XLSX.CFB.utils.cfb_add(container, 'EncryptedPackage', Buffer.alloc(8000, 0x5a));
  return Buffer.from(XLSX.CFB.write(container, { type: 'buffer' }) as Uint8Array);
}
