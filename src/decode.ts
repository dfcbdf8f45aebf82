/**
 * Bytes → text, with the decision recorded. Order: BOM, binary sniffing, the page's declared charset (HTML only:
 * `<meta charset>` / http-equiv), UTF-8 validity, then GB18030 (a superset of GBK/GB2312, the usual legacy encoding of
 * Chinese government sites). Binary content is recognised, not decoded into garbage. Invalid bytes are counted and
 * located (byte offset), never silently dropped.
 */
import { isUtf8 } from 'node:buffer';
import { charsetFamily, declaredCharset } from './html/meta-charset.js';
import { invalidBig5, invalidGb18030, invalidUtf8, lowTrailShare, type InvalidBytes } from './invalid-bytes.js';

export interface Decoded {
  text: string;
  /** utf-8 | utf-8-bom | utf-16le | utf-16be | gb18030 | big5 | binary */
  encoding: string;
  /** Why this encoding was chosen, for files.jsonl. */
  decision: string;
  /** Bytes the chosen decoder could not map (replaced by U+FFFD); reported, never silently dropped. */
  invalid?: { count: number; firstOffset: number };
  /** The page declared this charset, but its bytes are in `encoding` (and were decoded so). */
  declaredMismatch?: string;
}

export interface DecodeOptions {
  /** HTML input: a declared charset in the first 4 KB is taken into account. */
  html?: boolean;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Many NUL bytes or C0 control characters in the first 8 KB: not a text file. A few stray NULs in text (a scraper's
 * padding, a truncated write) do not make it binary — that would throw away every row; ingest strips and reports them.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (startsWith(bytes, ZIP_MAGIC)) return true;
  const n = Math.min(bytes.length, 8192);
  let controls = 0;
  let nuls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) nuls++;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) controls++;
  }
  return n > 0 && (nuls / n > 0.01 || controls / n > 0.05);
}

/** One decoder per encoding, reused: a non-streaming decode keeps no state between calls. */
const decoders = new Map<string, TextDecoder>();
const lenient = (encoding: string, bytes: Uint8Array): string => {
  let decoder = decoders.get(encoding);
  if (!decoder) decoders.set(encoding, (decoder = new TextDecoder(encoding, { ignoreBOM: true })));
  return decoder.decode(bytes);
};

function result(text: string, encoding: string, decision: string, inv: InvalidBytes, shift = 0): Decoded {
  if (inv.count === 0 || inv.firstOffset === undefined) return { text, encoding, decision };
  return { text, encoding, decision, invalid: { count: inv.count, firstOffset: inv.firstOffset + shift } };
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const body = bytes.subarray(3);
    return result(lenient('utf-8', body), 'utf-8-bom', 'UTF-8 byte-order mark', invalidUtf8(body), 3);
  }
  if (startsWith(bytes, [0xff, 0xfe])) return utf16(bytes, 'utf-16le', 'UTF-16LE byte-order mark');
  if (startsWith(bytes, [0xfe, 0xff])) return utf16(bytes, 'utf-16be', 'UTF-16BE byte-order mark');
  if (looksBinary(bytes)) return { text: '', encoding: 'binary', decision: 'NUL or control bytes: binary content' };

  // The runtime's validator says whether the bytes are UTF-8; where they are not, the invalid UTF-8 bytes are counted
  // only if GB18030 does not decode them cleanly either (a GB18030 page is walked once, not twice).
  const utf8Valid = isUtf8(bytes);
  const declared = options.html ? declaredCharset(bytes) : undefined;
  const family = declared ? charsetFamily(declared) : undefined;
  const said = declared ? `meta charset=${declared}` : options.html ? 'no declared charset' : '';
  const why = (s: string): string => (said ? `${said}; ${s}` : s);

  // Saved copies of GBK pages are often re-encoded as UTF-8 with the old <meta> kept: valid multi-byte UTF-8 is far
  // stronger evidence than the declaration (GBK text is practically never valid UTF-8).
  if (utf8Valid && (family === undefined || family === 'utf-8' || hasNonAscii(bytes))) {
    const note = family && family !== 'utf-8' ? 'the declaration is wrong: the bytes are valid UTF-8' : 'valid UTF-8';
    return { text: lenient('utf-8', bytes), encoding: 'utf-8', decision: why(note) };
  }
  const gbText = lenient('gb18030', bytes);
  // Every byte sequence the GB18030 walk finds invalid decodes to U+FFFD: a text without one has no invalid bytes.
  const gb = gbText.includes('\uFFFD') ? invalidGb18030(bytes) : { count: 0 };
  if (family === 'big5') {
    const big5 = invalidBig5(bytes);
    if (gb.count === 0 && (big5.count > 0 || looksGb(bytes))) {
      const decoded = result(gbText, 'gb18030', why('the declaration is wrong: the bytes are GB18030 (they decode cleanly as GB18030, not as Big5)'), gb);
      return { ...decoded, declaredMismatch: declared! };
    }
    return result(lenient('big5', bytes), 'big5', why('decoded as Big5'), big5);
  }
  if (family === 'gb18030') return result(gbText, 'gb18030', why('decoded as GB18030 (superset of GBK/GB2312)'), gb);
  const utf8 = gb.count === 0 || utf8Valid ? { count: 0 } : invalidUtf8(bytes);
  if (gb.count === 0 || gb.count < utf8.count) {
    return result(gbText, 'gb18030', why('not valid UTF-8; decoded as GB18030'), gb);
  }
  return result(lenient('utf-8', bytes), 'utf-8', why(`neither UTF-8 nor GB18030 decodes cleanly (invalid: UTF-8 ${utf8.count}, GB18030 ${gb.count}); kept UTF-8`), utf8);
}

/** Enough two-byte characters, and (nearly) none written with a second byte of 0x40–0x7E: GB2312/GBK, not Big5. */
function looksGb(bytes: Uint8Array): boolean {
  const { pairs, share } = lowTrailShare(bytes);
  return pairs >= 20 && share < 0.05;
}

/** UTF-16 has no byte scanner here: lost code units are counted from U+FFFD in the output. */
function utf16(bytes: Uint8Array, encoding: string, decision: string): Decoded {
  const text = lenient(encoding, bytes.subarray(2));
  const first = text.indexOf('\uFFFD');
  if (first < 0) return { text, encoding, decision };
  const count = [...text].filter((ch) => ch === '\uFFFD').length;
  return { text, encoding, decision, invalid: { count, firstOffset: 2 + first * 2 } };
}
