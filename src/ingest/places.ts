/** Line ranges of places (`L4`, `L4-L7`), to attach diagnostics to the items they concern. */
export function lineRange(place: string | undefined): [number, number] | undefined {
  const m = place ? /^L(\d+)(?:-L(\d+))?$/.exec(place) : null;
  if (!m) return undefined;
  const first = Number(m[1]);
  return [first, m[2] ? Number(m[2]) : first];
}
