/**
 * Damaged .xls compound files, made from a good one written by the spreadsheet library: cut short, its workbook
 * stream's sector chain looped, or a password-protection record put into its workbook stream.
 */
import * as XLSX from 'xlsx';

/** A good BIFF8 .xls of the given rows. */
export function xls(rows: string[][]): Buffer {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Sheet1');
  return XLSX.write(book, { type: 'buffer', bookType: 'xls' }) as Buffer;
}

/** Where the root entry `name` starts and how long it is: its directory entry, found at 128-byte boundaries. */
function entry(bytes: Buffer, name: string): { start: number; size: number } {
  const wanted = Buffer.from(name, 'utf16le');
  for (let at = 512; at + 128 <= bytes.length; at += 128) {
    if (bytes.subarray(at, at + wanted.length).equals(wanted) && bytes.readUInt16LE(at + 64) === wanted.length + 2) {
      return { start: bytes.readUInt32LE(at + 116), size: bytes.readUInt32LE(at + 120) };
    }
  }
  throw new Error(`no ${name} entry`);
}

/** The file with the `Workbook` stream's second sector chained back to its first (512-byte sectors, one FAT sector). */
export function loopedChain(good: Buffer): Buffer {
  const bytes = Buffer.from(good);
  const { start, size } = entry(bytes, 'Workbook');
  if (size < 4096) throw new Error('the workbook stream must live in the FAT, not the mini stream');
  const fat = (bytes.readUInt32LE(0x4c) + 1) * 512;
  const second = bytes.readUInt32LE(fat + 4 * start);
  bytes.writeUInt32LE(start, fat + 4 * second);
  return bytes;
}

/**
 * The file with every sector's FAT entry pointing at the sector before it (FAT sectors aside): chains that run
 * backwards, the shape that makes a reader which copies the chain from every sector do quadratic work.
 */
export function backwardChains(good: Buffer): Buffer {
  const bytes = Buffer.from(good);
  const sectors = Math.ceil(bytes.length / 512) - 1;
  const fatIds = Array.from({ length: Math.min(bytes.readUInt32LE(0x2c), 109) }, (_, i) => bytes.readUInt32LE(0x4c + 4 * i));
  for (let s = 1; s < sectors && s < fatIds.length * 128; s++) {
    if (!fatIds.includes(s)) bytes.writeUInt32LE(s - 1, (fatIds[Math.floor(s / 128)]! + 1) * 512 + 4 * (s % 128));
  }
  return bytes;
}

/**
 * The file with a FILEPASS record (XOR obfuscation, as Excel writes for a password to open) right after the workbook
 * globals' BOF: the records after it are taken as encrypted. The stream is rebuilt in its container.
 */
export function passwordProtected(good: Buffer): Buffer {
  const container = XLSX.CFB.read(good, { type: 'buffer' });
  const stream = XLSX.CFB.find(container, '/Workbook')!.content as Buffer | Uint8Array;
  const data = Buffer.from(stream);
  const bofEnd = 4 + data.readUInt16LE(2);
  const filePass = Buffer.from([0x2f, 0x00, 0x06, 0x00, 0x00, 0x00, 0x34, 0x12, 0x78, 0x56]);
  const protectedStream = Buffer.concat([data.subarray(0, bofEnd), filePass, data.subarray(bofEnd)]);
  XLSX.CFB.utils.cfb_del(container, '/Workbook');
  XLSX.CFB.utils.cfb_add(container, '/Workbook', protectedStream);
  return XLSX.CFB.write(container, { type: 'buffer' }) as Buffer;
}
