/**
 * The header of a table rendered as a stream of cells (one per line or paragraph): the labels come one after another,
 * first the top row (序号 / 公开事项 / 公开内容 … / 公开对象 / 公开方式), then the sub-columns of its group labels
 * (一级事项 / 二级事项 / 全社会 / 特定群体 / 主动 …). They are laid out again as the two header rows they were, and
 * read by the shared header-band reader, so a stream header maps its columns exactly as a grid header does.
 */
import { matchLabel, type LabelTarget } from '../../schemas/field-labels.js';
import type { Cell, CellGrid } from '../shared/cell-grid.js';
import { isHeaderRow, readHeaderBand, type HeaderBand } from '../shared/header-band.js';
import { linePlace } from '../shared/lines.js';
import { cellShape } from './cell-shapes.js';
import type { Token } from './cell-tokens.js';

/** How many cells after a label the rest of a header must show up in. */
const HEADER_WINDOW = 10;
/** An unlabelled header cell (相应领域, 对应职责) is kept when a known label follows within this many cells. */
const UNKNOWN_LABEL_GAP = 2;
const UNKNOWN_LABEL_LENGTH = 30;
const UNKNOWN_SUB_LENGTH = 8;

export interface StreamHeader {
  /** Index of the first header token, and one past the last. */
  start: number;
  end: number;
  /** The header laid out as grid rows: the top row, then (when there are sub-columns) the sub-column row. */
  rows: Cell[][];
}

type Group = 'matter' | 'audience' | 'mode' | 'levels';

function place(t: Token): string {
  return linePlace(t.from, t.to);
}

/** Puts the header's rows at the end of `grid` and reads them as the table's header band. */
export function appendHeader(grid: CellGrid, header: StreamHeader): HeaderBand {
  const top = grid.rows.length;
  for (const row of header.rows) {
    grid.rows.push(row);
    grid.rowPlaces.push(row[0]!.place);
  }
  return readHeaderBand(grid, top);
}

/** The group a sub-column label belongs under: levels under 公开事项, flags under their group. */
function subGroup(t: LabelTarget | undefined): Group | undefined {
  if (!t) return undefined;
  if ('flag' in t) return t.flag;
  if ('field' in t && /^level[123]$/.test(t.field)) return 'matter';
  return undefined;
}

/** First token index ≥ from where a header starts: a label with two more (one naming the item) close behind. */
export function nextStreamHeader(tokens: Token[], from: number): StreamHeader | undefined {
  for (let i = from; i < tokens.length; i++) {
    if (!tokens[i]!.text || !matchLabel(tokens[i]!.text)) continue;
    // Text above the table glued to the first header cell (`…目录\n序号 |`) is cut off it: the header starts at its label.
    if (i > from) splitLabelTail(tokens, i - 1);
    const window = tokens.slice(i, i + HEADER_WINDOW * 2).filter((t) => t.text).slice(0, HEADER_WINDOW);
    if (!isHeaderRow(window.map((t) => ({ text: t.text, place: '' })))) continue;
    const end = headerEnd(tokens, i);
    return { start: i, end, rows: layOut(tokens.slice(i, end).filter((t) => t.text)) };
  }
  return undefined;
}

/**
 * One past the last header cell. A table with a 序号 column starts its body at the first serial number; otherwise the
 * header ends at the first cell that is no label and has no label right behind it (the first row's 一级事项).
 */
function headerEnd(tokens: Token[], start: number): number {
  let hasCode = false;
  let inSubs = false;
  let last = start;
  for (let i = start; i < tokens.length; i++) {
    const text = tokens[i]!.text;
    if (!text) continue;
    const target = matchLabel(text);
    if (target) {
      if ('field' in target && target.field === 'code') hasCode = true;
      if (subGroup(target)) inSubs = true;
      last = i;
      continue;
    }
    if (hasCode && cellShape(text) === 'serial') break;
    // A sub-column label the table does not know (特定群 cut short, 镇街级) sits between known ones.
    const longest = inSubs ? UNKNOWN_SUB_LENGTH : UNKNOWN_LABEL_LENGTH;
    if (text.length > longest || !labelWithin(tokens, i + 1, UNKNOWN_LABEL_GAP)) break;
    last = i;
  }
  return last + 1;
}

/**
 * A multi-line cell whose last line is a label, right before another label, is text above the table glued to the first
 * header cell (a rendering that closes cells with a bar closes prose with the next cell): split it in place.
 */
function splitLabelTail(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.from === t.to || matchLabel(t.text)) return false;
  const lines = t.text.split('\n');
  const last = lines.at(-1)!.trim();
  if (!matchLabel(last)) return false;
  tokens.splice(k, 1, { text: lines.slice(0, -1).join('\n').trim(), from: t.from, to: t.to - 1 }, { text: last, from: t.to, to: t.to });
  return true;
}

function labelWithin(tokens: Token[], from: number, count: number): boolean {
  let seen = 0;
  for (let i = from; i < tokens.length && seen < count; i++) {
    if (!tokens[i]!.text) continue;
    seen++;
    if (matchLabel(tokens[i]!.text)) return true;
  }
  return false;
}

/**
 * Splits the header cells into the top row and the sub-column row and puts each sub-column under its group label
 * (a level under 公开事项, 全社会 under 公开对象 …; an unknown sub-label stays with the group before it).
 */
function layOut(labels: Token[]): Cell[][] {
  const targets = labels.map((t) => matchLabel(t.text));
  const groupAt = (i: number): Group | undefined => {
    const t = targets[i];
    return t && 'group' in t ? t.group : undefined;
  };
  const firstSub = targets.findIndex((t, i) => subGroup(t) && labels.slice(0, i).some((_, k) => groupAt(k)));
  const cell = (t: Token): Cell => ({ text: t.text, place: place(t) });
  if (firstSub < 0) return [labels.map(cell)];
  // Column by column (公开事项, 一级事项, 二级事项, 公开内容 …): a known top label after the first sub-column.
  if (targets.slice(firstSub).some((t) => t && !subGroup(t))) return layOutByColumn(labels, targets);
  const parents = labels.slice(0, firstSub);
  const groups = parents.map((_, i) => groupAt(i));
  const subsOf: Token[][] = parents.map(() => []);
  const loose: Token[] = [];
  let current = -1;
  labels.slice(firstSub).forEach((sub, k) => {
    const g = subGroup(targets[firstSub + k]);
    if (g) {
      const after = groups.findIndex((x, i) => x === g && i >= Math.max(current, 0));
      const found = after >= 0 ? after : groups.indexOf(g);
      if (found >= 0) current = found;
    } else if (current < 0) {
      current = groups.findIndex((x) => x && x !== 'matter');
    }
    if (current >= 0) subsOf[current]!.push(sub);
    else loose.push(sub);
  });
  const top: Cell[] = [];
  const bottom: Cell[] = [];
  parents.forEach((p, i) => {
    const subs = subsOf[i]!;
    top.push(cell(p));
    for (let k = 1; k < subs.length; k++) top.push({ text: '', place: place(p) });
    if (!subs.length) bottom.push({ text: '', place: place(p) });
    for (const s of subs) bottom.push(cell(s));
  });
  for (const s of loose) {
    top.push(cell(s));
    bottom.push({ text: '', place: place(s) });
  }
  return [top, bottom];
}

/** Labels read column by column: each group label is followed by its own sub-columns. */
function layOutByColumn(labels: Token[], targets: (LabelTarget | undefined)[]): Cell[][] {
  const top: Cell[] = [];
  const bottom: Cell[] = [];
  let group: { group: Group; cell: Cell; subs: number } | undefined;
  labels.forEach((t, i) => {
    const target = targets[i];
    const own: Cell = { text: t.text, place: place(t) };
    const g = subGroup(target);
    if (group && g === group.group) {
      if (group.subs++ > 0) top.push({ text: '', place: group.cell.place });
      bottom.push(own);
      return;
    }
    if (group && group.subs === 0) bottom.push({ text: '', place: group.cell.place });
    group = target && 'group' in target ? { group: target.group, cell: own, subs: 0 } : undefined;
    top.push(own);
    if (!group) bottom.push({ text: '', place: own.place });
  });
  if (group && group.subs === 0) bottom.push({ text: '', place: group.cell.place });
  return [top, bottom];
}
