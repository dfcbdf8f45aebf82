/**
 * Bytes → text with the decision recorded. Order: BOM, then the page's declared charset (HTML only), then UTF-8
 * validity, then GB18030 (a superset of GBK/GB2312). Invalid bytes are counted and located, never silently dropped.
 */
import { declaredCharset, charsetFamily } from './html/meta-charset.js';
import { invalidGb18030, invalidUtf8, type InvalidBytes } from './invalid-bytes.js';

export interface Decoded {
  text: string;
  /** utf-8 | utf-8-bom | utf-16le | utf-16be | gb18030 | big5 */
  encoding: string;
  /** Why this encoding was chosen, in words (goes to files.jsonl). */
  decision: string;
  invalidBytes: InvalidBytes;
}

const clean: InvalidBytes = { count: 0 };

function decodeAs(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(bytes);
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

function fromBom(bytes: Uint8Array): Decoded | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) {
    const body = bytes.subarray(3);
    return { text: decodeAs('utf-8', body), encoding: 'utf-8-bom', decision: 'UTF-8 byte order mark', invalidBytes: shift(invalidUtf8(body), 3) };
  }
  if (a === 0xff && b === 0xfe) return { text: decodeAs('utf-16le', bytes.subarray(2)), encoding: 'utf-16le', decision: 'UTF-16LE byte order mark', invalidBytes: clean };
  if (a === 0xfe && b === 0xff) return { text: decodeAs('utf-16be', bytes.subarray(2)), encoding: 'utf-16be', decision: 'UTF-16BE byte order mark', invalidBytes: clean };
  return undefined;
}

function shift(inv: InvalidBytes, by: number): InvalidBytes {
  return inv.firstOffset === undefined ? inv : { count: inv.count, firstOffset: inv.firstOffset + by };
}

export interface DecodeOptions {
  /** Look for `<meta charset>` (HTML input). */
  html?: boolean;
}

export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const bom = fromBom(bytes);
  if (bom) return bom;
  const utf8 = invalidUtf8(bytes);
  const gb = utf8.count === 0 ? clean : invalidGb18030(bytes);
  const declared = options.html ? declaredCharset(bytes) : undefined;
  const family = declared ? charsetFamily(declared) : undefined;
  const said = declared ? `meta charset=${declared}` : 'no declared charset';

  // Saved copies of GBK pages are often re-encoded as UTF-8 with the old <meta> kept: valid multi-byte UTF-8 is
  // far stronger evidence than the declaration (GBK text is practically never valid UTF-8).
  if (utf8.count === 0 && (family === 'utf-8' || family === undefined || hasNonAscii(bytes))) {
    const why = family && family !== 'utf-8' ? `${said}, but the bytes are valid UTF-8` : `${said}; bytes are valid UTF-8`;
    return { text: decodeAs('utf-8', bytes), encoding: 'utf-8', decision: why, invalidBytes: clean };
  }
  if (family === 'big5') {
    return { text: decodeAs('big5', bytes), encoding: 'big5', decision: `${said}`, invalidBytes: clean };
  }
  if (family === 'gb18030' || (family === undefined && gb.count === 0)) {
    const why = family ? `${said} → decoded as GB18030 (superset of GBK/GB2312)` : `${said}; bytes are not UTF-8 but valid GB18030`;
    return { text: decodeAs('gb18030', bytes), encoding: 'gb18030', decision: why, invalidBytes: gb };
  }
  if (family === 'utf-8' && gb.count === 0) {
    return { text: decodeAs('gb18030', bytes), encoding: 'gb18030', decision: `${said}, but the bytes are not UTF-8 and are valid GB18030`, invalidBytes: clean };
  }
  // Neither decodes cleanly: keep the one that loses fewer bytes, and say so.
  const useUtf8 = utf8.count <= gb.count;
  return {
    text: decodeAs(useUtf8 ? 'utf-8' : 'gb18030', bytes),
    encoding: useUtf8 ? 'utf-8' : 'gb18030',
    decision: `${said}; neither UTF-8 nor GB18030 decodes cleanly (invalid bytes: UTF-8 ${utf8.count}, GB18030 ${gb.count}); chose ${useUtf8 ? 'UTF-8' : 'GB18030'}`,
    invalidBytes: useUtf8 ? utf8 : gb,
  };
}
