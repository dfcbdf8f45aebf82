/**
 * The compound file (OLE2) container of .xls and .et workbooks, read here and not by the spreadsheet library: its
 * own reader copies the chain that starts at every sector of the file, so a file whose sectors chain backwards is
 * copied over and over (a 1.6 MB one took it 25 s and 1.1 GiB), and it follows a stream's chain without checking
 * for loops. Here every chain is followed once, each sector at most once and never past the file's end, and
 * only the workbook stream is handed on: what is read is bounded by the file size.
 */

/** `D0 CF 11 E0 A1 B1 1A E1`. */
const MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
/** Past this, sector ids are markers (free, end of chain, FAT, DIFAT), never a place. */
const MAX_SECTOR = 0xfffffffa;
const FREE = 0xffffffff;
const ENTRY = 128;
const STREAM = 2;
const ROOT = 5;
const NO_ENTRY = 0xffffffff;

export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && MAGIC.every((b, i) => bytes[i] === b);
}

/**
 * Names of the streams whose directory entries can be seen in the file, found without following any chain (a damaged
 * file still shows what it is). Directory entries sit on 128-byte boundaries of the file, whatever the sector size.
 */
export function streamNamesSeen(bytes: Uint8Array, wanted: readonly string[]): Set<string> {
  const seen = new Set<string>();
  if (!isCompoundFile(bytes)) return seen;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const firsts = new Set(wanted.map((w) => w.charCodeAt(0)));
  for (let at = 512; at + ENTRY <= buf.length; at += ENTRY) {
    if (!firsts.has(buf[at]!) || buf[at + 1] !== 0 || buf[at + 66] !== STREAM) continue;
    const length = buf.readUInt16LE(at + 64);
    if (length < 2 || length > 64 || length % 2) continue;
    const name = buf.toString('utf16le', at, at + length - 2);
    if (wanted.includes(name)) seen.add(name);
  }
  return seen;
}

export type CompoundStreams =
  /** The root's streams by name (only those asked for are read). */
  | { streams: Map<string, Buffer> }
  /** Not a readable compound file: the reason, for the diagnostic. */
  | { unreadable: string };

interface Layout {
  buf: Buffer;
  /** Sector size in bytes. */
  size: number;
  /** Sectors that exist in the file (the last one may be short). */
  sectors: number;
  fat: Uint32Array;
}

class Damaged extends Error {}

/** The root streams named in `wanted` (first match, case-insensitive as the format says), each read once. */
export function readCompoundStreams(bytes: Uint8Array, wanted: readonly string[]): CompoundStreams {
  try {
    return { streams: read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), wanted) };
  } catch (error) {
    if (error instanceof Damaged) return { unreadable: error.message };
    throw error;
  }
}

function read(buf: Buffer, wanted: readonly string[]): Map<string, Buffer> {
  if (buf.length < 512 || !isCompoundFile(buf)) throw new Damaged('the file is shorter than a compound file header');
  const shift = buf.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) throw new Damaged(`sector size 2^${shift} is not one a compound file uses`);
  const size = 1 << shift;
  const sectors = Math.ceil((buf.length - size) / size);
  const layout: Layout = { buf, size, sectors, fat: readFat(buf, size, sectors) };
  const directory = chain(layout, buf.readUInt32LE(0x30), Infinity, 'the directory');
  const entryAt = (id: number): number => {
    const sector = directory[Math.floor((id * ENTRY) / size)];
    if (sector === undefined) throw new Damaged(`directory entry ${id} lies past the directory's sectors`);
    return sectorOffset(layout, sector) + ((id * ENTRY) % size);
  };
  const root = entryAt(0);
  if (buf[root + 66] !== ROOT) throw new Damaged('the first directory entry is not the root');
  const lower = wanted.map((w) => w.toLowerCase());
  const streams = new Map<string, Buffer>();
  // The root's children form a tree through their left and right links; each entry is visited once.
  const visited = new Set<number>();
  const pending = [buf.readUInt32LE(root + 76)];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (id === NO_ENTRY) continue;
    if (visited.has(id) || visited.size > directory.length * (size / ENTRY)) throw new Damaged('the directory tree loops');
    visited.add(id);
    const at = entryAt(id);
    pending.push(buf.readUInt32LE(at + 68), buf.readUInt32LE(at + 72));
    const length = buf.readUInt16LE(at + 64);
    if (buf[at + 66] !== STREAM || length < 2 || length > 64) continue;
    const name = buf.toString('utf16le', at, at + length - 2);
    const index = lower.indexOf(name.toLowerCase());
    if (index < 0 || streams.has(wanted[index]!)) continue;
    streams.set(wanted[index]!, stream(layout, root, at, name));
  }
  return streams;
}

/** The FAT: from the 109 sector ids in the header, then the DIFAT chain, each FAT sector read once. */
function readFat(buf: Buffer, size: number, sectors: number): Uint32Array {
  const ids: number[] = [];
  const count = buf.readUInt32LE(0x2c);
  if (count > sectors) throw new Damaged(`the header names ${count} FAT sectors, more than the file holds`);
  for (let i = 0; i < 109 && ids.length < count; i++) ids.push(buf.readUInt32LE(0x4c + 4 * i));
  const perSector = size / 4 - 1;
  const seen = new Set<number>();
  for (let next = buf.readUInt32LE(0x44); ids.length < count; ) {
    if (next >= sectors || seen.has(next)) throw new Damaged(`the FAT's sector list (DIFAT) ${next >= sectors ? 'points past the end of the file' : 'loops'} at sector ${next}`);
    seen.add(next);
    const at = (next + 1) * size;
    for (let i = 0; i < perSector && ids.length < count; i++) ids.push(buf.readUInt32LE(at + 4 * i));
    next = buf.readUInt32LE(at + 4 * perSector);
  }
  // Entries past the file's last sector name no sector that exists: the FAT is never larger than one per sector.
  const fat = new Uint32Array(Math.min(count * (size / 4), sectors));
  ids.forEach((id, i) => {
    if (id >= sectors) throw new Damaged(`FAT sector ${id} lies past the end of the file (a truncated download)`);
    const at = (id + 1) * size;
    for (let k = 0; k < size / 4 && i * (size / 4) + k < fat.length; k++) fat[i * (size / 4) + k] = at + 4 * k + 4 <= buf.length ? buf.readUInt32LE(at + 4 * k) : FREE;
  });
  return fat;
}

function sectorOffset(layout: Layout, sector: number): number {
  return (sector + 1) * layout.size;
}

/** The sectors of the chain starting at `start`, at most `limit` of them; a loop, a gap or a sector past the end is damage. */
function chain(layout: Layout, start: number, limit: number, what: string): number[] {
  const out: number[] = [];
  const seen = new Uint8Array(layout.sectors);
  for (let sector = start; sector !== END_OF_CHAIN && out.length < limit; sector = layout.fat[sector]!) {
    if (sector >= layout.sectors || sector >= layout.fat.length) {
      const why = sector >= MAX_SECTOR ? 'is broken (it runs into a free or reserved sector id)' : `points past the end of the file (sector ${sector}: the file is cut short or damaged)`;
      throw new Damaged(`the sector chain of ${what} ${why} after ${out.length} sector(s)`);
    }
    if (seen[sector]) throw new Damaged(`the sector chain of ${what} loops back to sector ${sector}`);
    seen[sector] = 1;
    out.push(sector);
  }
  return out;
}

function gather(layout: Layout, sectors: number[], bytes: number): Buffer {
  const out = Buffer.alloc(bytes);
  sectors.forEach((sector, i) => {
    const at = sectorOffset(layout, sector);
    layout.buf.copy(out, i * layout.size, at, Math.min(at + layout.size, layout.buf.length));
  });
  return out;
}

/** A stream's bytes: from the FAT, or from the mini stream (kept in the root's chain) when it is small. */
function stream(layout: Layout, root: number, entry: number, name: string): Buffer {
  const { buf, size } = layout;
  const bytes = buf.readUInt32LE(entry + 120);
  if (bytes > buf.length) throw new Damaged(`stream ${name} claims ${bytes} bytes, more than the file holds (a truncated download, or a damaged directory)`);
  const start = buf.readUInt32LE(entry + 116);
  const cutoff = buf.readUInt32LE(0x38);
  if (bytes >= cutoff) {
    const sectors = chain(layout, start, Math.ceil(bytes / size), `stream ${name}`);
    if (sectors.length * size < bytes) throw new Damaged(`the sector chain of stream ${name} ends before its ${bytes} bytes`);
    return gather(layout, sectors, bytes);
  }
  const miniSize = 1 << buf.readUInt16LE(0x20);
  const miniStreamBytes = buf.readUInt32LE(root + 120);
  if (miniStreamBytes > buf.length) throw new Damaged(`the mini stream claims ${miniStreamBytes} bytes, more than the file holds`);
  const miniSectors = chain(layout, buf.readUInt32LE(root + 116), Math.ceil(miniStreamBytes / size), 'the mini stream');
  if (miniSectors.length * size < miniStreamBytes) throw new Damaged(`the sector chain of the mini stream ends before its ${miniStreamBytes} bytes`);
  const miniStream = gather(layout, miniSectors, miniStreamBytes);
  const miniFatSectors = chain(layout, buf.readUInt32LE(0x3c), buf.readUInt32LE(0x40), 'the mini FAT');
  const miniFat = gather(layout, miniFatSectors, miniFatSectors.length * size);
  const out = Buffer.alloc(bytes);
  const seen = new Set<number>();
  for (let mini = start, got = 0; got < bytes; mini = miniFat.readUInt32LE(mini * 4)) {
    if (mini * 4 + 4 > miniFat.length || (mini + 1) * miniSize > miniStream.length || seen.has(mini)) {
      throw new Damaged(`the mini sector chain of stream ${name} is broken at mini sector ${mini}`);
    }
    seen.add(mini);
    miniStream.copy(out, got, mini * miniSize, mini * miniSize + Math.min(miniSize, bytes - got));
    got += miniSize;
  }
  return out;
}
