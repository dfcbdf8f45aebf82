/**
 * The workbook's zip container, read here and not by the spreadsheet library: its own reader trusts the local
 * headers over the central directory, inflates each entry until the stream ends whatever sizes the headers claim,
 * and finds the end record anywhere in the file. A size check on the side would have to mimic all of that (a stored
 * entry whose local header says "deflate", junk after the end record). Instead every part is inflated once, here,
 * under Node's output cap, and the spreadsheet library is handed these parts: it inflates nothing itself, so the
 * unzipped-size limit covers exactly what it reads.
 */
import { inflateRawSync } from 'node:zlib';
import { inflateBounded, type PartBounds, type Stop } from './bounded-inflate.js';

const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_END = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
/** Zip's "see the zip64 extra field" marker. */
const FULL32 = 0xffffffff;
const END_SIGNATURE = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

export interface ZipPart {
  name: string;
  data: Buffer;
  /** Text runs cut while inflating (see bounded-inflate.ts), in order. */
  squeezed?: Squeeze[];
  /** Inflating stopped before the part's end (see bounded-inflate.ts): its cells passed the limits, or a tag was too long. */
  stopped?: Stop;
}

/** Bytes dropped from a long text run: `removed` bytes that stood at offset `at` of the kept data. */
export interface Squeeze {
  at: number;
  removed: number;
}

/** Parts up to this size are inflated whole by Node; larger ones with bounds, a slice at a time. */
const WHOLE_PART = 16 << 20;

export type Unzipped =
  | { parts: ZipPart[]; inflated: number }
  /** Not a readable zip: the reason, for the diagnostic. */
  | { unreadable: string }
  /** The parts inflate past the limit: the part at which the total passed it. */
  | { overLimit: string };

/**
 * The parts of a zip (directories skipped), each inflated with the running total capped at `limit` bytes. Parts not
 * `wanted` (a document's images) are not inflated and not returned. A part with `bounds` that inflates past
 * WHOLE_PART keeps only what the bounds allow (see bounded-inflate.ts).
 */
export function unzip(bytes: Uint8Array, limit: number, wanted: (name: string) => boolean = () => true,
  bounds: (name: string) => PartBounds | undefined = () => undefined): Unzipped {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const directory = findDirectory(buf);
  if (typeof directory === 'string') return { unreadable: directory };
  const parts: ZipPart[] = [];
  let inflated = 0;
  let at = directory.offset;
  for (let i = 0; i < directory.count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) return { unreadable: `central directory entry ${i + 1} is missing or damaged` };
    const flags = buf.readUInt16LE(at + 8);
    const method = buf.readUInt16LE(at + 10);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const name = buf.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
    const sizes = withZip64(buf, at, nameLength, extraLength);
    at += 46 + nameLength + extraLength + buf.readUInt16LE(at + 32);
    if (name.endsWith('/') || !wanted(name)) continue;
    if (flags & 0x41) return { unreadable: `part ${name} is encrypted` };
    const local = sizes.local;
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) return { unreadable: `part ${name} has no local header where the directory says` };
    // Readers differ on which header they believe; a part whose two headers disagree is not read by either.
    if (buf.readUInt16LE(local + 8) !== method) return { unreadable: `part ${name}: the local header and the directory give different compression methods` };
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + sizes.compressed > buf.length) return { unreadable: `part ${name} is cut short (the file ends inside it)` };
    const raw = buf.subarray(start, start + sizes.compressed);
    let part: ZipPart = { name, data: raw };
    let size = raw.length;
    if (method === 8) {
      // A part whose directory entry already says it inflates past the limit is refused before any memory is spent.
      if (sizes.uncompressed > limit - inflated) return { overLimit: name };
      const read = inflatePart(name, raw, limit - inflated, sizes.uncompressed, bounds(name));
      if (!('part' in read)) return read;
      ({ part, size } = read);
    } else if (method !== 0) return { unreadable: `part ${name} uses compression method ${method}, which workbooks do not use` };
    inflated += size;
    if (inflated > limit) return { overLimit: name };
    parts.push(part);
  }
  return { parts, inflated };
}

/**
 * One deflated part inflated under `room` bytes: whole by Node, or, with `bounds`, a slice at a time once it is large
 * (at once when its directory entry says so, else when Node's inflate passes WHOLE_PART).
 */
function inflatePart(name: string, raw: Buffer, room: number, declared: number, bounds: PartBounds | undefined):
  { part: ZipPart; size: number } | { overLimit: string } | { unreadable: string } {
  const whole = bounds ? Math.min(WHOLE_PART, room) : room;
  const bounded = (partBounds: PartBounds) => {
    const read = inflateBounded(raw, room, partBounds, declared);
    if ('overLimit' in read) return { overLimit: name };
    if ('unreadable' in read) return { unreadable: `part ${name} ${read.unreadable}` };
    return { part: { name, data: read.data, squeezed: read.squeezed, ...(read.stopped && { stopped: read.stopped }) }, size: read.inflated };
  };
  if (bounds && declared > whole) return bounded(bounds);
  try {
    const data = inflateRawSync(raw, { maxOutputLength: Math.max(1, whole + 1) });
    return { part: { name, data }, size: data.length };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE') return { unreadable: `part ${name} does not inflate (${(error as Error).message})` };
    return bounds && whole < room ? bounded(bounds) : { overLimit: name };
  }
}

/** What the central directory says the parts inflate to, together (undefined when there is no readable directory). */
export function declaredSize(bytes: Uint8Array): number | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const directory = findDirectory(buf);
  if (typeof directory === 'string') return undefined;
  let total = 0;
  let at = directory.offset;
  for (let i = 0; i < directory.count && at + 46 <= buf.length && buf.readUInt32LE(at) === CENTRAL; i++) {
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    total += withZip64(buf, at, nameLength, extraLength).uncompressed;
    at += 46 + nameLength + extraLength + buf.readUInt16LE(at + 32);
  }
  return total;
}

interface Directory {
  offset: number;
  count: number;
}

/**
 * The central directory named by the last end record whose directory lies inside the file. Searched from the end
 * over the whole file, as the spreadsheet library does: a comment or junk after the record does not hide it.
 */
function findDirectory(buf: Buffer): Directory | string {
  for (let end = buf.lastIndexOf(END_SIGNATURE); end >= 0; end = end > 0 ? buf.lastIndexOf(END_SIGNATURE, end - 1) : -1) {
    if (end + 22 > buf.length) continue;
    let count = buf.readUInt16LE(end + 10);
    let offset = buf.readUInt32LE(end + 16);
    if (count === 0xffff || offset === FULL32) {
      const zip64 = zip64Directory(buf, end);
      if (!zip64) continue;
      ({ count, offset } = zip64);
    }
    if (offset + 46 * count <= end && (count === 0 || buf.readUInt32LE(offset) === CENTRAL)) return { offset, count };
  }
  return 'no end-of-central-directory record (a truncated download, or not a zip)';
}

function zip64Directory(buf: Buffer, end: number): Directory | undefined {
  const locator = end - 20;
  if (locator < 0 || buf.readUInt32LE(locator) !== ZIP64_LOCATOR) return undefined;
  const record = Number(buf.readBigUInt64LE(locator + 8));
  if (record + 56 > buf.length || buf.readUInt32LE(record) !== ZIP64_END) return undefined;
  return { count: Number(buf.readBigUInt64LE(record + 32)), offset: Number(buf.readBigUInt64LE(record + 48)) };
}

/** Uncompressed and compressed sizes and local header offset, from the zip64 extra field where the 32-bit fields say so. */
function withZip64(buf: Buffer, at: number, nameLength: number, extraLength: number): { uncompressed: number; compressed: number; local: number } {
  let uncompressed = buf.readUInt32LE(at + 24);
  let compressed = buf.readUInt32LE(at + 20);
  let local = buf.readUInt32LE(at + 42);
  if (uncompressed !== FULL32 && compressed !== FULL32 && local !== FULL32) return { uncompressed, compressed, local };
  const extraEnd = at + 46 + nameLength + extraLength;
  for (let e = at + 46 + nameLength; e + 4 <= extraEnd; e += 4 + buf.readUInt16LE(e + 2)) {
    if (buf.readUInt16LE(e) !== 0x0001) continue;
    // The 64-bit values are present only for the fields that hold the marker, in this order.
    let field = e + 4;
    const next = () => {
      const value = field + 8 <= extraEnd ? Number(buf.readBigUInt64LE(field)) : FULL32;
      field += 8;
      return value;
    };
    if (uncompressed === FULL32) uncompressed = next();
    if (compressed === FULL32) compressed = next();
    if (local === FULL32) local = next();
    break;
  }
  return { uncompressed, compressed, local };
}
