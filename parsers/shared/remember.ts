/**
 * Catalogue cells repeat across rows and pages (the same 公开时限, 公开渠道, 公开依据 on every row), so a normalizer's
 * results are kept per text. Only short texts are kept, and the table starts over when full, so memory stays small.
 * The same result object is returned for equal texts: callers must not mutate it.
 */
export function remember<T>(normalize: (text: string) => T, { entries = 2000, maxLength = 1000 } = {}): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (text.length > maxLength) return normalize(text);
    if (known.has(text)) return known.get(text)!;
    if (known.size >= entries) known.clear();
    const result = normalize(text);
    known.set(text, result);
    return result;
  };
}
