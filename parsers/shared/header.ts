/** Header rows: recognise column labels through the one label table and map a row of values to a DraftItem. */
import { matchLabel, type LabelTarget } from '../../schemas/field-labels.js';
import type { DraftItem } from '../../schemas/draft-item.js';

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

/**
 * Builds a DraftItem from a row of values under `columns`. A second column mapping to a field that is already
 * filled goes to `extra` under its own label, so nothing is lost.
 */
export function rowToDraft(columns: HeaderColumn[], values: string[], place: string): DraftItem {
  const draft: DraftItem = { kind: 'item', place, fields: {}, extra: {} };
  columns.forEach((column, i) => {
    const value = values[i] ?? '';
    const target = column.target;
    if (target && 'field' in target && draft.fields[target.field] === undefined) {
      draft.fields[target.field] = value;
    } else if (column.label || value) {
      draft.extra[column.label || `column ${i + 1}`] = value;
    }
  });
  return draft;
}
