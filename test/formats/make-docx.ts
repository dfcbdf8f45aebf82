/**
 * The reference catalogue as a .docx: a title paragraph, then the table under a two-row header whose 公开方式 cell
 * spans its two columns (w:gridSpan) over 主动公开 | 依申请公开, the other header cells merged down (w:vMerge), and
 * each 一级事项 merged down its rows (w:vMerge restart/continue).
 */
import { docx, type CellSpec } from '../helpers/word-files.js';
import { HEADER, ROWS, TITLE, rowCells, type FormatMaker } from './reference-catalogue.js';

/** The table's rows as Word cells: the two-row header, then each row with 一级事项 merged down its run. */
export function referenceTable(): CellSpec[][] {
  const modes = HEADER.length - 2;
  const top: CellSpec[] = [...HEADER.slice(0, modes).map((text): CellSpec => ({ text, vMerge: 'restart' })), { text: '公开方式', span: 2 }];
  const second: CellSpec[] = [...HEADER.slice(0, modes).map((): CellSpec => ({ text: '', vMerge: 'continue' })), { text: HEADER[modes]! }, { text: HEADER[modes + 1]! }];
  const body = ROWS.map((row, i) => rowCells(row, i).map((text, c): CellSpec => {
    if (c !== 1) return { text };
    const continues = i > 0 && ROWS[i - 1]!.level1 === row.level1;
    const runs = ROWS[i + 1]?.level1 === row.level1;
    return continues ? { text: '', vMerge: 'continue' } : runs ? { text, vMerge: 'restart' } : { text };
  }));
  return [top, second, ...body];
}

export const maker: FormatMaker = { ext: '.docx', make: () => docx([{ text: TITLE, title: true, centered: true }, { rows: referenceTable() }]) };
