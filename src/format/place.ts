/** Reads a diagnostic place back into the parts an annotation needs. */

export interface LinePlace {
  line: number;
  endLine?: number;
}

/** `L4` → {line: 4}; `L4-L7` → {line: 4, endLine: 7}; anything else (`Sheet1!A7`, `record 3`) → undefined. */
export function linePlace(place: string | undefined): LinePlace | undefined {
  const m = place ? /^L(\d+)(?:-L?(\d+))?$/.exec(place) : null;
  if (!m) return undefined;
  const line = Number(m[1]);
  const end = m[2] === undefined ? undefined : Number(m[2]);
  return end !== undefined && end !== line ? { line, endLine: end } : { line };
}
