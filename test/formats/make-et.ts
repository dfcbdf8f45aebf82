/**
 * The reference catalogue as a WPS .et workbook: the BIFF8 compound file of an .xls, with the ETExtData stream WPS
 * Spreadsheets adds beside the workbook stream (its content is WPS's own; a few bytes stand in for it here).
 */
import * as XLSX from 'xlsx';
import type { FormatMaker } from './reference-catalogue.js';
import { referenceWorkbook } from './make-xlsx.js';

export const maker: FormatMaker = {
  ext: '.et',
  make() {
    const container = XLSX.CFB.read(referenceWorkbook('xls'), { type: 'buffer' });
    XLSX.CFB.utils.cfb_add(container, '/ETExtData', Buffer.alloc(64, 1));
    return new Uint8Array(XLSX.CFB.write(container, { type: 'buffer' }) as Buffer);
  },
};
