/** The reference catalogue as an .xlsb workbook (binary parts in a zip), merges kept. */
import type { FormatMaker } from './reference-catalogue.js';
import { referenceWorkbook } from './make-xlsx.js';

export const maker: FormatMaker = { ext: '.xlsb', make: () => referenceWorkbook('xlsb') };
