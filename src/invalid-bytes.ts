/**
 * Byte-level validators that say WHERE a decoding goes wrong. TextDecoder only says "invalid" (fatal) or silently
 * substitutes U+FFFD; the pipeline must report how many bytes were bad and where the first one was.
 */
import { isUtf8 } from 'node:buffer';

export interface InvalidBytes {
  count: number;
  /** Byte offset of the first invalid byte. */
  firstOffset?: number;
}

function tally(bytes: Uint8Array, step: (i: number) => number): InvalidBytes {
  let count = 0;
  let firstOffset: number | undefined;
  let i = 0;
  while (i < bytes.length) {
    const n = step(i);
    if (n > 0) {
      i += n;
      continue;
    }
    count++;
    firstOffset ??= i;
    i++;
  }
  return firstOffset === undefined ? { count } : { count, firstOffset };
}

const cont = (b: number | undefined): boolean => b !== undefined && b >= 0x80 && b <= 0xbf;

/** Length of the well-formed UTF-8 sequence at i, or 0 (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF). */
function utf8Step(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const b1 = bytes[i + 1];
  if (b >= 0xc2 && b <= 0xdf) return cont(b1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    if (!cont(b1) || !cont(bytes[i + 2])) return 0;
    if (b === 0xe0 && b1! < 0xa0) return 0;
    if (b === 0xed && b1! > 0x9f) return 0;
    return 3;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    if (!cont(b1) || !cont(bytes[i + 2]) || !cont(bytes[i + 3])) return 0;
    if (b === 0xf0 && b1! < 0x90) return 0;
    if (b === 0xf4 && b1! > 0x8f) return 0;
    return 4;
  }
  return 0;
}

/** Length of the GB18030 sequence at i (1, 2 or 4 bytes), or 0 when the bytes are not GB18030. */
function gb18030Step(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b <= 0x80) return 1; // 0x80 decodes to € (WHATWG gb18030)
  if (b === 0xff) return 0;
  const b1 = bytes[i + 1];
  if (b1 === undefined) return 0;
  if ((b1 >= 0x40 && b1 <= 0x7e) || (b1 >= 0x80 && b1 <= 0xfe)) return 2;
  const b2 = bytes[i + 2];
  const b3 = bytes[i + 3];
  if (b1 >= 0x30 && b1 <= 0x39 && b2 !== undefined && b2 >= 0x81 && b2 <= 0xfe && b3 !== undefined && b3 >= 0x30 && b3 <= 0x39) return 4;
  return 0;
}

/**
 * Length of the Big5 sequence at i (1 or 2 bytes), or 0. Node's Big5 decoder does not say when it fails: 0x80 comes
 * out as U+0080 and 0xFF as U+F8F8, not U+FFFD, so the bytes are walked here.
 */
function big5Step(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  if (b === 0x80 || b === 0xff) return 0;
  const b1 = bytes[i + 1];
  return b1 !== undefined && ((b1 >= 0x40 && b1 <= 0x7e) || (b1 >= 0xa1 && b1 <= 0xfe)) ? 2 : 0;
}

/** Well-formed UTF-8 (nearly every file) is confirmed by the runtime's validator, same rules; other bytes are walked. */
export const invalidUtf8 = (bytes: Uint8Array): InvalidBytes => (isUtf8(bytes) ? { count: 0 } : tally(bytes, (i) => utf8Step(bytes, i)));
export const invalidGb18030 = (bytes: Uint8Array): InvalidBytes => tally(bytes, (i) => gb18030Step(bytes, i));
export const invalidBig5 = (bytes: Uint8Array): InvalidBytes => tally(bytes, (i) => big5Step(bytes, i));

/**
 * Of the two-byte characters, the share whose second byte is 0x40–0x7E. About half of Big5 text's characters are
 * written so; GB2312 text has none (its second bytes are 0xA1–0xFE), and GBK only in rare characters. GB2312 bytes
 * are nearly all valid Big5 too, so this, not validity, tells a GB page mislabelled as Big5.
 */
export function lowTrailShare(bytes: Uint8Array): { pairs: number; share: number } {
  let pairs = 0;
  let low = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0x81 || bytes[i] === 0xff) continue;
    const trail = bytes[++i];
    if (trail === undefined) break;
    pairs++;
    if (trail >= 0x40 && trail <= 0x7e) low++;
  }
  return { pairs, share: pairs === 0 ? 0 : low / pairs };
}

/** 1-based line of a byte offset (LF counted in the raw bytes; every supported encoding keeps LF as 0x0A). */
export function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
