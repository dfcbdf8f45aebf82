/** Header lines of text renderings: recognise column labels through the one label table (decoding is decode-grid's). */
import { matchLabel, type LabelTarget } from '../../schemas/field-labels.js';

export interface HeaderColumn {
  /** The header cell as printed (kept as the `extra` key when unmapped). */
  label: string;
  target?: LabelTarget;
}

export function mapHeader(cells: string[]): HeaderColumn[] {
  return cells.map((raw) => {
    const label = raw.trim();
    const target = matchLabel(label);
    return target ? { label, target } : { label };
  });
}

/** How many cells of a candidate header row name a known field (flags and groups count too). */
export function recognisedCount(columns: HeaderColumn[]): number {
  return columns.filter((c) => c.target).length;
}
