/** Reads printed table values. A value that is not what the column allows becomes null; R8 reports it from `raw`. */

export type ValueKind = 'count' | 'decimal' | 'signed';

export function readValue(raw: string, kind: ValueKind): number | null {
  const s = raw.replace(/[\s\u3000]/g, '').replace(/^−/, '-');
  const ok = kind === 'count' ? /^\d+$/ : kind === 'decimal' ? /^\d+(?:\.\d+)?$/ : /^-?\d+$/;
  return ok.test(s) ? Number(s) : null;
}
