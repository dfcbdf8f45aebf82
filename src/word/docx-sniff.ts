/**
 * Whether bytes are a .docx, by content: kept apart from the reader so that recognising a file loads no XML parser
 * (the reader is imported on the first Word document).
 */
import { isZip } from '../../parsers/xlsx/zip-magic.js';

const WORD_PART = Buffer.from('word/', 'latin1');
const XL_PART = Buffer.from('xl/', 'latin1');
/** Entry names are stored uncompressed in the local headers near the start and in the central directory at the end. */
const WINDOW = 64 * 1024;

/** A zip whose entry names include `word/…` parts (and no `xl/…` workbook parts). A truncated download is still claimed. */
export function looksLikeDocx(bytes: Uint8Array): boolean {
  if (!isZip(bytes)) return false;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const head = buf.subarray(0, WINDOW);
  const tail = buf.subarray(Math.max(0, buf.length - WINDOW));
  const has = (needle: Buffer) => head.includes(needle) || tail.includes(needle);
  return has(WORD_PART) && !has(XL_PART);
}
