/** The reference catalogue as an .ods workbook (OpenDocument zip), merges kept. */
import type { FormatMaker } from './reference-catalogue.js';
import { referenceWorkbook } from './make-xlsx.js';

export const maker: FormatMaker = { ext: '.ods', make: () => referenceWorkbook('ods') };
