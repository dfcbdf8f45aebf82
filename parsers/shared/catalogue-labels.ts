/**
 * A catalogue prints its column labels (公开内容, 公开依据, 公开时限 …) as short cells near the top. Counted whether
 * or not a catalogue parser read the rows, they tell a catalogue page from a document that merely names the same
 * ideas in its headings (a guide's 公开方式, 公开时限).
 */
import { matchLabel } from '../../schemas/field-labels.js';

const LABEL_HEAD_LINES = 80;
const MAX_LABEL_CELL = 16;
const MIN_CATALOGUE_FIELDS = 4;
/** Of the columns every catalogue has, at least two must be among the labels. */
const CORE_FIELDS = new Set(['content', 'basis', 'timeLimit']);
const MIN_CORE_FIELDS = 2;

/** The number of distinct catalogue fields labelled by short cells near the top, or 0 when too few for a catalogue. */
export function catalogueLabelFields(lines: readonly string[]): number {
  const fields = new Set<string>();
  for (const line of lines.slice(0, LABEL_HEAD_LINES)) {
    for (const cell of line.split(/\s*[|｜]\s*/)) {
      const s = cell.trim();
      if (!s || s.length > MAX_LABEL_CELL) continue;
      const target = matchLabel(s);
      if (target && 'field' in target) fields.add(target.field);
    }
  }
  const core = [...fields].filter((f) => CORE_FIELDS.has(f)).length;
  return core >= MIN_CORE_FIELDS && fields.size >= MIN_CATALOGUE_FIELDS ? fields.size : 0;
}
