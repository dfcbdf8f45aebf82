/** CSV text → CellGrid via csv-parse. Places: `record 7` for a row, `record 7 field 3` for a cell. */
import { parse } from 'csv-parse/sync';
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import type { Cell, CellGrid } from '../shared/cell-grid.js';

export type Delimiter = ',' | '\t';

export function csvGrid(text: string, delimiter: Delimiter, name: string, report: (d: DiagnosticInput) => void): CellGrid | undefined {
  let records: string[][];
  try {
    records = parse(text, { delimiter, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    report({ ruleId: 'parse/csv-malformed', severity: 'error', actual: error instanceof Error ? error.message : String(error),
      message: 'CSV could not be split into records (an unclosed quote or a broken line). Fix the quoting or export the table again.' });
    return undefined;
  }
  const rows: Cell[][] = records.map((fields, r) => fields.map((text, c) => ({ text, place: `record ${r + 1} field ${c + 1}` })));
  return { name, rows, rowPlaces: records.map((_, r) => `record ${r + 1}`) };
}
