import { describe, expect, it } from 'vitest';
import { compareDiagnostics } from '../src/checks/sort.js';
import { naturalCompare } from '../src/natural-compare.js';
import type { Diagnostic } from '../schemas/diagnostic.js';

describe('naturalCompare', () => {
  it('orders numbers inside labels by value', () => {
    expect(['row 11', 'row 3', 'row 13', 'row 1'].sort(naturalCompare)).toEqual(['row 1', 'row 3', 'row 11', 'row 13']);
    expect(['table 2 row 1', 'table 1 row 10', 'table 1 row 9'].sort(naturalCompare)).toEqual(['table 1 row 9', 'table 1 row 10', 'table 2 row 1']);
    expect(['L10-L12', 'L9', 'L100'].sort(naturalCompare)).toEqual(['L9', 'L10-L12', 'L100']);
  });

  it('is a total order: equal only for equal text, numbers past 2^53 still ordered', () => {
    expect(naturalCompare('a', 'a')).toBe(0);
    expect(naturalCompare('row 03', 'row 3')).not.toBe(0);
    expect(naturalCompare('x 90071992547409930', 'x 90071992547409921')).toBeGreaterThan(0);
    expect(naturalCompare('row', 'row 1')).toBeLessThan(0);
  });
});

describe('diagnostics order', () => {
  const at = (place: string): Diagnostic => ({ file: 'f.csv', source: 's', ruleId: 'r', severity: 'warning', message: 'm', place });

  it('places in natural order, cells by row then column', () => {
    const places = ['row 11', 'row 3', 'row 13'].map(at).sort(compareDiagnostics).map((d) => d.place);
    expect(places).toEqual(['row 3', 'row 11', 'row 13']);
    const cells = ['Sheet1!B10', 'Sheet1!AA2', 'Sheet1!C2', 'Sheet1!B2'].map(at).sort(compareDiagnostics).map((d) => d.place);
    expect(cells).toEqual(['Sheet1!B2', 'Sheet1!C2', 'Sheet1!AA2', 'Sheet1!B10']);
  });
});
