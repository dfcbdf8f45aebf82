/**
 * The two Word page preparers: .docx (a zip with `word/` parts) and .doc (a compound file with a `WordDocument`
 * stream at its root; the bytes are sniffed for the name, and a workbook that only embeds a Word object is let go). A compound file holding an `EncryptedPackage` is a password-protected Office Open XML file (a .docx or
 * .xlsx saved with a password): it is claimed here only to say so, since nothing in it can be read without the password.
 */
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import type { PagePreparer, PreparedPage } from '../ingest/prepare-page.js';
import { compoundKind, readDoc } from './doc.js';
import { looksLikeDocx } from './docx-sniff.js';
import { prepareWord } from './prepare-word.js';

type Report = (d: DiagnosticInput) => void;

export const docxPreparer: PagePreparer = {
  format: 'docx',
  description: 'Word .docx: paragraphs to text lines (numbering rebuilt), tables as grids with gridSpan/vMerge filled',
  sniff: looksLikeDocx,
  async prepare(bytes, report, limits) {
    // The XML reader is loaded on the first .docx: a run over HTML pages never needs it.
    const { readDocx } = await import('./docx.js');
    const read = readDocx(bytes, limits.maxUnzippedBytes, limits.maxCells);
    if ('overLimit' in read) {
      report({ ruleId: 'word/unzipped-limit', severity: 'error', place: read.overLimit, actual: `more than ${limits.maxUnzippedBytes} bytes unzipped`,
        expected: `at most ${limits.maxUnzippedBytes} bytes`,
        message: `The document inflates past the unzipped size limit (at part ${read.overLimit}): a zip bomb or a huge document; it was not read. Raise --max-unzipped-bytes if the file is trusted.` });
      return undefined;
    }
    if ('unreadable' in read) return unreadable('.docx', read.unreadable, report);
    for (const d of read.diagnostics) report(d);
    return page(prepareWord(read.blocks, { encoding: 'utf-8', decision: 'docx: word/document.xml' }, report, limits.maxCells), 'docx');
  },
};

export const docPreparer: PagePreparer = {
  format: 'doc',
  description: 'Word 97–2003 .doc: the text pieces to text lines, tables (cell and row marks, merges) as grids',
  sniff: (bytes) => compoundKind(bytes) !== undefined,
  async prepare(bytes, report, limits) {
    const read = readDoc(bytes, limits.maxCells);
    if ('encrypted' in read) {
      report({ ruleId: 'office/password-protected', severity: 'error',
        message: 'The file is a password-protected Office document (encrypted), so its text cannot be read. Save an unprotected copy and read that.' });
      return undefined;
    }
    if ('unreadable' in read) return unreadable('.doc', read.unreadable, report);
    // A workbook that embeds a Word object is the spreadsheet reader's: left to it, with nothing reported here.
    if ('other' in read) return undefined;
    return page(prepareWord(read.blocks, { encoding: 'utf-16le', decision: 'doc: WordDocument stream' }, report, limits.maxCells), 'doc');
  },
};

function page(prepared: ReturnType<typeof prepareWord>, format: string): PreparedPage {
  return { ...prepared, format };
}

function unreadable(kind: string, reason: string, report: Report): undefined {
  report({ ruleId: 'word/unreadable', severity: 'error', actual: reason,
    message: `The ${kind} document could not be read (${reason}): a truncated download or a damaged file. Download it again, or open and save it in a word processor.` });
  return undefined;
}
