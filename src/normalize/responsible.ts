/**
 * 公开责任 / 公开主体 / 责任科室 → one entry per unit. Splits lists and 和/及 between units, never inside a unit's
 * name or its parentheses (`镇人民政府(街道办事处)`). Entries stay verbatim. Pure; never throws.
 */
import { foldText } from './fold.js';
import { UNIT_JOINERS, UNIT_SEPARATOR, UNIT_SUFFIX } from './responsible-vocabulary.js';

export function splitResponsible(text: string): string[] {
  const folded = foldText(text);
  const out = new Set<string>(); // insertion-ordered: first mention wins
  for (const [from, to] of topLevelPieces(folded)) {
    for (const [s, e] of splitJoined(folded, from, to)) {
      const unit = text.slice(s, e).trim().replace(/等$/, '');
      if (unit !== '') out.add(unit);
    }
  }
  return [...out];
}

/** [from, to) ranges between separators outside parentheses. */
function topLevelPieces(folded: string): [number, number][] {
  const pieces: [number, number][] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= folded.length; i++) {
    const c = folded[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    if (c !== undefined && (depth > 0 || !UNIT_SEPARATOR.test(c))) continue;
    if (i > start) pieces.push([start, i]);
    start = i + 1;
  }
  return pieces;
}

/**
 * Splits `A科及B科和C中心` at joiners whose both sides end like a unit; leaves `人力资源和社会保障局` whole. The right
 * side of every joiner runs to the end of the piece, so it ends like a unit for all joiners or for none.
 */
function splitJoined(folded: string, from: number, to: number): [number, number][] {
  if (!isUnit(folded.slice(Math.max(from, to - TAIL), to))) return [[from, to]];
  const ranges: [number, number][] = [];
  let start = from;
  let depth = 0;
  for (let i = from + 1; i < to; i++) {
    const c = folded[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    const joiner = depth === 0 ? UNIT_JOINERS.find((j) => folded.startsWith(j, i)) : undefined;
    if (!joiner || i === start || i + joiner.length >= to) continue;
    if (!isUnit(folded.slice(Math.max(start, i - TAIL), i))) continue;
    ranges.push([start, i]);
    start = i + joiner.length;
    i = start - 1;
  }
  ranges.push([start, to]);
  return ranges;
}

/** Unit endings are short; looking at a bounded tail keeps long cells linear. */
const TAIL = 40;

function isUnit(tail: string): boolean {
  return UNIT_SUFFIX.test(tail.replace(/\([^()]*\)$/, '').replace(/等$/, ''));
}
