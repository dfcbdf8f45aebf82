/**
 * `extra` maps source labels to values, and labels come from the input: a hostile header cell `__proto__` must not
 * reach the object's prototype setter (the value would vanish, or an object value would replace the prototype), and
 * inherited names (`constructor`, `toString`) must not look like labels already present.
 */

/** Sets an own property whatever the key, including `__proto__`. */
export function putExtra(extra: Record<string, string>, label: string, value: string): void {
  Object.defineProperty(extra, label, { value, enumerable: true, writable: true, configurable: true });
}

/** True when `label` is an own key of `extra` (not an inherited `constructor` or `toString`). */
export function hasExtra(extra: Record<string, string>, label: string): boolean {
  return Object.hasOwn(extra, label);
}

/**
 * The schema's record type drops a `__proto__` key (zod will not write it), so that one label is kept under
 * `[__proto__]`: the value stays in the dataset and the key cannot be taken for the prototype by any reader.
 */
export const PROTO_LABEL = '[__proto__]';

/** A plain copy of `extra` that validates without losing a value. */
export function safeExtra(extra: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const label of Object.keys(extra)) putExtra(out, label === '__proto__' ? PROTO_LABEL : label, extra[label]!);
  return out;
}
