/**
 * The reference catalogue as an Excel 5/95 .xls (BIFF5, text in codepage 936). BIFF5 has no merged cells, so each row
 * prints its 一级事项, as such workbooks do.
 */
import { HEADER, ROWS, TITLE, rowCells, type FormatMaker } from './reference-catalogue.js';
import { biff5Workbook } from './biff5.js';

export const maker: FormatMaker = {
  ext: '.xls',
  make: () => biff5Workbook([[TITLE], [...HEADER], ...ROWS.map(rowCells)], '就业'),
};
