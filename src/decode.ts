/**
 * Bytes → text, with the decision recorded. Order: BOM, UTF-8 validity, then GB18030 (a superset of GBK/GB2312,
 * the usual legacy encoding of Chinese government sites). Binary content is recognised, not decoded into garbage.
 */
export interface Decoded {
  text: string;
  /** utf-8 | utf-8-bom | utf-16le | utf-16be | gb18030 | binary */
  encoding: string;
  /** Why this encoding was chosen, for files.jsonl. */
  decision: string;
  /** Bytes the chosen decoder could not map (replaced by U+FFFD); reported, never silently dropped. */
  invalid?: { count: number; firstOffset: number };
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

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return withInvalid(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)), 'utf-8-bom', 'UTF-8 byte-order mark', 3);
  }
  if (startsWith(bytes, [0xff, 0xfe])) return withInvalid(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le', 'UTF-16LE byte-order mark', 2);
  if (startsWith(bytes, [0xfe, 0xff])) return withInvalid(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be', 'UTF-16BE byte-order mark', 2);
  if (looksBinary(bytes)) return { text: '', encoding: 'binary', decision: 'NUL or control bytes: binary content' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', decision: 'valid UTF-8' };
  } catch {
    return withInvalid(new TextDecoder('gb18030').decode(bytes), 'gb18030', 'not valid UTF-8; decoded as GB18030', 0);
  }
}

/** Counts U+FFFD produced by a lenient decoder so that lost bytes are reported. */
function withInvalid(text: string, encoding: string, decision: string, offset: number): Decoded {
  const first = text.indexOf('\uFFFD');
  if (first < 0) return { text, encoding, decision };
  let count = 0;
  for (const ch of text) if (ch === '\uFFFD') count++;
  // firstOffset is a character offset in the decoded text (plus the BOM length): precise enough to find the spot.
  return { text, encoding, decision, invalid: { count, firstOffset: first + offset } };
}
