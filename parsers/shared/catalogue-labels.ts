/**
 * A catalogue prints its column labels (公开内容, 公开依据, 公开时限 …) as short cells near the top. Counted whether
 * or not a catalogue parser read the rows, they tell a catalogue page from a document that merely names the same
 * ideas in its headings (a guide's 公开方式, 公开时限).
 */
import { FIELD_LABELS, matchLabel } from '../../schemas/field-labels.js';

const LABEL_HEAD_LINES = 80;
const MAX_LABEL_CELL = 16;
const MIN_CATALOGUE_FIELDS = 4;
/** Of the columns every catalogue has, at least two must be among the labels. */
const CORE_FIELDS = new Set(['content', 'basis', 'timeLimit']);
const MIN_CORE_FIELDS = 2;

/** Labels long enough to be found inside a header printed without separators (`序号公开事项公开内容公开依据…`). */
const RUN_ON_LABELS = Object.entries(FIELD_LABELS)
  .filter(([label, t]) => label.length >= 4 && ('field' in t || 'group' in t))
  .map(([label, t]) => [label, 'field' in t ? t.field : (t as { group: string }).group] as const);
/** A header line has no sentence or list punctuation. */
const NOT_HEADER = /[。，,；;、:：]/;
const MAX_HEADER_LINE = 160;

/** The number of distinct catalogue fields labelled by short cells near the top, or 0 when too few for a catalogue. */
export function catalogueLabelFields(lines: readonly string[]): number {
  // The guide detector and the page classifier both ask of a page's lines: counted once per lines array.
  let count = counted.get(lines);
  if (count === undefined) counted.set(lines, (count = countLabelFields(lines)));
  return count;
}

const counted = new WeakMap<readonly string[], number>();

function countLabelFields(lines: readonly string[]): number {
  const fields = new Set<string>();
  for (const line of lines.slice(0, LABEL_HEAD_LINES)) {
    const s = line.trim();
    if (s.length <= MAX_HEADER_LINE && !NOT_HEADER.test(s) && s.includes('公开')) {
      const bare = s.replace(/[\s|｜]/g, '');
      for (const [label, field] of RUN_ON_LABELS) if (bare.includes(label)) fields.add(field);
    }
    for (const cell of line.split(/\s*[|｜]\s*|\s{2,}/)) {
      const s = cell.trim();
      if (!s || s.length > MAX_LABEL_CELL) continue;
      const target = matchLabel(s);
      if (target && 'field' in target) fields.add(target.field);
      // 公开对象 / 公开方式 / 公开层级 over their flag columns.
      else if (target && 'group' in target) fields.add(target.group);
    }
  }
  const core = [...fields].filter((f) => CORE_FIELDS.has(f)).length;
  return core >= MIN_CORE_FIELDS && fields.size >= MIN_CATALOGUE_FIELDS ? fields.size : 0;
}
