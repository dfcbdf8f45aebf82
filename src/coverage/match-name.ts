/**
 * Decides whether a local 事项 name stands for a standard one, and says why. Methods are tried from the most to the
 * least certain; the first that holds is the answer.
 */
import { applySynonyms, normalizeName } from './normalize-name.js';

export const MATCH_METHODS = ['exact', 'normalized', 'synonym', 'contains'] as const;
export type MatchMethod = (typeof MATCH_METHODS)[number];

export interface NameMatch {
  method: MatchMethod;
  /** Human-readable reason: `exact`, `normalized: 「1.1 就业政策法规咨询」=「就业政策法规咨询」`, `synonym: 社保卡≈社会保障卡`, `contains: 「A」⊂「B」`. */
  explain: string;
}

export interface PreparedName {
  raw: string;
  normalized: string;
  /** normalized, with synonym variants replaced by canonical phrases. */
  canonical: string;
  synonymsUsed: string[];
}

/** Shorter names are too generic to trust a substring (登记 is inside half the catalogue). */
const MIN_CONTAINS_LENGTH = 4;

export function prepareName(raw: string): PreparedName {
  const normalized = normalizeName(raw);
  const { text, used } = applySynonyms(normalized);
  return { raw: raw.trim(), normalized, canonical: text, synonymsUsed: used };
}

export function matchNames(standard: PreparedName, local: PreparedName): NameMatch | undefined {
  if (!standard.normalized || !local.normalized) return undefined;
  if (standard.raw === local.raw) return { method: 'exact', explain: 'exact' };
  if (standard.normalized === local.normalized) {
    return { method: 'normalized', explain: `normalized: 「${local.raw}」=「${standard.raw}」` };
  }
  if (standard.canonical === local.canonical) {
    const used = [...new Set([...local.synonymsUsed, ...standard.synonymsUsed])];
    return { method: 'synonym', explain: `synonym: ${used.join('; ')}` };
  }
  const [a, b] = [standard.canonical, local.canonical];
  if (Math.min(a.length, b.length) >= MIN_CONTAINS_LENGTH && (a.includes(b) || b.includes(a))) {
    const [inner, outer] = a.length <= b.length ? [standard.raw, local.raw] : [local.raw, standard.raw];
    return { method: 'contains', explain: `contains: 「${inner}」⊂「${outer}」` };
  }
  return undefined;
}
