/**
 * 公开责任 / 公开主体 / 责任科室 → one entry per unit. Splits lists and 和/及 between units, never inside a unit's
 * name or its parentheses (`镇人民政府(街道办事处)`). Entries stay verbatim. Pure; never throws.
 */
import { foldText } from './fold.js';
import { UNIT_JOINERS, UNIT_SEPARATOR, UNIT_SUFFIX } from './responsible-vocabulary.js';

export function splitResponsible(text: string): string[] {
  const folded = foldText(text);
  const out: string[] = [];
  for (const [from, to] of topLevelPieces(folded)) {
    for (const [s, e] of splitJoined(folded, from, to)) {
      const unit = text.slice(s, e).trim().replace(/等$/, '');
      if (unit !== '' && !out.includes(unit)) out.push(unit);
    }
  }
  return out;
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

/** Splits `A科及B科和C中心` at joiners whose both sides end like a unit; leaves `人力资源和社会保障局` whole. */
function splitJoined(folded: string, from: number, to: number): [number, number][] {
  const piece = folded.slice(from, to);
  for (let i = 1; i < piece.length; i++) {
    const joiner = UNIT_JOINERS.find((j) => piece.startsWith(j, i));
    if (!joiner || insideParentheses(piece, i)) continue;
    const left = piece.slice(0, i);
    const right = piece.slice(i + joiner.length);
    if (isUnit(left) && isUnit(right)) {
      return [[from, from + i], ...splitJoined(folded, from + i + joiner.length, to)];
    }
  }
  return [[from, to]];
}

function isUnit(name: string): boolean {
  return UNIT_SUFFIX.test(name.replace(/\([^()]*\)$/, '').replace(/等$/, ''));
}

function insideParentheses(s: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}
