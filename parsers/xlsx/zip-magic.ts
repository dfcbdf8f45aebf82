/** Cheap content checks on the zip container (no decompression). */

/** Local file header signature `PK\x03\x04`. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Entry names are stored uncompressed in the local headers near the start and in the central directory at the end. */
const WINDOW = 64 * 1024;

/**
 * A zip whose first or last 64 KB hold `needle`: a part name (`xl/` of an Office Open XML workbook; docx has
 * `word/`, pptx `ppt/`) or the stored `mimetype` part's text, which OpenDocument files keep first. The content-types
 * part is not required: writers often store it last, and a truncated download must still be claimed so that it gets
 * a clear diagnostic.
 */
export function zipNamesInclude(bytes: Uint8Array, needle: string): boolean {
  if (!isZip(bytes)) return false;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const wanted = Buffer.from(needle, 'latin1');
  return buf.subarray(0, WINDOW).includes(wanted) || buf.subarray(Math.max(0, buf.length - WINDOW)).includes(wanted);
}
