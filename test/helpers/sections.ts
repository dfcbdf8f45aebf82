import type { Section } from '../../schemas/catalog-item.js';

/** Every section, depth first. */
export function flatten(sections: Section[]): Section[] {
  return sections.flatMap((s) => [s, ...flatten(s.children)]);
}

/** Number + heading + text of every section in reading order, whitespace removed: must equal the source text. */
export function sectionCharacters(sections: Section[]): string {
  return flatten(sections)
    .map((s) => (s.number ?? '') + s.heading + s.text)
    .join('')
    .replace(/\s+/g, '');
}

export function articleNumbers(sections: Section[]): string[] {
  return flatten(sections)
    .map((s) => s.number ?? '')
    .filter((n) => /^第.+条$/.test(n));
}
