/** The reference catalogue as an .xlsx workbook: a title row merged across, each 一级事项 merged down its rows. */
import * as XLSX from 'xlsx';
import { HEADER, ROWS, TITLE, rowCells, type FormatMaker } from './reference-catalogue.js';

/** The reference catalogue as a SheetJS worksheet (also written as .xls, .ods … by their makers). */
export function referenceSheet(): XLSX.WorkSheet {
  const body = ROWS.map((row, i) => rowCells(row, i).map((cell, c) => (c === 1 && i > 0 && ROWS[i - 1]!.level1 === row.level1 ? '' : cell)));
  const sheet = XLSX.utils.aoa_to_sheet([[TITLE], [...HEADER], ...body]);
  const merges: XLSX.Range[] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: HEADER.length - 1 } }];
  for (let i = 0; i < ROWS.length; ) {
    let j = i;
    while (j + 1 < ROWS.length && ROWS[j + 1]!.level1 === ROWS[i]!.level1) j++;
    if (j > i) merges.push({ s: { r: i + 2, c: 1 }, e: { r: j + 2, c: 1 } });
    i = j + 1;
  }
  sheet['!merges'] = merges;
  return sheet;
}

export function referenceWorkbook(bookType: XLSX.BookType): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, referenceSheet(), '就业');
  return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType }) as Buffer);
}

export const maker: FormatMaker = { ext: '.xlsx', make: () => referenceWorkbook('xlsx') };
