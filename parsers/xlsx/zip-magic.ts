/** Cheap content checks on the zip container (no decompression). */

/** Local file header signature `PK\x03\x04`. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

const XL_PART = Buffer.from('xl/', 'latin1');
/** Entry names are stored uncompressed in the local headers near the start and in the central directory at the end. */
const WINDOW = 64 * 1024;

/**
 * A zip whose entry names include `xl/…` parts: an Office Open XML workbook (docx has `word/`, pptx `ppt/`).
 * `[Content_Types].xml` is not required: writers often store it last, and a truncated download must still be
 * claimed here so that it gets a clear diagnostic.
 */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  if (!isZip(bytes)) return false;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const head = buf.subarray(0, WINDOW);
  const tail = buf.subarray(Math.max(0, buf.length - WINDOW));
  const has = (needle: Buffer) => head.includes(needle) || tail.includes(needle);
  return has(XL_PART);
}
