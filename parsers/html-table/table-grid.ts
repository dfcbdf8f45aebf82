/**
 * A <table> → a rectangular grid of cells with rowspan/colspan expanded. A cell copied from a span keeps the place of
 * the cell it came from (`table 1 R3C2`), so a 一级事项 written once over five rows is traceable on each of them.
 */
import type { AnyNode, Element } from 'domhandler';
import type { GridCell, HtmlTable } from '../html-page.js';

/** Spans beyond these are markup errors or hostile input; they are clamped. */
const MAX_ROWSPAN = 1000;
const MAX_COLSPAN = 100;

const isTag = (n: AnyNode): n is Element => n.type === 'tag';

/** The table's own rows: direct, or through thead/tbody/tfoot; rows of nested tables are not the table's. */
export function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (!isTag(child)) continue;
    if (child.name === 'tr') rows.push(child);
    else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') {
      for (const r of child.children) if (isTag(r) && r.name === 'tr') rows.push(r);
    }
  }
  return rows;
}

function span(el: Element, name: string, max: number): number {
  const n = Number.parseInt(el.attribs[name] ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

export function tableGrid(table: Element, index: number, cellText: (cell: Element) => string): HtmlTable {
  const rows = ownRows(table);
  const grid: (GridCell | undefined)[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.children) {
      if (!isTag(cell) || (cell.name !== 'td' && cell.name !== 'th')) continue;
      while (grid[r]![c]) c++;
      const text = cellText(cell);
      const rowspan = Math.min(span(cell, 'rowspan', MAX_ROWSPAN), rows.length - r);
      const colspan = span(cell, 'colspan', MAX_COLSPAN);
      const origin = `table ${index} R${r + 1}C${c + 1}`;
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < colspan; dc++) {
          const place = `table ${index} R${r + 1 + dr}C${c + 1 + dc}`;
          grid[r + dr]![c + dc] = dr === 0 && dc === 0 ? { text, place } : { text, place, filledFrom: origin };
        }
      }
      c += colspan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  const filled = grid.map((row, r) =>
    Array.from({ length: width }, (_, c) => row[c] ?? { text: '', place: `table ${index} R${r + 1}C${c + 1}` }),
  );
  const line = (table as Element & { sourceCodeLocation?: { startLine: number } | null }).sourceCodeLocation?.startLine;
  return line === undefined ? { index, rows: filled } : { index, line, rows: filled };
}
