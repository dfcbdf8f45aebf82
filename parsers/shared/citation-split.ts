/**
 * Splits the free-text middle of a flattened row into 公开内容 | 公开依据 | 条款内容 (seed 001 layout A).
 *
 * 公开依据 is a run of bare citations — `《title》(文号)` each followed only by whitespace and the next 《 (or the end).
 * 条款内容 starts right after that run with a citation that is NOT bare (`《title》(文号)第二十条:…`, `…):…`).
 * Whatever precedes the run is 公开内容. This anchors on the shape of legal citations, not on line positions.
 */
const CITATION = /《(?:[^《》]|《[^《》]*》)*》(?:\s*[(（][^()（）]*[)）])?/g;
const GAP = /^[\s"“”]*$/;

export interface MiddleSplit {
  content: string;
  basis: string;
  clauses: string;
  /** Set when no 公开依据 run was found although the text cites documents. */
  basisNotFound?: boolean;
  /** Set when a quoted cell has no closing quote. */
  unbalancedQuote?: boolean;
}

interface Hit {
  start: number;
  end: number;
  bare: boolean;
}

export function splitContentBasisClauses(text: string): MiddleSplit {
  const hits: Hit[] = [];
  for (const m of text.matchAll(CITATION)) {
    const end = m.index + m[0].length;
    const after = text.slice(end);
    hits.push({ start: m.index, end, bare: /^\s+["“]?《/.test(after) || GAP.test(after) });
  }
  for (let i = 0; i < hits.length; i++) {
    if (!hits[i]!.bare) continue;
    let j = i;
    while (j + 1 < hits.length && hits[j + 1]!.bare && GAP.test(text.slice(hits[j]!.end, hits[j + 1]!.start))) j++;
    const next = hits[j + 1];
    const runEnd = hits[j]!.end;
    const qualifies = next ? GAP.test(text.slice(runEnd, next.start)) : GAP.test(text.slice(runEnd));
    if (!qualifies) {
      i = j;
      continue;
    }
    const { text: clauses, unbalanced } = unquote(text.slice(runEnd).trim());
    return {
      content: text.slice(0, hits[i]!.start).trim(),
      basis: text.slice(hits[i]!.start, runEnd).trim(),
      clauses,
      ...(unbalanced ? { unbalancedQuote: true } : {}),
    };
  }
  return { content: text.trim(), basis: '', clauses: '', ...(hits.length ? { basisNotFound: true } : {}) };
}

/** Strips CSV-style quotes around a cell; a lone opening quote is removed and reported (`unbalanced`). */
export function unquote(s: string): { text: string; unbalanced: boolean } {
  if (!s.startsWith('"')) return { text: s, unbalanced: false };
  if (s.length > 1 && s.endsWith('"')) return { text: s.slice(1, -1).trim(), unbalanced: false };
  return { text: s.slice(1).trim(), unbalanced: true };
}
