import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { itemsWorkbook, XLSX_MAX_CELL } from '../../src/emit/xlsx.js';

describe('itemsWorkbook', () => {
  it('cuts a cell at Excel’s limit and says where, keeping formulas as text', () => {
    const found: Diagnostic[] = [];
    const long = '长'.repeat(XLSX_MAX_CELL + 10);
    const bytes = itemsWorkbook(['id', 'body'], [['a', '=1+1'], ['b', long]], (d) => found.push(d), (i) => ({ file: 'in/x.html', place: `L${i + 1}` }));
    expect(found.map((d) => [d.file, d.place, d.ruleId, d.severity])).toEqual([['in/x.html', 'L2', 'export/xlsx-cell-truncated', 'warning']]);
    const sheet = XLSX.read(bytes).Sheets.items!;
    expect(String(sheet.B3!.v)).toHaveLength(XLSX_MAX_CELL);
    expect(sheet.B2).toMatchObject({ t: 's', v: '=1+1' });
    expect(sheet.B2!.f).toBeUndefined();
  });
});
