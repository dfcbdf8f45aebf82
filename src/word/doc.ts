/**
 * A .doc (Word 97–2003 binary document) → its body as paragraphs and tables.
 *
 * The compound file is opened with the project's compound-file reader (parsers/xlsx/compound-file.ts, the one .xls
 * files go through: every sector chain followed once, bounded by the file size); the Word structures are read here, not by `word-extractor`: that library turns every cell mark into a tab and every paragraph
 * mark into a newline, so an empty cell and the end of a row look alike and a cell of two paragraphs splits its row
 * over two lines, and it parses the compound file with a reader of its own. What is read:
 * - the FIB at the start of the `WordDocument` stream (which table stream, encrypted or not, the main text's length);
 * - the piece table (CLX) in the `0Table`/`1Table` stream: where each run of text is, 8-bit or UTF-16;
 * - the paragraph properties (PlcBtePapx → FKP pages): a paragraph in a table (sprmPFInTable), a row-end mark
 *   (sprmPFTtp) and nesting depth (sprmPItap), and the row's vertical and horizontal merges (sprmTDefTable cell flags,
 *   sprmTVertMerge).
 * Text: paragraph marks end paragraphs, cell marks (U+0007) end cells, a row-end paragraph ends a row; fields keep
 * their shown result, not their code. Tables nested in a cell are read as that cell's text.
 */
import type { WordBlock, WordCell, WordTable } from './word-blocks.js';
import { readCompoundStreams, streamNamesSeen } from '../../parsers/xlsx/compound-file.js';

/** What a compound file holds, by its directory's stream names: a Word document, an encrypted OOXML package, or else. */
export function compoundKind(bytes: Uint8Array): 'word' | 'encrypted' | undefined {
  const seen = streamNamesSeen(bytes, ['EncryptedPackage', 'WordDocument']);
  return seen.has('EncryptedPackage') ? 'encrypted' : seen.has('WordDocument') ? 'word' : undefined;
}

/** The root streams a .doc is read from (a workbook's, to tell a workbook that embeds a Word object). */
const STREAMS = ['EncryptedPackage', 'WordDocument', '0Table', '1Table', 'Data', 'Workbook', 'Book'];

/** `other`: a compound file whose own document is not Word (a workbook holding an embedded Word object). */
export type DocRead = { blocks: WordBlock[] } | { unreadable: string } | { encrypted: true } | { other: true };

/** `maxCells`: table rows stop being kept once the cells read pass it (the grid step then reports the cut). */
export function readDoc(bytes: Uint8Array, maxCells: number): DocRead {
  // Streams of the file's own document sit at the root; embedded objects (an .xls inside a .doc, or the reverse) below.
  const container = readCompoundStreams(bytes, STREAMS);
  if ('unreadable' in container) return { unreadable: `the compound file cannot be read (${container.unreadable})` };
  const stream = (name: string): Buffer | undefined => container.streams.get(name);
  if (stream('EncryptedPackage')) return { encrypted: true };
  const word = stream('WordDocument');
  if (!word) return stream('Workbook') || stream('Book') ? { other: true } : { unreadable: 'the compound file has no WordDocument stream' };
  try {
    return readWordStreams(word, stream, maxCells);
  } catch (error) {
    // Every offset is checked against its stream; a structure that still reads past one is damaged, not a crash.
    return { unreadable: `the document's structures are damaged (${(error as Error).message})` };
  }
}

function readWordStreams(word: Buffer, stream: (name: string) => Buffer | undefined, maxCells: number): DocRead {
  const fib = readFib(word);
  if (typeof fib === 'string') return { unreadable: fib };
  if (fib.encrypted) return { encrypted: true };
  const table = stream(fib.tableStream);
  if (!table) return { unreadable: `the ${fib.tableStream} stream the document names is missing` };
  const pieces = readPieces(table, fib.clx, word);
  if (typeof pieces === 'string') return { unreadable: pieces };
  const paragraphs = splitParagraphs(pieces, fib.textLength);
  const properties = readParagraphProperties(word, table, fib.papx, stream('Data'));
  return { blocks: assemble(paragraphs, properties, maxCells) };
}

interface Fib {
  encrypted: boolean;
  tableStream: '0Table' | '1Table';
  /** Characters of the main document (the body; footnotes, headers … follow it). */
  textLength: number;
  clx: Range;
  papx: Range;
}

interface Range {
  offset: number;
  length: number;
}

const FIB_IDENT = 0xa5ec;

function readFib(word: Buffer): Fib | string {
  if (word.length < 0x22 || word.readUInt16LE(0) !== FIB_IDENT) return 'the WordDocument stream does not start with a Word file information block';
  const flags = word.readUInt16LE(0x0a);
  // FibBase (32 bytes), then counted blocks: 16-bit words, 32-bit longs, then offset/length pairs.
  const csw = word.readUInt16LE(0x20);
  const longs = 0x22 + csw * 2;
  if (longs + 2 > word.length) return 'the Word file information block is cut short';
  const cslw = word.readUInt16LE(longs);
  const pairsAt = longs + 2 + cslw * 4;
  if (cslw < 4 || pairsAt + 2 > word.length) return 'the Word file information block is cut short';
  const pairs = word.readUInt16LE(pairsAt);
  const pair = (i: number): Range => {
    const at = pairsAt + 2 + i * 8;
    return i < pairs && at + 8 <= word.length ? { offset: word.readUInt32LE(at), length: word.readUInt32LE(at + 4) } : { offset: 0, length: 0 };
  };
  const clx = pair(33);
  if (clx.length === 0) return 'the document has no piece table (a Word 6 or older file, or a damaged one)';
  return {
    encrypted: (flags & 0x0100) !== 0,
    tableStream: flags & 0x0200 ? '1Table' : '0Table',
    textLength: word.readUInt32LE(longs + 2 + 3 * 4),
    clx,
    papx: pair(13),
  };
}

interface Piece {
  cpStart: number;
  cpEnd: number;
  /** Byte offset of the piece's text in the WordDocument stream. */
  fc: number;
  /** 8-bit text (Windows-1252) rather than UTF-16LE. */
  compressed: boolean;
  text: string;
}

const cp1252 = new TextDecoder('windows-1252');

function readPieces(table: Buffer, clx: Range, word: Buffer): Piece[] | string {
  const end = clx.offset + clx.length;
  if (end > table.length) return 'the piece table lies outside the table stream (a truncated file)';
  let at = clx.offset;
  // Formatting blocks (Prc) come first; the piece table (Pcdt) follows.
  while (at < end && table[at] === 0x01) at += 3 + Math.max(0, table.readInt16LE(at + 1));
  if (at + 5 > end || table[at] !== 0x02) return 'the piece table is missing or damaged';
  const size = table.readUInt32LE(at + 1);
  const plc = at + 5;
  const n = Math.floor((size - 4) / 12);
  if (n < 1 || plc + size > table.length) return 'the piece table is damaged';
  const pieces: Piece[] = [];
  // Pieces follow each other; their text adds up to at most the stream (a hostile file could point many at one run).
  let total = 0;
  for (let i = 0; i < n; i++) {
    const cpStart = table.readUInt32LE(plc + i * 4);
    const cpEnd = table.readUInt32LE(plc + (i + 1) * 4);
    if (i > 0 && cpStart < pieces[i - 1]!.cpEnd) return `text piece ${i + 1} starts before the previous one ends (a damaged piece table)`;
    const raw = table.readUInt32LE(plc + (n + 1) * 4 + i * 8 + 2);
    const compressed = (raw & 0x40000000) !== 0;
    const fc = compressed ? (raw & 0x3fffffff) / 2 : raw;
    const bytes = (cpEnd - cpStart) * (compressed ? 1 : 2);
    if (cpEnd < cpStart || fc + bytes > word.length) return `text piece ${i + 1} lies outside the document stream (a truncated file)`;
    total += bytes;
    if (total > word.length) return 'the text pieces add up to more than the document stream holds (a damaged piece table)';
    const data = word.subarray(fc, fc + bytes);
    pieces.push({ cpStart, cpEnd, fc, compressed, text: compressed ? cp1252.decode(data) : data.toString('utf16le') });
  }
  return pieces;
}

interface RawParagraph {
  text: string;
  /** U+000D paragraph mark or U+0007 cell mark. */
  mark: '\r' | '\x07';
  /** Byte offset of the mark in the WordDocument stream: what the paragraph properties are keyed by. */
  fc: number;
}

/** The main text split at paragraph and cell marks, each paragraph with the file offset of its mark. */
function splitParagraphs(pieces: readonly Piece[], textLength: number): RawParagraph[] {
  const out: RawParagraph[] = [];
  let current = '';
  for (const piece of pieces) {
    if (piece.cpStart >= textLength) break;
    const text = piece.text.slice(0, Math.max(0, textLength - piece.cpStart));
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch !== '\r' && ch !== '\x07') continue;
      current += text.slice(from, i);
      out.push({ text: shownText(current), mark: ch, fc: piece.fc + i * (piece.compressed ? 1 : 2) });
      current = '';
      from = i + 1;
    }
    current += text.slice(from);
  }
  if (current !== '') out.push({ text: shownText(current), mark: '\r', fc: -1 });
  return out;
}

/**
 * What Word shows of a paragraph's characters: a field's result without its code (U+0013 code U+0014 result U+0015),
 * line and page breaks as '\n', a non-breaking hyphen as '-', and no object anchors or optional hyphens.
 */
function shownText(raw: string): string {
  let out = '';
  /** Per open field: whether its code part (before U+0014) is being read. */
  const fields: boolean[] = [];
  for (const ch of raw) {
    if (ch === '\x13') fields.push(true);
    else if (ch === '\x14') {
      if (fields.length > 0) fields[fields.length - 1] = false;
    } else if (ch === '\x15') fields.pop();
    else if (fields.some((code) => code)) continue;
    else if (ch === '\x0b' || ch === '\x0c') out += '\n';
    else if (ch === '\x1e') out += '-';
    else if (ch === '\t' || ch >= ' ') out += ch;
  }
  return out;
}

/** The paragraph properties that place a paragraph in a table, for one run of file offsets. */
interface TableProps {
  inTable: boolean;
  rowEnd: boolean;
  depth: number;
  /** Row-end marks only: per cell, merged into the cell above / the cell to the left. */
  vMerge?: ('restart' | 'continue' | undefined)[];
  hMerge?: boolean[];
}

interface PropRun {
  start: number;
  end: number;
  props: TableProps;
}

const FKP_PAGE = 512;

/** Runs of paragraph properties (sorted by offset) from the FKP pages the bin table names; empty when unreadable. */
function readParagraphProperties(word: Buffer, table: Buffer, range: Range, data: Buffer | undefined): PropRun[] {
  const runs: PropRun[] = [];
  if (range.length < 12 || range.offset + range.length > table.length) return runs;
  const n = Math.floor((range.length - 4) / 8);
  for (let i = 0; i < n; i++) {
    const pn = table.readUInt32LE(range.offset + (n + 1) * 4 + i * 4) & 0x3fffff;
    const page = pn * FKP_PAGE;
    if (page + FKP_PAGE > word.length) continue;
    const crun = word[page + FKP_PAGE - 1]!;
    if (4 * (crun + 1) + 13 * crun > FKP_PAGE - 1) continue;
    for (let r = 0; r < crun; r++) {
      const start = word.readUInt32LE(page + r * 4);
      const end = word.readUInt32LE(page + (r + 1) * 4);
      const offset = word[page + 4 * (crun + 1) + 13 * r]! * 2;
      runs.push({ start, end, props: offset === 0 ? PLAIN : papx(word.subarray(page, page + FKP_PAGE), offset, data) });
    }
  }
  return runs.sort((a, b) => a.start - b.start);
}

const PLAIN: TableProps = { inTable: false, rowEnd: false, depth: 0 };

const sprmPFInTable = 0x2416;
const sprmPFTtp = 0x2417;
const sprmPItap = 0x6649;
const sprmPFInnerTtp = 0x244c;
const sprmTDefTable = 0xd608;
const sprmTVertMerge = 0xd62b;
const sprmPChgTabs = 0xc615;
const sprmPHugePapx = 0x6646;

/** One PAPX of an FKP page: the table sprms of its property list. */
function papx(page: Buffer, at: number, data: Buffer | undefined): TableProps {
  if (at + 1 >= page.length) return PLAIN;
  const cb = page[at]!;
  const start = cb === 0 ? at + 2 : at + 1;
  const length = cb === 0 ? page[at + 1]! * 2 : cb * 2 - 1;
  const props: TableProps = { inTable: false, rowEnd: false, depth: 0 };
  // The property list follows the 2-byte style index.
  const innerRowEnd = tableSprms(page, start + 2, Math.min(page.length, start + length), props, data);
  // A nested table's row end is a row of that inner table, not of the outer one.
  if (innerRowEnd) props.rowEnd = false;
  return props;
}

/**
 * Reads the table sprms of a property list into `props`; true when it marks an inner table's row end. A list too
 * large for its page (a row end with many cells) is stored in the Data stream and named by sprmPHugePapx.
 */
function tableSprms(buf: Buffer, from: number, end: number, props: TableProps, data: Buffer | undefined): boolean {
  let innerRowEnd = false;
  for (let p = from; p + 2 <= end; ) {
    const sprm = buf.readUInt16LE(p);
    const operand = p + 2;
    const size = operandSize(buf, sprm, operand, end);
    if (size < 0 || operand + size > end) break;
    const byte = buf[operand] ?? 0;
    if (sprm === sprmPFInTable) props.inTable = byte !== 0;
    else if (sprm === sprmPFTtp) props.rowEnd = byte !== 0;
    else if (sprm === sprmPFInnerTtp) innerRowEnd = byte !== 0;
    else if (sprm === sprmPItap && size >= 4) props.depth = buf.readUInt32LE(operand);
    else if (sprm === sprmTDefTable) Object.assign(props, cellMerges(buf.subarray(operand + 2, operand + size)));
    else if (sprm === sprmTVertMerge && size >= 3) {
      const itc = buf[operand + 1]!;
      const merge = buf[operand + 2]!;
      (props.vMerge ??= [])[itc] = merge === 3 ? 'restart' : merge === 1 ? 'continue' : undefined;
    } else if (sprm === sprmPHugePapx && size >= 4 && data) {
      const at = buf.readUInt32LE(operand);
      if (at + 2 <= data.length) innerRowEnd = tableSprms(data, at + 2, Math.min(data.length, at + 2 + data.readUInt16LE(at)), props, undefined) || innerRowEnd;
    }
    p = operand + size;
  }
  return innerRowEnd;
}

/** Bytes of a sprm's operand, from its size code (variable-length operands give their own size). */
function operandSize(page: Buffer, sprm: number, operand: number, end: number): number {
  switch (sprm >> 13) {
    case 0:
    case 1:
      return 1;
    case 2:
    case 4:
    case 5:
      return 2;
    case 3:
      return 4;
    case 7:
      return 3;
    default:
      if (operand >= end) return -1;
      if (sprm === sprmTDefTable) return operand + 2 <= end ? page.readUInt16LE(operand) + 1 : -1;
      if (sprm === sprmPChgTabs) return page[operand]! + 1;
      return page[operand]! + 1;
  }
}

/** sprmTDefTable's cells (count, boundaries, then a 20-byte TC80 each): their vertical and horizontal merge flags. */
function cellMerges(def: Buffer): Pick<TableProps, 'vMerge' | 'hMerge'> {
  if (def.length < 1) return {};
  const cells = def[0]!;
  const tcAt = 1 + (cells + 1) * 2;
  const vMerge: TableProps['vMerge'] = [];
  const hMerge: boolean[] = [];
  for (let i = 0; i < cells && tcAt + i * 20 + 2 <= def.length; i++) {
    const flags = def.readUInt16LE(tcAt + i * 20);
    const horizontal = flags & 0x3;
    const vertical = (flags >> 5) & 0x3;
    hMerge[i] = horizontal === 2 || horizontal === 3;
    vMerge[i] = vertical === 3 ? 'restart' : vertical === 1 ? 'continue' : undefined;
  }
  return { vMerge, hMerge };
}

function propsAt(runs: readonly PropRun[], fc: number): TableProps {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const run = runs[mid]!;
    if (fc < run.start) hi = mid - 1;
    else if (fc >= run.end) lo = mid + 1;
    else return run.props;
  }
  return PLAIN;
}

/**
 * Paragraphs → blocks. In a table, cell marks end cells and a row-end paragraph ends the row (its merges apply to
 * the row's cells). Without readable paragraph properties, a cell mark still ends a cell, and an empty cell mark right
 * after one ends the row: how Word writes a row's end.
 */
function assemble(paragraphs: readonly RawParagraph[], runs: readonly PropRun[], maxCells: number): WordBlock[] {
  let cells = 0;
  const blocks: WordBlock[] = [];
  let table: WordTable | undefined;
  let row: WordCell[] = [];
  let lines: string[] = [];
  const known = runs.length > 0;
  let previousMark: string | undefined;
  for (const p of paragraphs) {
    const props = propsAt(runs, p.fc);
    const inTable = known ? props.inTable || props.depth > 0 : p.mark === '\x07' || lines.length > 0 || (table !== undefined && row.length > 0);
    if (!inTable) {
      if (table) blocks.push(table);
      table = undefined;
      row = [];
      lines = [];
      blocks.push({ kind: 'paragraph', text: p.text });
      previousMark = p.mark;
      continue;
    }
    table ??= { kind: 'table', rows: [] };
    const rowEnd = known ? props.rowEnd : p.mark === '\x07' && previousMark === '\x07' && p.text === '' && lines.length === 0;
    if (rowEnd) {
      row.forEach((cell, i) => {
        const v = props.vMerge?.[i];
        if (v) cell.vMerge = v;
        if (props.hMerge?.[i]) cell.hMerge = true;
      });
      if (row.length > 0 && cells <= maxCells) table.rows.push(row);
      cells += row.length;
      row = [];
      lines = [];
    } else {
      lines.push(p.text);
      // Inside a nested table (depth > 1) cell marks end the inner cells: their text stays in the outer cell.
      if (p.mark === '\x07' && (!known || props.depth <= 1)) {
        row.push({ blocks: lines.map((text) => ({ kind: 'paragraph', text })), span: 1 });
        lines = [];
      }
    }
    previousMark = p.mark;
  }
  if (table) {
    if (row.length > 0) table.rows.push(row);
    blocks.push(table);
  }
  return blocks;
}
