/**
 * Which workbook format a file is, by content and never by name: the containers' magic, a zip's part names and
 * mimetype, a compound file's stream names, a flat XML document's root. Cheap: nothing is inflated or parsed.
 */
import { isCompoundFile, streamNamesSeen } from './compound-file.js';
import { isZip, zipNamesInclude } from './zip-magic.js';

export const WORKBOOK_FORMATS = ['xlsx', 'xlsb', 'ods', 'xls', 'et', 'fods'] as const;
export type WorkbookFormat = (typeof WORKBOOK_FORMATS)[number];

/** The streams that tell a compound file's kind; a Word file (`WordDocument`) is a document, not a workbook. */
const COMPOUND_STREAMS = ['Workbook', 'Book', 'WordDocument', 'ETExtData'];
const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

export function workbookFormat(bytes: Uint8Array): WorkbookFormat | undefined {
  if (isZip(bytes)) {
    if (zipNamesInclude(bytes, ODS_MIMETYPE)) return 'ods';
    if (zipNamesInclude(bytes, 'xl/workbook.bin')) return 'xlsb';
    return zipNamesInclude(bytes, 'xl/') ? 'xlsx' : undefined;
  }
  if (isCompoundFile(bytes)) {
    const seen = streamNamesSeen(bytes, COMPOUND_STREAMS);
    if (seen.has('WordDocument') || !(seen.has('Workbook') || seen.has('Book'))) return undefined;
    // WPS Spreadsheets writes its own ETExtData stream beside the BIFF8 workbook stream.
    return seen.has('ETExtData') ? 'et' : 'xls';
  }
  return isFlatOds(bytes) ? 'fods' : undefined;
}

const FODS_HEAD = 64 * 1024;

/** A flat OpenDocument spreadsheet: an XML document whose root is `office:document` of mimetype …spreadsheet. */
function isFlatOds(bytes: Uint8Array): boolean {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, FODS_HEAD));
  const bom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  if (buf.indexOf('<?xml', bom, 'latin1') !== bom) return false;
  const head = buf.toString('latin1', bom);
  const root = /<(?![?!])([\w.-]+:)?([\w.-]+)\b([^>]*)>/.exec(head.replace(/<!--[\s\S]*?-->/g, ''));
  return root?.[2] === 'document' && /\bmimetype="application\/vnd\.oasis\.opendocument\.spreadsheet"/.test(root[3] ?? '');
}
