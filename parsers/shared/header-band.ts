/**
 * Finds header bands in a cell grid and maps their columns through the label table (schemas/field-labels.ts).
 *
 * A band is one header row, or two when a group header (公开事项, 公开对象, 公开方式, 公开层级) stands over
 * sub-columns (一级/二级/三级事项, 全社会/特定群体, 主动/依申请, 县级/乡级 …). Merged header cells may arrive
 * filled (XLSX with merges applied: the group label repeats across its span, 序号 repeats downwards) or empty
 * (CSV/text renderings: the span is blank); both read the same.
 */
import type { ItemField } from '../../schemas/draft-item.js';
import { matchLabel, normalizeLabel, type LabelTarget } from '../../schemas/field-labels.js';
import { cellText, type Cell, type CellGrid } from './cell-grid.js';
import { remember } from './remember.js';

export type FlagGroup = 'audience' | 'mode' | 'levels';

export type ColumnTarget =
  | { field: ItemField }
  | { flag: FlagGroup; value: string }
  /** Not in the label table (or a second column for a field already taken): goes to DraftItem.extra under `label`. */
  | { extra: true };

export interface ColumnSpec {
  /** Column index in the grid rows. */
  col: number;
  /** Header label as shown; for a sub-column, `group/sub` (e.g. `公开对象/全社会`). */
  label: string;
  target: ColumnTarget;
}

export interface HeaderBand {
  /** Index of the first header row in grid.rows. */
  top: number;
  /** Number of grid rows the header takes (1 or 2; both header rows may share one line). */
  height: 1 | 2;
  columns: ColumnSpec[];
}

/** Fields that say "this table lists 事项": a header row needs one of them (or the 公开事项 group). */
const ITEM_FIELDS: ReadonlySet<ItemField> = new Set(['level1', 'level2', 'level3', 'name', 'category']);

/** A row is a header row when ≥ 3 cells are known labels, at least one names the item, and labels dominate. */
export function isHeaderRow(row: (Cell | undefined)[], labelOf: (text: string) => LabelTarget | undefined = matchLabel): boolean {
  let labels = 0;
  let texts = 0;
  let namesItem = false;
  const seen = new Set<string>();
  for (const cell of row) {
    const text = cellText(cell);
    if (!text || seen.has(text)) continue; // a merged group label repeats across its span: count it once
    seen.add(text);
    texts++;
    const t = labelOf(text);
    if (!t) continue;
    labels++;
    if (('field' in t && ITEM_FIELDS.has(t.field)) || ('group' in t && t.group === 'matter')) namesItem = true;
  }
  return labels >= 3 && namesItem && labels * 2 >= texts;
}

/** Group context of each column of the top row: a group label, or a blank continuing the group on its left. */
function groupContexts(top: (Cell | undefined)[], width: number): (LabelTarget | undefined)[] {
  const out: (LabelTarget | undefined)[] = [];
  let carry: LabelTarget | undefined;
  for (let c = 0; c < width; c++) {
    const text = cellText(top[c]);
    const t = text ? matchLabel(text) : undefined;
    if (text) carry = t && 'group' in t ? t : undefined;
    out.push(text ? t : carry);
  }
  return out;
}

interface SubTarget {
  target: LabelTarget;
  /** In the label table (全社会, 二级事项 …), as opposed to an unknown label under a flag group. */
  known: boolean;
}

/** A sub-header cell: has its own text (not a vertical copy of the cell above) that names a sub-column. */
function subTarget(top: Cell | undefined, bottom: Cell | undefined, ctx: LabelTarget | undefined): SubTarget | undefined {
  const text = cellText(bottom);
  if (!text || !bottom) return undefined;
  if (top && (bottom.filledFrom === top.place || normalizeLabel(text) === normalizeLabel(cellText(top)))) return undefined;
  const t = matchLabel(text);
  if (t && ('flag' in t || ('field' in t && ['level1', 'level2', 'level3', 'name'].includes(t.field)))) return { target: t, known: true };
  if (ctx && 'group' in ctx && ctx.group !== 'matter') return { target: { flag: ctx.group, value: normalizeLabel(text) }, known: false };
  return undefined;
}

/** A label that only ever stands under a group header: a level (一级事项 …) or a flag value (全社会, 县级 …). */
function isSubLabel(t: LabelTarget | undefined): boolean {
  return !!t && ('flag' in t || ('field' in t && /^level[1-6]$/.test(t.field)));
}

/**
 * A row of sub-labels: it opens with one, most of its cells are known sub-labels, and the rest are short words that
 * no label names (the local levels of a 公开层级 group: 东阳市级, 镇街乡, 村).
 */
function isSubLabelRow(texts: string[]): boolean {
  if (!texts.length || !isSubLabel(matchLabel(texts[0]!))) return false;
  let known = 0;
  for (const t of texts) {
    const target = matchLabel(t);
    if (isSubLabel(target)) known++;
    else if (target || t.length > 8) return false;
  }
  return known * 2 >= texts.length;
}

/** Own texts of a row (a merged cell's copies left out), with their column. */
function ownTexts(row: (Cell | undefined)[], above?: (Cell | undefined)[]): { col: number; text: string }[] {
  const out: { col: number; text: string }[] = [];
  row.forEach((cell, col) => {
    const text = cellText(cell);
    if (!text || !cell) return;
    const up = above?.[col];
    if (cell.filledFrom !== undefined && (cell.filledFrom === up?.place || cell.filledFrom === up?.filledFrom)) return;
    if (cell.filledFrom !== undefined && out.length && row[out.at(-1)!.col]?.place === cell.filledFrom) return;
    out.push({ col, text });
  });
  return out;
}

/** Reads the band whose first row is `top` (a row for which isHeaderRow holds). */
export function readHeaderBand(grid: CellGrid, top: number): HeaderBand {
  const row1 = grid.rows[top] ?? [];
  const row2 = grid.rows[top + 1] ?? [];
  const inline = inlineSubLabels(row1);
  if (inline) return compactBand(top, 1, inline.top, inline.subs);
  const width = Math.max(row1.length, row2.length);
  const ctx = groupContexts(row1, width);
  const subs = Array.from({ length: width }, (_, c) => subTarget(row1[c], row2[c], ctx[c]));
  // Two rows only when the second row holds a known sub label: a first data row under a one-row header may have
  // text under a group column (公开方式 = 全文发布) and must not be taken for a sub-header.
  // Label values in data (平武: 公开属性 = 主动公开, 公开对象 = 全社会) are told apart by majority: most of a
  // sub-header row's own cells are known labels.
  const own2 = ownTexts(row2, row1);
  const known = subs.filter((s) => s?.known).length;
  // Text renderings list only the sub-labels, from the left, without blanks under the other columns: the sub row
  // is then read against the groups in order instead of by position.
  if (isSubLabelRow(own2.map((o) => o.text)) && own2.some((o) => !belongsTo(ctx[o.col], o.text))) {
    return compactBand(top, 2, ownTexts(row1).map((o) => o.text), own2.map((o) => o.text));
  }
  const height: 1 | 2 = known > 0 && known * 2 > own2.length ? 2 : 1;
  const taken = new Set<ItemField>();
  const columns: ColumnSpec[] = [];
  for (let c = 0; c < width; c++) {
    const topText = displayLabel(cellText(row1[c]));
    const groupText = topText || groupLabelLeftOf(row1, c, ctx);
    const sub = height === 2 ? subs[c]?.target : undefined;
    const subText = height === 2 ? displayLabel(cellText(row2[c])) : '';
    const own = sub ?? (topText ? ctx[c] : undefined);
    let label = sub ? (groupText && groupText !== subText ? `${groupText}/${subText}` : subText) : topText;
    if (!label && height === 2 && subText && subText !== groupText) label = groupText ? `${groupText}/${subText}` : subText;
    if (!label) label = `(column ${c + 1})`;
    columns.push({ col: c, label, target: resolveTarget(own, taken) });
  }
  return { top, height, columns };
}

/**
 * Both header rows written on one line (`序号 | 公开事项 | … | 公开层级 | 一级事项 | 二级事项 | 全社会 | …`): the
 * sub-labels that follow the last group header are that group row's second row.
 */
function inlineSubLabels(row: (Cell | undefined)[]): { top: string[]; subs: string[] } | undefined {
  const texts = ownTexts(row).map((o) => o.text);
  const targets = texts.map((t) => matchLabel(t));
  const lastGroup = targets.findLastIndex((t) => !!t && 'group' in t);
  if (lastGroup < 0) return undefined;
  const rest = targets.slice(lastGroup + 1);
  const firstSub = rest.findIndex(isSubLabel);
  if (firstSub < 0 || !rest.slice(firstSub).every((t) => isSubLabel(t) || !t)) return undefined;
  const split = lastGroup + 1 + firstSub;
  return { top: texts.slice(0, split), subs: texts.slice(split) };
}

/** Does a sub-label belong under this group? 公开事项 takes levels; a flag group takes its flags and unknown words. */
function belongsTo(group: LabelTarget | undefined, sub: string): boolean {
  if (!group || !('group' in group)) return false;
  const t = matchLabel(sub);
  if (group.group === 'matter') return !!t && 'field' in t && /^level[1-6]$|^name$/.test(t.field);
  if (!t) return true;
  return 'flag' in t && t.flag === group.group;
}

/** Leaf columns from a top row and its sub-labels in order: each group header takes the sub-labels that fit it. */
function compactBand(top: number, height: 1 | 2, topTexts: string[], subs: string[]): HeaderBand {
  const taken = new Set<ItemField>();
  const columns: ColumnSpec[] = [];
  let next = 0;
  const push = (label: string, target: LabelTarget | undefined) =>
    columns.push({ col: columns.length, label, target: resolveTarget(target, taken) });
  for (const text of topTexts) {
    const group = matchLabel(text);
    const shown = displayLabel(text);
    let took = 0;
    while (next < subs.length && belongsTo(group, subs[next]!)) {
      const sub = subs[next++]!;
      const t = matchLabel(sub);
      const target = t ?? (group && 'group' in group && group.group !== 'matter' ? { flag: group.group, value: normalizeLabel(sub) } : undefined);
      push(`${shown}/${displayLabel(sub)}`, target);
      took++;
    }
    if (!took) push(shown, group);
  }
  // Sub-labels no group took stay columns of their own, so no body cell loses its column.
  for (; next < subs.length; next++) push(displayLabel(subs[next]!), matchLabel(subs[next]!));
  return { top, height, columns };
}

/** The group label a blank top cell continues (for `公开对象/特定群体` labels in CSV renderings). */
function groupLabelLeftOf(row: (Cell | undefined)[], c: number, ctx: (LabelTarget | undefined)[]): string {
  if (!ctx[c]) return '';
  for (let k = c - 1; k >= 0; k--) {
    const text = cellText(row[k]);
    if (text) return displayLabel(text);
  }
  return '';
}

/** Header text as shown, with PDF-doubled glyph runs halved (`序号序号` → `序号`), for extra keys and messages. */
function displayLabel(raw: string): string {
  const s = raw.replace(/\s+/g, '');
  const half = s.length / 2;
  return s.length >= 4 && Number.isInteger(half) && s.slice(0, half) === s.slice(half) ? s.slice(0, half) : raw.trim();
}

function resolveTarget(t: LabelTarget | undefined, taken: Set<ItemField>): ColumnTarget {
  if (!t || 'extra' in t) return { extra: true };
  if ('flag' in t) return t;
  // A group header with no sub-columns holds free text: 公开方式 = 全文发布 (平武), 公开事项 = the item name.
  const field: ItemField = 'field' in t ? t.field : t.group === 'matter' ? 'name' : t.group;
  if (taken.has(field)) return { extra: true };
  taken.add(field);
  return { field };
}

/** Every header band of the grid, in row order. */
export function findHeaderBands(grid: CellGrid): HeaderBand[] {
  const bands: HeaderBand[] = [];
  // Every body row is tested as a header, and body columns repeat their text: each distinct text is matched once.
  const labelOf = remember(matchLabel);
  for (let r = 0; r < grid.rows.length; r++) {
    if (!isHeaderRow(grid.rows[r] ?? [], labelOf)) continue;
    const band = readHeaderBand(grid, r);
    bands.push(band);
    r += band.height - 1;
  }
  return bands;
}
