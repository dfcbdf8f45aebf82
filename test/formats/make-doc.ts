/**
 * The reference catalogue as a Word 97 .doc: the title paragraph, then the table (one header row), each 一级事项
 * merged down its rows (sprmTVertMerge on each row-end mark).
 */
import { doc97, type CellSpec } from '../helpers/word-files.js';
import { HEADER, ROWS, TITLE, rowCells, type FormatMaker } from './reference-catalogue.js';

export function referenceRows97(): CellSpec[][] {
  const body = ROWS.map((row, i) => rowCells(row, i).map((text, c): CellSpec => {
    if (c !== 1) return { text };
    const continues = i > 0 && ROWS[i - 1]!.level1 === row.level1;
    const runs = ROWS[i + 1]?.level1 === row.level1;
    return continues ? { text: '', vMerge: 'continue' } : runs ? { text, vMerge: 'restart' } : { text };
  }));
  return [HEADER.map((text) => ({ text })), ...body];
}

export const maker: FormatMaker = { ext: '.doc', make: () => doc97([{ text: TITLE }, { rows: referenceRows97() }]) };
