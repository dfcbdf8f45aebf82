/**
 * Reads printed table values. A value that is not what the column allows becomes null; R8 reports it from `raw`. An
 * empty string is a blank cell whose column is known (raw keeps it as printed) and reads as 0.
 */
import { toAsciiDigits } from '../shared/chinese-number.js';

export type ValueKind = 'count' | 'decimal' | 'signed';

const PATTERNS: Record<ValueKind, RegExp> = {
  count: /^\d+$/,
  decimal: /^\d+(?:\.\d+)?$/,
  // 本年增/减 of the 2019 format: `+1`, `-1`, `0`.
  signed: /^[+-]?\d+$/,
};
/** `1,234` and `12,345.6`: a thousands separator in its place. A stray comma (seed 003's `,1`) is not one. */
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

export function readValue(raw: string, kind: ValueKind): number | null {
  // An empty cell of a row printed on one line: the report left the count blank, which the format reads as 0.
  if (raw === '') return 0;
  // Full-width digits and points (`１２．５`), as some pages print their tables, read as ASCII.
  let s = toAsciiDigits(raw.replace(/[\s\u3000]/g, '')).replace(/．/g, '.').replace(/^[−—]/, '-');
  if (GROUPED.test(s)) s = s.replace(/,/g, '');
  return PATTERNS[kind].test(s) ? Number(s) : null;
}
