/**
 * 标准目录 and other catalogue tables saved as CSV/TSV (GBK files are decoded upstream). Merged cells arrive blank:
 * the shared decoder carries 一级/二级事项 down and reads group headers over blank spans.
 */
import type { SourceFile, Parser } from '../types.js';
import { decodeGrid } from '../shared/decode-grid.js';
import { scanLabels } from '../shared/label-scan.js';
import { csvGrid, type Delimiter } from './csv-grid.js';

/** Header rows sit near the top: look at the first lines only. */
const HEAD_LINES = 30;

/** The delimiter whose split of some early line gives a catalogue header, with the detection score. */
function sniff(file: SourceFile): { delimiter: Delimiter; score: number } | undefined {
  let best: { delimiter: Delimiter; score: number } | undefined;
  for (const line of file.lines.slice(0, HEAD_LINES)) {
    for (const delimiter of [',', '\t'] as const) {
      // Three cells take two delimiters: most text lines are turned away without splitting them.
      const first = line.indexOf(delimiter);
      if (first < 0 || line.indexOf(delimiter, first + 1) < 0) continue;
      const cells = line.split(delimiter);
      if (cells.length < 3) continue;
      const scan = scanLabels(cells.map((c) => c.replace(/^"|"$/g, '')));
      if (scan.labels < 3 || scan.naming === 0) continue;
      const score = scan.standard > 0 ? 0.9 : 0.7;
      if (!best || score > best.score) best = { delimiter, score };
    }
  }
  return best;
}

export const csvParser: Parser = {
  name: 'csv',
  description: 'CSV/TSV catalogue tables: one or two header rows, blank merged cells, √/■/□ flags',
  input: 'text',
  format: 'csv',
  kind: 'catalogue',
  exclusive: true,
  detect(file) {
    return sniff(file)?.score ?? 0;
  },
  parse(file, ctx) {
    const found = sniff(file);
    if (!found) {
      ctx.report({ ruleId: 'parse/no-table', severity: 'warning',
        message: 'No catalogue header row (at least 3 known column labels separated by commas or tabs) in the first lines; no items read.' });
      return [];
    }
    const grid = csvGrid(file.text, found.delimiter, file.path, ctx.report);
    return grid ? decodeGrid(grid, ctx.report).items : [];
  },
};
