/** A deterministic order for diagnostics: by file, then position in the file, then rule, then message. */
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { naturalCompare } from '../natural-compare.js';

/** A cell `Sheet1!B7` sorts by sheet, row, then column (reading order); other places in natural order (`row 3`, `row 11`). */
const CELL = /^(.*)!([A-Z]+)(\d+)$/;

function comparePlaces(a = '', b = ''): number {
  const x = CELL.exec(a);
  const y = CELL.exec(b);
  if (x && y) return naturalCompare(x[1]!, y[1]!) || Number(x[3]) - Number(y[3]) || x[2]!.length - y[2]!.length || cmp(x[2]!, y[2]!);
  return naturalCompare(a, b);
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return cmp(a.file, b.file) || comparePlaces(a.place, b.place) || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message);
}
