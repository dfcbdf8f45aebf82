/** The reference catalogue as a flat .fods document (OpenDocument XML), merges kept. */
import type { FormatMaker } from './reference-catalogue.js';
import { referenceWorkbook } from './make-xlsx.js';

export const maker: FormatMaker = { ext: '.fods', make: () => referenceWorkbook('fods') };
