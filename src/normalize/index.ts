// Placeholder normalizers, replaced by the full ones (time limits, citations, channels, responsible units).
import type { Citation, TimeLimit } from '../../schemas/catalog-item.js';

export function parseTimeLimit(text: string): TimeLimit {
  return { text, clauses: text ? [{ kind: 'unknown', text }] : [] };
}
export function parseBasis(text: string): Citation[] {
  return [...text.matchAll(/《([^》]*)》/g)].map((m) => ({ title: m[1]!, articles: [] }));
}
export function parseChannels(text: string): string[] {
  return text.split(/[、,，;；\s]+/).filter(Boolean);
}
export function splitResponsible(text: string): string[] {
  return text.split(/[、,，;；]/).filter(Boolean);
}
