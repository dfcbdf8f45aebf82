/** The reference catalogue as an .xls workbook (BIFF8 in a compound file), merges kept. */
import type { FormatMaker } from './reference-catalogue.js';
import { referenceWorkbook } from './make-xlsx.js';

export const maker: FormatMaker = { ext: '.xls', make: () => referenceWorkbook('xls') };
