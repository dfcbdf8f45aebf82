/**
 * Natural order of labels that hold numbers: `row 3` before `row 11`, `L9` before `L10`. Runs of digits compare by
 * value, everything else by UTF-16 code units (locale-free, so every machine sorts the same).
 */
const RUNS = /\d+|\D+/g;

export function naturalCompare(a: string, b: string): number {
  const as = a.match(RUNS) ?? [];
  const bs = b.match(RUNS) ?? [];
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const x = as[i]!;
    const y = bs[i]!;
    if (x === y) continue;
    const digits = /^\d/.test(x) && /^\d/.test(y);
    // Compared as digit strings (length, then text), so numbers beyond 2^53 still order right.
    if (digits) {
      const [p, q] = [x.replace(/^0+(?=\d)/, ''), y.replace(/^0+(?=\d)/, '')];
      if (p.length !== q.length) return p.length - q.length;
      if (p !== q) return p < q ? -1 : 1;
      continue;
    }
    return x < y ? -1 : 1;
  }
  return as.length - bs.length || (a < b ? -1 : a > b ? 1 : 0);
}
