/** Counting helpers with a deterministic order (count desc, then key by code point). */
export type Counter = Map<string, number>;

export function bump(counter: Counter, key: string, by = 1): void {
  counter.set(key, (counter.get(key) ?? 0) + by);
}

export function byKey(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function top(counter: Counter, limit = Infinity): [string, number][] {
  return [...counter.entries()].sort((a, b) => b[1] - a[1] || byKey(a[0], b[0])).slice(0, limit);
}
