/**
 * Whether bytes are a .docx, by content: kept apart from the reader so that recognising a file loads no XML parser
 * (the reader is imported on the first Word document).
 */
import { zipNamesInclude } from '../../parsers/xlsx/zip-magic.js';

/** A zip whose entry names include `word/…` parts (and no `xl/…` workbook parts). A truncated download is still claimed. */
export function looksLikeDocx(bytes: Uint8Array): boolean {
  return zipNamesInclude(bytes, 'word/') && !zipNamesInclude(bytes, 'xl/');
}
